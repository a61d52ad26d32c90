// Reading text: JSON (strict, tolerant, templated), YAML, and the errors with their 1-based position.
import { describe, expect, it } from 'vitest';
import { importText } from './import-text.ts';

function error(text: string) {
  const r = importText(text);
  if (r.ok) throw new Error('expected a ReadError');
  return r.error;
}

function ok(text: string) {
  const r = importText(text);
  if (!r.ok) throw new Error(`expected ok, got ${JSON.stringify(r.error)}`);
  return r;
}

describe('unreadable JSON: message, line and column', () => {
  it('points at the token after a missing comma', () => {
    const e = error('{\n  "family": "web"\n  "containerDefinitions": []\n}');
    expect(e).toMatchObject({ line: 3, column: 3 });
    expect(e.message).toMatch(/Expected ','/);
  });

  it('points at an unterminated string', () => {
    const e = error('{\n  "family": "abc\n}');
    expect(e).toMatchObject({ line: 2, column: 13 });
    expect(e.message).toMatch(/Unterminated string/);
  });

  it('reports a missing closing brace at the end of the text', () => {
    const e = error('{"family": "x", "containerDefinitions": [');
    expect(e.message).toMatch(/Expected a value|Expected '\]'/);
    expect(e.line).toBe(1);
  });

  it('counts CRLF line ends once', () => {
    expect(error('{\r\n"a": 1\r\n"b": 2}')).toMatchObject({ line: 3, column: 1 });
  });

  it('rejects a key placeholder that injects a whole member (corpus: container-health-windows)', () => {
    const e = error('{\n  "retries": 3,\n  $$$$START_PERIOD$$$$\n}');
    expect(e).toMatchObject({ line: 3, column: 3 });
  });
});

describe('tolerated JSON', () => {
  it('accepts comments and trailing commas and reports each', () => {
    const r = ok(
      '{\n  // the family\n  "family": "f", /* x */\n  "containerDefinitions": [{"name": "a",},],\n}',
    );
    expect(r.document).toEqual({ family: 'f', containerDefinitions: [{ name: 'a' }] });
    expect(r.fixes.map((f) => f.code)).toEqual([
      'json-comments-removed',
      'json-trailing-comma-removed',
      'json-trailing-comma-removed',
      'json-trailing-comma-removed',
    ]);
    expect(r.fixes[0]?.message).toMatch(/2 comments/);
    expect(r.fixes[1]?.path).toBe('containerDefinitions[0]');
  });
});

describe('template placeholders', () => {
  it('quotes bare placeholders in value position and reports each with its path', () => {
    const r = ok(
      '{"family": "{{ .Values.family }}", "cpu": ${CPU}, "memory": {{MEM}}, "containerDefinitions": [' +
        '{"name": "app", "image": <IMAGE>, "memory": %%MEM%%, "cpu": #{cpu}, "portMappings": [{"containerPort": $$$PORT$$$}]}]}',
    );
    const quoted = r.fixes.filter((f) => f.code === 'placeholder-quoted').map((f) => f.path);
    expect(quoted).toEqual([
      'cpu',
      'memory',
      'containerDefinitions[0].image',
      'containerDefinitions[0].memory',
      'containerDefinitions[0].cpu',
      'containerDefinitions[0].portMappings[0].containerPort',
    ]);
    expect(r.document.cpu).toBe('${CPU}');
    expect(r.document.memory).toBe('{{MEM}}');
    expect(r.notes.join(' ')).toMatch(/\{\{ \.Values\.family \}\}/);
  });

  it('points at the real mistake when the text is broken beyond its placeholders', () => {
    const e = error('{\n  "cpu": ${CPU},\n  "memory": {{ .Values.memory }},\n  "a": 1\n  "b": 2\n}');
    expect(e).toMatchObject({ line: 5, column: 3 });
    expect(e.message).toMatch(/Expected ','/);
  });

  it('quotes a bare placeholder inside an array and a shell-style $VAR', () => {
    const r = ok('{"family": $NAME, "containerDefinitions": [], "requiresCompatibilities": [${LAUNCH}]}');
    expect(r.document.family).toBe('$NAME');
    expect(r.document.requiresCompatibilities).toEqual(['${LAUNCH}']);
  });

  it('keeps placeholders inside strings and lists them in a note', () => {
    const r = ok(
      JSON.stringify({
        family: 'f',
        executionRoleArn: 'arn:aws:iam::<AWS_ACCOUNT_ID>:role/x',
        containerDefinitions: [{ name: 'a', image: '${REPO}:${TAG}', command: ['<html> <body>'] }],
      }),
    );
    expect(r.fixes).toEqual([]);
    expect(r.document.executionRoleArn).toBe('arn:aws:iam::<AWS_ACCOUNT_ID>:role/x');
    expect(r.notes).toHaveLength(1);
    expect(r.notes[0]).toMatch(/2 values\): <AWS_ACCOUNT_ID>, \$\{REPO\}, \$\{TAG\}\./);
    expect(r.notes[0]).not.toMatch(/html/);
  });
});

describe('YAML', () => {
  it('reads a YAML task definition', () => {
    const r = ok('family: web\ncontainerDefinitions:\n  - name: app\n    image: nginx\n    memory: 512\n');
    expect(r.format).toBe('yaml');
    expect(r.document).toEqual({
      family: 'web',
      containerDefinitions: [{ name: 'app', image: 'nginx', memory: 512 }],
    });
  });

  it('resolves anchors and aliases', () => {
    const r = ok(
      'family: web\nx-env: &env\n  - name: A\n    value: "1"\ncontainerDefinitions:\n  - name: a\n    environment: *env\n  - name: b\n    environment: *env\n',
    );
    const containers = r.document.containerDefinitions as { environment: unknown }[];
    expect(containers[1]?.environment).toEqual([{ name: 'A', value: '1' }]);
  });

  it('reports tab indentation with its position', () => {
    expect(error('family: web\ncontainerDefinitions:\n\t- name: a\n')).toMatchObject({ line: 3, column: 1 });
  });

  it('reports bad syntax with its position', () => {
    const e = error('family: web\ncontainerDefinitions: [\n  {name: a\n');
    expect(e.line).toBeGreaterThan(1);
    expect(e.message.length).toBeGreaterThan(5);
  });

  it('lets the last of two duplicate keys win, with a note', () => {
    const r = ok('family: a\nfamily: b\ncontainerDefinitions: []\n');
    expect(r.document.family).toBe('b');
    expect(r.notes[0]).toMatch(/Duplicate key at line 2/);
  });

  it('refuses several YAML documents with a clear message', () => {
    const e = error('family: a\ncontainerDefinitions: []\n---\nfamily: b\n');
    expect(e.message).toMatch(/several documents/);
    expect(e.line).toBe(3);
  });

  it('keeps the exact digits of a big YAML integer where a string is expected', () => {
    const r = ok(
      'family: f\ncontainerDefinitions:\n  - name: a\n    environment:\n      - {name: ID, value: 12345678901234567890}\n',
    );
    expect(r.document.containerDefinitions).toEqual([
      { name: 'a', environment: [{ name: 'ID', value: '12345678901234567890' }] },
    ]);
    expect(r.notes.join(' ')).toMatch(/beyond 2\^53/);
  });
});

describe('paths of read-time fixes point into the imported document', () => {
  it('strips the describe wrapper from the path', () => {
    const r = ok(
      '{"taskDefinition": {"family": "f", "containerDefinitions": [{"name": "a", "memory": ${MEM}}]}}',
    );
    expect(r.fixes[0]).toMatchObject({ code: 'placeholder-quoted', path: 'containerDefinitions[0].memory' });
  });

  it('maps a CloudFormation path to the API names', () => {
    const r = ok(
      '{"Resources": {"TD": {"Type": "AWS::ECS::TaskDefinition", "Properties": {"Family": "f",' +
        ' "ContainerDefinitions": [{"Name": "a", "PortMappings": [{"ContainerPort": <PORT>}]}]}}}}',
    );
    expect(r.fixes[0]).toMatchObject({
      code: 'placeholder-quoted',
      path: 'containerDefinitions[0].portMappings[0].containerPort',
    });
  });

  it('reports a placeholder outside the imported part on the document, naming its place', () => {
    const r = ok(
      '{"Parameters": {"X": {"Default": ${X}}}, "Resources": {"TD": {"Type": "AWS::ECS::TaskDefinition", "Properties": {"Family": "f", "ContainerDefinitions": []}}}}',
    );
    expect(r.fixes[0]).toMatchObject({
      code: 'placeholder-quoted',
      path: '',
      message: expect.stringMatching(/^At Parameters\.X\.Default: /),
    });
  });
});

describe('pasted from a chat or a README', () => {
  it('reads JSON inside a Markdown code fence and keeps line numbers for errors', () => {
    const r = ok('```json\n{"family": "f", "containerDefinitions": []}\n```\n');
    expect(r.document).toEqual({ family: 'f', containerDefinitions: [] });
    expect(r.fixes.map((f) => f.code)).toEqual(['code-fence-removed']);
    expect(error('```json\n{\n  "family": "f"\n  "x": 1\n}\n```')).toMatchObject({ line: 4, column: 3 });
  });

  it('reads YAML inside a fence', () => {
    expect(ok('```yaml\nfamily: f\ncontainerDefinitions: []\n```').format).toBe('yaml');
  });

  it('reads JSON that starts with a comment as JSON', () => {
    const r = ok('// exported from the console\n{"family": "f", "containerDefinitions": []}');
    expect(r.format).toBe('json');
    expect(r.fixes.map((f) => f.code)).toEqual(['json-comments-removed']);
  });
});
