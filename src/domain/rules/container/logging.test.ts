import { describe, expect, it } from 'vitest';
import { awslogsOptionsRule, fargateLoggingRule } from './logging.ts';
import { at, codes, fargate, fixed, only, task } from './testing.ts';

const awslogs = (options: Record<string, string>) => ({ logDriver: 'awslogs', options });
const full = { 'awslogs-group': '/ecs/app', 'awslogs-region': 'us-east-1', 'awslogs-stream-prefix': 'app' };

describe('Fargate log drivers and the awslogs role (RULES.md 80, 81)', () => {
  it('passes awslogs with an execution role', () => {
    expect(codes(fargateLoggingRule, fargate([{ name: 'a', logConfiguration: awslogs(full) }]))).toEqual([]);
  });

  it('reports awslogs without executionRoleArn with the F21 text', () => {
    const doc = fargate([{ name: 'a', logConfiguration: awslogs(full) }], { executionRoleArn: '' });
    expect(only(fargateLoggingRule, doc, 'fargate-awslogs-execution-role').message).toContain(
      'Fargate requires task definition to have execution role ARN to support log driver awslogs.',
    );
  });

  it('reports a driver Fargate does not offer, but not on EC2', () => {
    const log = { logDriver: 'json-file' };
    expect(codes(fargateLoggingRule, fargate([{ name: 'a', logConfiguration: log }]))).toEqual([
      'fargate-log-driver',
    ]);
    expect(codes(fargateLoggingRule, task([{ name: 'a', logConfiguration: log }]))).toEqual([]);
  });
});

describe('awslogs options (RULES.md 82, 84)', () => {
  it('passes complete options', () => {
    expect(
      codes(
        awslogsOptionsRule,
        fargate([
          {
            name: 'a',
            logConfiguration: awslogs({
              ...full,
              mode: 'non-blocking',
              'awslogs-endpoint': 'https://logs.example',
              tag: '{{.Name}}',
            }),
          },
        ]),
      ),
    ).toEqual([]);
  });

  it('reports a missing group and region (region: a warning on EC2, an error on Fargate)', () => {
    const doc = task([{ name: 'a', logConfiguration: awslogs({}) }]);
    expect(awslogsOptionsRule.check(doc).map((p) => [p.code, p.severity])).toEqual([
      ['awslogs-option-missing', 'error'],
      ['awslogs-region-missing', 'warning'],
    ]);
    const onFargate = fargate([{ name: 'a', logConfiguration: awslogs({ 'awslogs-stream-prefix': 'a' }) }]);
    expect(codes(awslogsOptionsRule, onFargate)).toEqual([
      'awslogs-option-missing',
      'awslogs-option-missing',
    ]);
  });

  it('on Fargate adds the stream prefix from the container name', () => {
    const doc = fargate([
      { name: 'web', logConfiguration: awslogs({ 'awslogs-group': 'g', 'awslogs-region': 'eu-west-1' }) },
    ]);
    const p = only(awslogsOptionsRule, doc, 'awslogs-stream-prefix-missing');
    const out = fixed(p, doc);
    expect(at(out, 'containerDefinitions', 0, 'logConfiguration', 'options', 'awslogs-stream-prefix')).toBe(
      'web',
    );
    expect(codes(awslogsOptionsRule, out)).toEqual([]);
    expect(
      codes(
        awslogsOptionsRule,
        task([{ name: 'web', logConfiguration: awslogs({ 'awslogs-group': 'g', 'awslogs-region': 'r' }) }]),
      ),
    ).toEqual([]);
  });

  it('reports datetime-format with multiline-pattern, unknown keys and a bad mode', () => {
    const doc = task([
      {
        name: 'a',
        logConfiguration: awslogs({
          ...full,
          'awslogs-datetime-format': '%Y',
          'awslogs-multiline-pattern': '^x',
          'awslogs-grup': 'x',
          mode: 'fast',
        }),
      },
    ]);
    expect(awslogsOptionsRule.check(doc).map((p) => [p.code, p.severity])).toEqual([
      ['awslogs-multiline-conflict', 'error'],
      ['awslogs-option-unknown', 'warning'],
      ['awslogs-option-disallowed', 'error'],
    ]);
  });

  it('an option awslogs does not take is the error ECS gives at registration, with a fix', () => {
    const doc = task([{ name: 'a', logConfiguration: awslogs({ ...full, log_key: 'log' }) }]);
    const [p] = awslogsOptionsRule.check(doc);
    expect(p).toMatchObject({
      code: 'awslogs-option-disallowed',
      severity: 'error',
      path: 'containerDefinitions[0].logConfiguration.options.log_key',
      message: expect.stringMatching(/^Log driver awslogs disallows options: log_key\./),
    });
    const fixed = p?.fix?.apply(doc);
    expect(awslogsOptionsRule.check(fixed ?? doc)).toEqual([]);
  });
});
