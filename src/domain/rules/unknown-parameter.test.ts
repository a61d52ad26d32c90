import { describe, expect, it } from 'vitest';
import type { JsonObject } from '../json.ts';
import { suggestKey, unknownParameterRule } from './unknown-parameter.ts';

const check = (doc: JsonObject) => unknownParameterRule.check(doc);
const base = (container: JsonObject, extra: JsonObject = {}): JsonObject => ({
  family: 'web',
  containerDefinitions: [{ name: 'app', image: 'nginx', ...container }],
  ...extra,
});

describe('unknown-parameter', () => {
  it('accepts known keys and free-form maps', () => {
    const doc = base(
      {
        dockerLabels: { 'com.example.anything': 'x' },
        logConfiguration: { logDriver: 'awslogs', options: { 'awslogs-group': 'g', whatever: 'y' } },
        firelensConfiguration: { type: 'fluentbit', options: { 'enable-ecs-log-metadata': 'true' } },
        linuxParameters: { capabilities: { add: ['SYS_PTRACE'] } },
      },
      {
        volumes: [
          { name: 'v', dockerVolumeConfiguration: { driverOpts: { type: 'nfs' }, labels: { a: 'b' } } },
        ],
      },
    );
    expect(check(doc)).toEqual([]);
  });

  it('reports a misspelt key with botocore wording and a suggestion', () => {
    const doc = base({ imagex: 'nginx' });
    const [p] = check(doc);
    expect(p?.path).toBe('containerDefinitions[0].imagex');
    expect(p?.message).toMatch(
      /^Unknown parameter in containerDefinitions\[0\]: "imagex", must be one of: name, image, /,
    );
    expect(p?.message).toContain('Did you mean "image"?');
    // "image" already exists, so renaming would clobber it: no fix.
    expect(p?.fix).toBeUndefined();
  });

  it('renames a wrong-case key in place, keeping key order', () => {
    const doc: JsonObject = {
      family: 'web',
      containerDefinitions: [{ name: 'app', Image: 'nginx', memory: 5 }],
    };
    const [p] = check(doc);
    expect(p?.fix?.title).toBe('Rename "Image" to "image"');
    const fixed = p!.fix!.apply(doc);
    expect(Object.keys((fixed.containerDefinitions as JsonObject[])[0]!)).toEqual([
      'name',
      'image',
      'memory',
    ]);
    expect(check(fixed)).toEqual([]);
  });

  it('walks nested structures and reports at the root as "input"', () => {
    const doc = base({ portMappings: [{ containerPort: 80, protcol: 'tcp' }] }, { familyName: 'x' });
    const paths = check(doc).map((p) => p.path);
    expect(paths).toEqual(['familyName', 'containerDefinitions[0].portMappings[0].protcol']);
    expect(check(doc)[0]?.message).toContain('Unknown parameter in input: "familyName"');
  });

  it('leaves read-only describe fields to their own rule, and unwraps a describe wrapper', () => {
    expect(check(base({}, { revision: 3, status: 'ACTIVE' }))).toEqual([]);
    const inner = base({});
    const wrapped: JsonObject = { taskDefinition: { ...inner, revision: 4 } };
    const [p] = check(wrapped);
    expect(p?.fix?.apply(wrapped)).toEqual(inner);
  });

  it("keeps the response's tags when it unwraps describe output (inner tags win)", () => {
    const inner = base({});
    const tags = [{ key: 'team', value: 'orders' }];
    const wrapped: JsonObject = { taskDefinition: { ...inner, status: 'ACTIVE' }, tags };
    const p = check(wrapped).find((x) => x.path === 'taskDefinition');
    expect(p?.fix?.apply(wrapped)).toEqual({ ...inner, tags });
    const own = [{ key: 'inner', value: 'x' }];
    const both: JsonObject = { taskDefinition: { ...inner, tags: own }, tags };
    expect(
      check(both)
        .find((x) => x.path === 'taskDefinition')
        ?.fix?.apply(both),
    ).toEqual({ ...inner, tags: own });
    const empty: JsonObject = { taskDefinition: inner, tags: [] };
    expect(
      check(empty)
        .find((x) => x.path === 'taskDefinition')
        ?.fix?.apply(empty),
    ).toEqual(inner);
  });

  it('unwraps a recorded describe response in its {"status_code", "data"} envelope (SDK recordings)', () => {
    const inner = base({});
    const tags = [{ key: 'team', value: 'orders' }];
    const recorded: JsonObject = {
      status_code: 200,
      data: { taskDefinition: { ...inner, revision: 2 }, tags, ResponseMetadata: { HTTPStatusCode: 200 } },
    };
    const p = check(recorded).find((x) => x.path === 'data');
    expect(p?.message).toContain('recorded describe-task-definition response');
    expect(p?.fix?.apply(recorded)).toEqual({ ...inner, tags });
    // Any other "data" stays a plain unknown parameter.
    const other = check(base({}, { data: { x: 1 } })).find((x) => x.path === 'data');
    expect(other?.fix).toBeUndefined();
  });

  it('recognises a pasted CloudFormation template or resource and converts it as Import does', () => {
    const properties = {
      Family: 'web',
      ContainerDefinitions: [{ Name: 'web', Image: { Ref: 'ImageUrl' }, Memory: 256 }],
    };
    const template: JsonObject = {
      AWSTemplateFormatVersion: '2010-09-09',
      Resources: { Task: { Type: 'AWS::ECS::TaskDefinition', Properties: properties } },
    };
    const p = check(template).find((x) => x.path === 'Resources');
    expect(p?.message).toContain('This is a CloudFormation template');
    const converted = {
      family: 'web',
      containerDefinitions: [{ name: 'web', image: '{{Ref ImageUrl}}', memory: 256 }],
    };
    expect(p?.fix?.apply(template)).toEqual(converted);
    const resource: JsonObject = { Type: 'AWS::ECS::TaskDefinition', Properties: properties };
    expect(
      check(resource)
        .find((x) => x.path === 'Properties')
        ?.fix?.apply(resource),
    ).toEqual(converted);
    // Resources without a task definition stay a plain unknown parameter.
    const other = check(base({}, { Resources: { B: { Type: 'AWS::S3::Bucket' } } }));
    expect(other.find((x) => x.path === 'Resources')?.fix).toBeUndefined();
  });

  it('recognises one pasted container definition and wraps it in a task as Import does', () => {
    const container: JsonObject = {
      name: 'web',
      image: 'nginx',
      memory: 512,
      portMappings: [{ containerPort: 80 }],
    };
    const p = check(container).find((x) => x.path === 'image');
    expect(p?.message).toContain('This is a container definition, not a task definition');
    expect(p?.fix?.apply(container)).toEqual({ family: 'web', containerDefinitions: [container] });
    // The other container keys are plain unknown parameters, without the wrap fix.
    expect(
      check(container).filter((x) => x.fix?.title === 'Wrap the container in a task definition'),
    ).toHaveLength(1);
    // An "image" next to containerDefinitions is a stray key, not a container.
    const stray = check(base({}, { image: 'nginx' })).find((x) => x.path === 'image');
    expect(stray?.message).not.toContain('container definition');
  });

  it('suggests only confident matches', () => {
    const names = ['containerPort', 'hostPort', 'protocol', 'name'];
    expect(suggestKey('container_port', names)).toBe('containerPort');
    expect(suggestKey('protcol', names)).toBe('protocol');
    expect(suggestKey('banana', names)).toBeUndefined();
  });
});
