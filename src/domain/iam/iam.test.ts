import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isJsonObject, type JsonObject, type JsonValue } from '../json.ts';
import { executionRolePolicy, taskRolePolicy, type IamPolicy } from './index.ts';

const ACCOUNT = '123456789012';

function statements(policy: IamPolicy | undefined): JsonObject[] {
  const list = policy?.document.Statement;
  return Array.isArray(list) ? list.filter(isJsonObject) : [];
}
const bySid = (policy: IamPolicy | undefined, sid: string): JsonObject | undefined =>
  statements(policy).find((s) => s.Sid === sid);

/** The structure IAM accepts for an identity policy. */
function expectValidPolicy(policy: IamPolicy): void {
  expect(policy.document.Version).toBe('2012-10-17');
  const list = statements(policy);
  expect(list.length).toBeGreaterThan(0);
  expect(policy.reasons).toHaveLength(list.length);
  expect(new Set(list.map((s) => s.Sid)).size).toBe(list.length);
  for (const s of list) {
    expect(s.Sid).toMatch(/^[A-Za-z0-9]+$/);
    expect(s.Effect).toBe('Allow');
    expect(
      Array.isArray(s.Action) &&
        s.Action.every((a) => typeof a === 'string' && /^[a-z0-9-]+:[A-Za-z]+$/.test(a)),
    ).toBe(true);
    const resources: JsonValue[] = Array.isArray(s.Resource) ? s.Resource : [s.Resource ?? null];
    expect(resources.every((r) => typeof r === 'string' && (r === '*' || r.startsWith('arn:')))).toBe(true);
  }
}

const FARGATE: JsonObject = {
  family: 'api',
  executionRoleArn: `arn:aws:iam::${ACCOUNT}:role/exec`,
  networkMode: 'awsvpc',
  requiresCompatibilities: ['FARGATE'],
  cpu: '256',
  memory: '512',
  containerDefinitions: [
    {
      name: 'app',
      image: `${ACCOUNT}.dkr.ecr.eu-west-1.amazonaws.com/team/app:1.0`,
      logConfiguration: {
        logDriver: 'awslogs',
        options: {
          'awslogs-group': '/ecs/api',
          'awslogs-region': 'eu-west-1',
          'awslogs-create-group': 'true',
        },
        secretOptions: [{ name: 'TOKEN', valueFrom: `arn:aws:ssm:eu-west-1:${ACCOUNT}:parameter/log/token` }],
      },
      secrets: [
        {
          name: 'DB',
          valueFrom: `arn:aws:secretsmanager:eu-west-1:${ACCOUNT}:secret:db-creds-AbC123:password::`,
        },
        { name: 'KEY', valueFrom: `arn:aws:secretsmanager:eu-west-1:${ACCOUNT}:secret:api` },
        { name: 'PARAM', valueFrom: 'shared/param' },
      ],
      environmentFiles: [{ type: 's3', value: 'arn:aws:s3:::config-bucket/api/prod.env' }],
    },
    {
      name: 'sidecar',
      image: 'registry.example.com/sidecar:2',
      repositoryCredentials: {
        credentialsParameter: `arn:aws:secretsmanager:eu-west-1:${ACCOUNT}:secret:registry-Xy12Zz`,
      },
    },
    { name: 'again', image: `${ACCOUNT}.dkr.ecr.eu-west-1.amazonaws.com/team/app@sha256:${'a'.repeat(64)}` },
  ],
};

describe('executionRolePolicy', () => {
  const policy = executionRolePolicy(FARGATE);

  it('is a valid, explained policy', () => {
    expect(policy).toBeDefined();
    if (policy) expectValidPolicy(policy);
  });

  it('pulls from the exact ECR repositories, once each', () => {
    expect(bySid(policy, 'EcrAuthorization')?.Resource).toBe('*');
    expect(bySid(policy, 'EcrPull')).toMatchObject({
      Action: ['ecr:BatchCheckLayerAvailability', 'ecr:BatchGetImage', 'ecr:GetDownloadUrlForLayer'],
      Resource: `arn:aws:ecr:eu-west-1:${ACCOUNT}:repository/team/app`,
    });
  });

  it('writes to the awslogs group, and creates it when asked', () => {
    const group = `arn:aws:logs:eu-west-1:${ACCOUNT}:log-group:/ecs/api:*`;
    expect(bySid(policy, 'AwsLogs')).toMatchObject({
      Action: ['logs:CreateLogStream', 'logs:PutLogEvents'],
      Resource: group,
    });
    expect(bySid(policy, 'AwsLogsCreateGroup')).toMatchObject({
      Action: ['logs:CreateLogGroup'],
      Resource: group,
    });
  });

  it('reads the exact secrets and parameters', () => {
    expect(bySid(policy, 'SecretsManager')?.Resource).toEqual([
      `arn:aws:secretsmanager:eu-west-1:${ACCOUNT}:secret:api-??????`,
      `arn:aws:secretsmanager:eu-west-1:${ACCOUNT}:secret:db-creds-AbC123`,
      `arn:aws:secretsmanager:eu-west-1:${ACCOUNT}:secret:registry-Xy12Zz`,
    ]);
    expect(bySid(policy, 'SsmParameters')?.Resource).toEqual([
      `arn:aws:ssm:eu-west-1:${ACCOUNT}:parameter/log/token`,
      `arn:aws:ssm:eu-west-1:${ACCOUNT}:parameter/shared/param`,
    ]);
    expect(policy?.notes.join(' ')).toContain('kms:Decrypt');
  });

  it('reads environment files from S3', () => {
    expect(bySid(policy, 'EnvironmentFiles')?.Resource).toBe('arn:aws:s3:::config-bucket/api/prod.env');
    expect(bySid(policy, 'EnvironmentFilesBucket')?.Resource).toBe('arn:aws:s3:::config-bucket');
  });

  it('leaves out what is not needed', () => {
    const plain: JsonObject = {
      family: 'x',
      containerDefinitions: [
        {
          name: 'a',
          image: 'nginx',
          logConfiguration: { logDriver: 'awslogs', options: { 'awslogs-group': 'g' } },
        },
      ],
    };
    const p = executionRolePolicy(plain);
    expect(statements(p).map((s) => s.Sid)).toEqual(['AwsLogs']);
    expect(bySid(p, 'AwsLogs')?.Resource).toBe('arn:aws:logs:*:*:log-group:g:*');
    expect(p?.notes.join(' ')).toContain('account');
    expect(
      executionRolePolicy({ family: 'x', containerDefinitions: [{ name: 'a', image: 'nginx' }] }),
    ).toBeUndefined();
  });

  it('is deterministic', () => {
    const reversed = {
      ...FARGATE,
      containerDefinitions: [...(FARGATE.containerDefinitions as JsonValue[])].reverse(),
    };
    expect(executionRolePolicy(reversed)?.document).toEqual(policy?.document);
  });
});

describe('taskRolePolicy', () => {
  it('grants the X-Ray actions to a tracing sidecar', () => {
    const doc: JsonObject = {
      family: 'x',
      containerDefinitions: [
        { name: 'app', image: 'app' },
        { name: 'xray', image: 'public.ecr.aws/xray/aws-xray-daemon:3.x' },
      ],
    };
    const p = taskRolePolicy(doc);
    if (p) expectValidPolicy(p);
    expect(bySid(p, 'XRayWrite')).toMatchObject({
      Action: [
        'xray:GetSamplingRules',
        'xray:GetSamplingStatisticSummaries',
        'xray:GetSamplingTargets',
        'xray:PutTelemetryRecords',
        'xray:PutTraceSegments',
      ],
      Resource: '*',
    });
    expect(bySid(p, 'AdotMetrics')).toBeUndefined();
  });

  it('adds the EMF permissions for an ADOT collector that exports metrics', () => {
    const doc: JsonObject = {
      family: 'x',
      containerDefinitions: [
        {
          name: 'otel',
          image: 'public.ecr.aws/aws-observability/aws-otel-collector:v0.30.0',
          command: ['--config=/etc/ecs/ecs-cloudwatch.yaml'],
        },
      ],
    };
    expect(bySid(taskRolePolicy(doc), 'AdotMetrics')?.Action).toContain('cloudwatch:PutMetricData');
  });

  it('grants EFS client access only with IAM authorization, scoped to the access point', () => {
    const doc: JsonObject = {
      family: 'x',
      taskRoleArn: `arn:aws:iam::${ACCOUNT}:role/task`,
      containerDefinitions: [
        { name: 'a', image: 'a', user: '1000', mountPoints: [{ sourceVolume: 'data', containerPath: '/d' }] },
        {
          name: 'b',
          image: 'b',
          user: '1000',
          mountPoints: [{ sourceVolume: 'ro', containerPath: '/r', readOnly: true }],
        },
      ],
      volumes: [
        {
          name: 'data',
          efsVolumeConfiguration: {
            fileSystemId: 'fs-1',
            transitEncryption: 'ENABLED',
            authorizationConfig: { iam: 'ENABLED', accessPointId: 'fsap-9' },
          },
        },
        {
          name: 'ro',
          efsVolumeConfiguration: { fileSystemId: 'fs-2', authorizationConfig: { iam: 'ENABLED' } },
        },
        { name: 'plain', efsVolumeConfiguration: { fileSystemId: 'fs-3' } },
      ],
    };
    const p = taskRolePolicy(doc);
    if (p) expectValidPolicy(p);
    const list = statements(p);
    expect(list).toHaveLength(2);
    expect(list[0]).toMatchObject({
      Action: ['elasticfilesystem:ClientMount', 'elasticfilesystem:ClientWrite'],
      Resource: `arn:aws:elasticfilesystem:*:${ACCOUNT}:file-system/fs-1`,
      Condition: {
        StringEquals: {
          'elasticfilesystem:AccessPointArn': `arn:aws:elasticfilesystem:*:${ACCOUNT}:access-point/fsap-9`,
        },
      },
    });
    expect(list[1]?.Action).toEqual(['elasticfilesystem:ClientMount']);
  });

  it('grants root access when a mounting container runs as root, and covers S3 Files', () => {
    const doc: JsonObject = {
      family: 'x',
      containerDefinitions: [
        { name: 'a', image: 'a', mountPoints: [{ sourceVolume: 's3', containerPath: '/s' }] },
      ],
      volumes: [
        {
          name: 's3',
          s3filesVolumeConfiguration: {
            fileSystemArn: `arn:aws:s3files:us-east-1:${ACCOUNT}:file-system/fs-1`,
          },
        },
      ],
    };
    expect(statements(taskRolePolicy(doc))[0]).toMatchObject({
      Action: ['s3files:ClientMount', 's3files:ClientRootAccess', 's3files:ClientWrite'],
      Resource: `arn:aws:s3files:us-east-1:${ACCOUNT}:file-system/fs-1`,
    });
  });

  it('lets a FireLens router write to its CloudWatch output', () => {
    const doc: JsonObject = {
      family: 'x',
      containerDefinitions: [
        {
          name: 'router',
          image: 'public.ecr.aws/aws-observability/aws-for-fluent-bit:stable',
          firelensConfiguration: { type: 'fluentbit' },
        },
        {
          name: 'app',
          image: 'app',
          logConfiguration: {
            logDriver: 'awsfirelens',
            options: {
              Name: 'cloudwatch_logs',
              region: 'us-west-2',
              log_group_name: 'app-logs',
              auto_create_group: 'true',
            },
          },
        },
      ],
    };
    const p = taskRolePolicy(doc);
    expect(bySid(p, 'FireLensLogs')?.Resource).toBe('arn:aws:logs:us-west-2:*:log-group:app-logs:*');
    expect(bySid(p, 'FireLensCreateGroup')).toBeDefined();
  });

  it('is undefined when the definition reveals nothing', () => {
    expect(
      taskRolePolicy({ family: 'x', containerDefinitions: [{ name: 'a', image: 'nginx' }] }),
    ).toBeUndefined();
  });
});

describe('every corpus document', () => {
  it('gives valid policies or none', () => {
    const dir = `${process.cwd()}/../shared/corpus/`;
    let policies = 0;
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
      let data: unknown;
      try {
        data = JSON.parse(readFileSync(dir + file, 'utf8'));
      } catch {
        continue;
      }
      if (!isJsonObject(data)) continue;
      for (const p of [executionRolePolicy(data), taskRolePolicy(data)]) {
        if (!p) continue;
        policies++;
        expectValidPolicy(p);
      }
    }
    expect(policies).toBeGreaterThan(20);
  });
});
