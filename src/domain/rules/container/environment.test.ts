import { describe, expect, it } from 'vitest';
import {
  environmentDuplicatesRule,
  environmentFilesRule,
  secretValueFromRule,
  secretsExecutionRoleRule,
} from './environment.ts';
import { EXEC_ROLE, codes, only, task } from './testing.ts';

const envFile = (value: string) => ({ type: 's3', value });

describe('environmentFiles (RULES.md 73)', () => {
  it('passes S3 ARNs of .env objects', () => {
    const doc = task([{ name: 'a', environmentFiles: [envFile('arn:aws:s3:::bucket/app/prod.env')] }]);
    expect(codes(environmentFilesRule, doc)).toEqual([]);
  });

  it('reports a non-S3 or non-.env value', () => {
    const doc = task([
      {
        name: 'a',
        environmentFiles: [envFile('s3://bucket/app.env'), envFile('arn:aws:s3:::bucket/app.txt')],
      },
    ]);
    expect(codes(environmentFilesRule, doc)).toEqual(['environment-file-arn', 'environment-file-arn']);
  });

  it('reports more than 10 files in a container', () => {
    const files = Array.from({ length: 11 }, (_, i) => envFile(`arn:aws:s3:::b/${i}.env`));
    expect(codes(environmentFilesRule, task([{ name: 'a', environmentFiles: files }]))).toEqual([
      'environment-files-too-many',
    ]);
  });
});

describe('duplicate environment variables (RULES.md 72)', () => {
  it('passes distinct names', () => {
    const doc = task([
      {
        name: 'a',
        environment: [
          { name: 'A', value: '1' },
          { name: 'B', value: '2' },
        ],
      },
    ]);
    expect(codes(environmentDuplicatesRule, doc)).toEqual([]);
  });

  it('warns on the second occurrence', () => {
    const doc = task([
      {
        name: 'a',
        environment: [
          { name: 'A', value: '1' },
          { name: 'A', value: '2' },
        ],
      },
    ]);
    const p = only(environmentDuplicatesRule, doc, 'environment-duplicate');
    expect([p.severity, p.path]).toEqual(['warning', 'containerDefinitions[0].environment[1].name']);
  });
});

describe('secrets need an execution role (RULES.md 75, F23)', () => {
  const secret = { name: 'DB_PASSWORD', valueFrom: 'arn:aws:ssm:us-east-1:123456789012:parameter/db' };

  it('passes with executionRoleArn', () => {
    expect(
      codes(
        secretsExecutionRoleRule,
        task([{ name: 'a', secrets: [secret] }], { executionRoleArn: EXEC_ROLE }),
      ),
    ).toEqual([]);
  });

  it('reports secrets without executionRoleArn with the ECS text', () => {
    const p = only(
      secretsExecutionRoleRule,
      task([{ name: 'a', secrets: [secret] }]),
      'secrets-execution-role',
    );
    expect(p.severity).toBe('error');
    expect(p.message).toContain(
      "When you are specifying container secrets, you must also specify a value for 'executionRoleArn'.",
    );
  });

  it('warns for log secretOptions and repositoryCredentials without a role', () => {
    const doc = task([
      {
        name: 'a',
        logConfiguration: { logDriver: 'splunk', secretOptions: [{ name: 'splunk-token', valueFrom: 'x' }] },
        repositoryCredentials: {
          credentialsParameter: 'arn:aws:secretsmanager:us-east-1:123456789012:secret:r',
        },
      },
    ]);
    expect(secretsExecutionRoleRule.check(doc).map((p) => [p.code, p.severity])).toEqual([
      ['log-secrets-execution-role', 'warning'],
      ['repository-credentials-execution-role', 'warning'],
    ]);
  });
});

describe('secret valueFrom (RULES.md 76)', () => {
  const secrets = (...valueFrom: string[]) => valueFrom.map((v, i) => ({ name: `S${i}`, valueFrom: v }));

  it('passes Secrets Manager ARNs (with JSON key), SSM ARNs and bare parameter names', () => {
    const doc = task([
      {
        name: 'a',
        secrets: secrets(
          'arn:aws:secretsmanager:us-east-1:123456789012:secret:db-AbCdEf:password::',
          'arn:aws:ssm:us-east-1:123456789012:parameter/app/db',
          'db-password',
        ),
      },
    ]);
    expect(codes(secretValueFromRule, doc)).toEqual([]);
  });

  it('warns about an ARN of another service, in secrets and in log secretOptions', () => {
    const doc = task([
      {
        name: 'a',
        secrets: secrets('arn:aws:s3:::bucket/secret'),
        logConfiguration: {
          logDriver: 'splunk',
          secretOptions: secrets('arn:aws:kms:us-east-1:123456789012:key/x'),
        },
      },
    ]);
    expect(secretValueFromRule.check(doc).map((p) => p.path)).toEqual([
      'containerDefinitions[0].secrets[0].valueFrom',
      'containerDefinitions[0].logConfiguration.secretOptions[0].valueFrom',
    ]);
  });
});
