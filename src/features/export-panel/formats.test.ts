import { describe, expect, it } from 'vitest';
import { check, importText, type JsonObject } from '../../domain/index.ts';
import { commandFor, EXPORT_FORMATS, fileNameFor, generate } from './formats.ts';

const web = (): JsonObject => ({
  family: 'web-api',
  executionRoleArn: 'arn:aws:iam::123456789012:role/exec',
  networkMode: 'awsvpc',
  requiresCompatibilities: ['FARGATE'],
  cpu: '256',
  memory: '512',
  containerDefinitions: [
    {
      name: 'app',
      image: '123456789012.dkr.ecr.eu-west-1.amazonaws.com/app:1',
      essential: true,
      portMappings: [{ containerPort: 80 }],
      logConfiguration: {
        logDriver: 'awslogs',
        options: {
          'awslogs-group': '/ecs/web',
          'awslogs-region': 'eu-west-1',
          'awslogs-stream-prefix': 'app',
        },
      },
    },
  ],
});

describe('export formats', () => {
  it('name each file after the family, as the register command does', () => {
    const names = EXPORT_FORMATS.map((f) => fileNameFor(f.id, web()));
    expect(names).toEqual([
      'web-api.json',
      'web-api.cfn.yaml',
      'web-api.cfn.json',
      'web-api.tf',
      'web-api-stack.ts',
      'web-api-execution-role-policy.json',
      'web-api-task-role-policy.json',
    ]);
    expect(commandFor(web())).toBe('aws ecs register-task-definition --cli-input-json file://web-api.json');
  });

  it('fall back to a neutral name without a usable family', () => {
    expect(fileNameFor('terraform', {})).toBe('task-definition.tf');
    expect(fileNameFor('cfn-yaml', { family: '<b>/..' })).toBe('b.cfn.yaml');
    expect(commandFor({ family: 7 })).toBe(
      'aws ecs register-task-definition --cli-input-json file://task-definition.json',
    );
  });

  it('generate the register JSON that passes check, and CloudFormation that imports back', () => {
    const json = generate('register-json', web());
    expect(json.kind).toBe('text');
    if (json.kind !== 'text') return;
    expect(check(JSON.parse(json.text)).filter((p) => p.severity === 'error')).toEqual([]);
    const yaml = generate('cfn-yaml', web());
    if (yaml.kind !== 'text') throw new Error('no yaml');
    const back = importText(yaml.text);
    expect(back.ok && back.document).toEqual(JSON.parse(json.text));
  });

  it('give each policy statement its reason, and say when no policy is needed', () => {
    const exec = generate('execution-role-policy', web());
    if (exec.kind !== 'text') throw new Error('expected a policy');
    const statements = (JSON.parse(exec.text) as { Statement: { Sid: string }[] }).Statement;
    expect(exec.reasons?.map((r) => r.sid)).toEqual(statements.map((s) => s.Sid));
    expect(exec.reasons?.every((r) => r.reason.length > 10)).toBe(true);
    const task = generate('task-role-policy', web());
    expect(task.kind).toBe('none');
    if (task.kind === 'none') expect(task.message).toMatch(/^No policy needed/);
  });

  it('never throw, whatever the document holds', () => {
    const odd = JSON.parse(
      '{"__proto__": 1, "family": "<script>", "containerDefinitions": [null, 3, {"name": {}}], "volumes": "x", "tags": 5}',
    ) as JsonObject;
    for (const f of EXPORT_FORMATS) expect(['text', 'none', 'failed']).toContain(generate(f.id, odd).kind);
  });
});
