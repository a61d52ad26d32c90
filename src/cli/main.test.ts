import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main, processIo } from './main.ts';
import { captureIo } from './test-io.ts';

const valid = JSON.stringify({
  family: 'web',
  networkMode: 'awsvpc',
  requiresCompatibilities: ['FARGATE'],
  cpu: '256',
  memory: '512',
  containerDefinitions: [
    { name: 'web', image: 'nginx:1.27', essential: true, portMappings: [{ containerPort: 80 }] },
  ],
});

const awsvpcMismatch = JSON.stringify({
  family: 'web',
  networkMode: 'awsvpc',
  containerDefinitions: [
    { name: 'web', image: 'nginx', memory: 512, portMappings: [{ containerPort: 80, hostPort: 8080 }] },
  ],
});

describe('taskdef check', () => {
  it('exits 0 on a clean file and says so', async () => {
    const io = captureIo('', { 'ok.json': valid });
    expect(await main(['check', 'ok.json'], io)).toBe(0);
    expect(io.out).toContain('ok.json: no problems');
  });

  it('prints one JSON line per file with AWS CLI paths, and exits 1 on an error', async () => {
    const io = captureIo('', { 'a.json': awsvpcMismatch, 'b.json': valid });
    expect(await main(['check', '--format', 'json', 'a.json', 'b.json'], io)).toBe(1);
    const lines = io.out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => l.file)).toEqual(['a.json', 'b.json']);
    const problem = lines[0].problems.find((p: { code: string }) => p.code === 'awsvpc-host-port');
    expect(problem).toMatchObject({
      path: 'containerDefinitions[0].portMappings[0].hostPort',
      severity: 'error',
    });
    expect(problem.message).toContain('When networkMode=awsvpc, the host ports and container ports');
  });

  it('prints GitHub Actions annotations on the line and column of each problem', async () => {
    const text = JSON.stringify(JSON.parse(awsvpcMismatch), null, 2);
    const io = captureIo('', { 'web,1.json': text });
    expect(await main(['check', '--format', 'github', 'web,1.json'], io)).toBe(1);
    const lines = io.out.trim().split('\n');
    const host = lines.find((l) => l.includes('awsvpc-host-port'));
    const line = text.split('\n').findIndex((l) => l.includes('"hostPort"')) + 1;
    const col = (text.split('\n')[line - 1] ?? '').indexOf('8080') + 1;
    expect(host).toBe(
      `::error file=web%2C1.json,line=${line},col=${col},title=taskdef awsvpc-host-port::containerDefinitions[0].portMappings[0].hostPort: ` +
        'When networkMode=awsvpc, the host ports and container ports in port mappings must match. Set hostPort to 80 or remove it.',
    );
    // Warnings and notes keep their level; every line is one workflow command.
    expect(lines.every((l) => /^::(error|warning|notice) file=/.test(l))).toBe(true);
  });

  it('annotates an unknown key on the key, and a YAML file without a line', async () => {
    const io = captureIo('', {
      'typo.json':
        '{\n  "family": "web",\n  "containerDefinitions": [{"name": "a", "image": "b", "memory": 128}],\n  "famliy": "x"\n}',
      'web.yaml':
        'family: web\ncontainerDefinitions:\n  - name: a\n    image: b\n    memory: 128\n    essential: maybe\n',
    });
    await main(['check', '--format', 'github', 'typo.json', 'web.yaml'], io);
    expect(io.out).toMatch(
      /^::error file=typo\.json,line=4,col=3,title=taskdef unknown-parameter::famliy: /m,
    );
    expect(io.out).toMatch(/^::\w+ file=web\.yaml,title=taskdef [\w-]+::/m);
  });

  it('refuses a format it does not know, and github for fix', async () => {
    const io = captureIo('', { 'ok.json': valid });
    expect(await main(['check', '--format', 'xml', 'ok.json'], io)).toBe(2);
    expect(io.err).toContain('--format takes json or github, not xml');
    expect(await main(['fix', '--format', 'github', 'ok.json'], io)).toBe(2);
    expect(io.out).toBe('');
  });

  it('checks describe output as written, as the editor and register-task-definition see it', async () => {
    const described = JSON.stringify({
      family: 'web',
      taskDefinitionArn: 'arn:aws:ecs:us-east-1:123456789012:task-definition/web:3',
      revision: 3,
      status: 'ACTIVE',
      containerDefinitions: [{ name: 'web', image: 'nginx', memory: 512 }],
    });
    const io = captureIo('', { 'described.json': described });
    expect(await main(['check', '--format', 'json', 'described.json'], io)).toBe(1);
    const report = JSON.parse(io.out);
    expect(report.problems.map((p: { path: string }) => p.path).sort()).toEqual([
      'revision',
      'status',
      'taskDefinitionArn',
    ]);
    expect(report.fixes).toEqual([]);
    const fixed = captureIo('', { 'described.json': described });
    expect(await main(['fix', 'described.json'], fixed)).toBe(0);
  });

  it('reads standard input as -', async () => {
    const io = captureIo(awsvpcMismatch);
    expect(await main(['check', '-'], io)).toBe(1);
    expect(io.out).toMatch(/^-:containerDefinitions\[0]\.portMappings\[0]\.hostPort: error: /m);
  });

  it('exits 2 with line and column when a file cannot be read', async () => {
    const io = captureIo('', { 'bad.json': '{\n  "family": "x",\n  oops\n}' });
    expect(await main(['check', 'bad.json', '/no/such/file.json'], io)).toBe(2);
    expect(io.out).toMatch(/bad\.json:\(document\): error: line 3, column \d+/);
    expect(io.out).toContain('/no/such/file.json');
  });
});

describe("the import's notes", () => {
  const twoTasks = [
    'Resources:',
    '  First:',
    '    Type: AWS::ECS::TaskDefinition',
    '    Properties:',
    '      Family: first',
    '      ContainerDefinitions: [{ Name: web, Image: nginx, Memory: 256 }]',
    '  Second:',
    '    Type: AWS::ECS::TaskDefinition',
    '    Properties:',
    '      Family: second',
    '      ContainerDefinitions: [{ Name: api, Image: httpd }]',
    '',
  ].join('\n');

  it('check and fix say that only the first of several task definitions was read', async () => {
    const json = captureIo('', { 'two.yaml': twoTasks });
    expect(await main(['check', '--format', 'json', 'two.yaml'], json)).toBe(0);
    expect(JSON.parse(json.out).notes).toEqual([
      'The template defines 2 task definitions (First, Second); imported the first, First.',
    ]);
    const plain = captureIo('', { 'two.yaml': twoTasks });
    await main(['check', 'two.yaml'], plain);
    expect(plain.out).toBe('two.yaml: no problems\n');
    expect(plain.err).toContain('two.yaml: note: The template defines 2 task definitions (First, Second)');
    const fixed = captureIo('', { 'two.yaml': twoTasks });
    await main(['fix', 'two.yaml'], fixed);
    expect(fixed.err).toContain('two.yaml: note: The template defines 2 task definitions');
    const fixedJson = captureIo('', { 'two.yaml': twoTasks });
    await main(['fix', '--format', 'json', 'two.yaml'], fixedJson);
    expect(JSON.parse(fixedJson.out).notes).toHaveLength(1);
  });

  it('a file without notes has no notes member', async () => {
    const io = captureIo('', { 'ok.json': valid });
    await main(['check', '--format', 'json', 'ok.json'], io);
    expect(JSON.parse(io.out)).not.toHaveProperty('notes');
  });
});

describe('taskdef fix', () => {
  it('prints the register-ready document and the fixes applied', async () => {
    const describeOutput = JSON.stringify({
      taskDefinition: {
        ...JSON.parse(awsvpcMismatch),
        revision: 4,
        status: 'ACTIVE',
        taskDefinitionArn: 'arn:x',
      },
      tags: [{ key: 'team', value: 'a' }],
    });
    const io = captureIo(describeOutput);
    expect(await main(['fix', '--format', 'json', '-'], io)).toBe(0);
    const report = JSON.parse(io.out);
    expect(report.document).toMatchObject({ family: 'web', tags: [{ key: 'team', value: 'a' }] });
    expect(report.document.revision).toBeUndefined();
    expect(report.document.containerDefinitions[0].portMappings[0]).toEqual({
      containerPort: 80,
      hostPort: 80,
    });
    expect(report.fixes.length).toBeGreaterThanOrEqual(3);
    expect(report.problems.filter((p: { severity: string }) => p.severity === 'error')).toEqual([]);
  });

  it('emits the JSON Schema', async () => {
    const io = captureIo();
    expect(await main(['schema'], io)).toBe(0);
    const schema = JSON.parse(io.out);
    expect(schema.properties.containerDefinitions.type).toBe('array');
  });

  it('routes sidecar add to the sidecar command', async () => {
    const io = captureIo(valid);
    expect(await main(['sidecar', 'add', 'xray', '-'], io)).toBe(0);
    const doc = JSON.parse(io.out);
    expect(doc.containerDefinitions.map((c: { name: string }) => c.name)).toContain('xray-daemon');
  });

  it('refuses unknown commands with usage and exit 2', async () => {
    const io = captureIo();
    expect(await main(['frobnicate'], io)).toBe(2);
    expect(io.err).toContain('usage: taskdef');
  });
});

describe('files named on the command line', () => {
  it('are read from the directory npm was run in (INIT_CWD), not the package root', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'taskdef-cwd-'));
    writeFileSync(join(dir, 'web.json'), valid);
    const before = process.env.INIT_CWD;
    process.env.INIT_CWD = dir;
    try {
      expect(JSON.parse(await processIo.readFile('web.json'))).toEqual(JSON.parse(valid));
      expect(JSON.parse(await processIo.readFile(join(dir, 'web.json')))).toEqual(JSON.parse(valid));
    } finally {
      if (before === undefined) delete process.env.INIT_CWD;
      else process.env.INIT_CWD = before;
    }
  });
});
