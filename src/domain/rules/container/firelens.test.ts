import { describe, expect, it } from 'vitest';
import { firelensOrderRule, firelensRule } from './firelens.ts';
import { WINDOWS, codes, fargate, task } from './testing.ts';

const router = (options: Record<string, string> = {}) => ({
  name: 'log_router',
  image: 'public.ecr.aws/aws-observability/aws-for-fluent-bit:stable',
  firelensConfiguration: { type: 'fluentbit', options },
});
const app = { name: 'app', logConfiguration: { logDriver: 'awsfirelens', options: { Name: 'cloudwatch' } } };

describe('FireLens (RULES.md 86)', () => {
  it('passes a router with a file config on Fargate', () => {
    const doc = fargate([router({ 'config-file-type': 'file', 'config-file-value': '/extra.conf' }), app]);
    expect(codes(firelensRule, doc)).toEqual([]);
  });

  it('reports an S3 config file on Fargate with the F31 text, not on EC2', () => {
    const r = router({ 'config-file-type': 's3', 'config-file-value': 'arn:aws:s3:::b/extra.conf' });
    const problems = firelensRule.check(fargate([r, app]));
    expect(problems.map((p) => p.code)).toEqual(['firelens-fargate-s3-config']);
    expect(problems[0]!.message).toContain('Invalid arn syntax.');
    expect(codes(firelensRule, task([r, app]))).toEqual([]);
  });

  it('reports a config-file-type other than s3 or file', () => {
    const r = router({ 'config-file-type': 'http', 'config-file-value': 'https://example.com/extra.conf' });
    const problems = firelensRule.check(task([r, app]));
    expect(problems.map((p) => [p.code, p.path])).toEqual([
      ['firelens-config-file-type', 'containerDefinitions[0].firelensConfiguration.options.config-file-type'],
    ]);
    expect(codes(firelensRule, task([router({ 'config-file-type': 's3' }), app]))).toEqual([]);
  });

  it('reports FireLens on Windows Fargate', () => {
    expect(codes(firelensRule, fargate([router(), app], WINDOWS))).toEqual(['firelens-windows-fargate']);
  });

  it('reports log-driver-buffer-limit outside awsfirelens', () => {
    const doc = task([
      {
        name: 'a',
        logConfiguration: { logDriver: 'awslogs', options: { 'log-driver-buffer-limit': '2097152' } },
      },
    ]);
    expect(codes(firelensRule, doc)).toEqual(['firelens-buffer-limit-driver']);
  });

  it('warns when awsfirelens has no router in the task', () => {
    expect(codes(firelensRule, task([app]))).toEqual(['firelens-router-missing']);
  });
});

describe('dependencies on the FireLens container (RULES.md 66)', () => {
  it('passes START and HEALTHY', () => {
    const doc = task([
      router(),
      { ...app, dependsOn: [{ containerName: 'log_router', condition: 'START' }] },
    ]);
    expect(codes(firelensOrderRule, doc)).toEqual([]);
  });

  it('warns on COMPLETE', () => {
    const doc = task([
      router(),
      { ...app, dependsOn: [{ containerName: 'log_router', condition: 'COMPLETE' }] },
    ]);
    expect(codes(firelensOrderRule, doc)).toEqual(['firelens-dependency-condition']);
  });
});
