// Each input shape, fed by real files from ../shared/corpus.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importText } from './import-text.ts';

const corpus = (name: string) =>
  readFileSync(new URL(`../../../../shared/corpus/${name}`, import.meta.url), 'utf8');

function ok(text: string) {
  const r = importText(text);
  if (!r.ok) throw new Error(`expected ok, got ${JSON.stringify(r.error)}`);
  return r;
}

const codes = (fixes: readonly { code: string }[]) => [...new Set(fixes.map((f) => f.code))];

describe('describe-task-definition output', () => {
  it('strips the read-only members of an unwrapped console export (AGHCampus)', () => {
    const r = ok(corpus('AGHCampus__server__.aws__task-definition.json'));
    expect(r.kind).toBe('describe-output');
    for (const k of [
      'taskDefinitionArn',
      'revision',
      'status',
      'requiresAttributes',
      'compatibilities',
      'registeredAt',
      'registeredBy',
    ]) {
      expect(r.document).not.toHaveProperty(k);
      expect(r.fixes).toContainEqual(expect.objectContaining({ code: 'read-only-removed', path: k }));
    }
    expect(r.document.family).toBe('aghcampus-server-task');
  });

  it('unwraps a recorded API response, hoists the tags and drops the describe defaults (cloud-custodian)', () => {
    const r = ok(
      corpus(
        'cloud-custodian__cloud-custodian__tests__data__placebo__test_ecs_task_def_tags__ecs.DescribeTaskDefinition_1.json',
      ),
    );
    expect(r.kind).toBe('describe-output');
    expect(codes(r.fixes)).toEqual([
      'unwrapped-envelope',
      'unwrapped-describe',
      'tags-hoisted',
      'read-only-removed',
      'describe-default-removed',
      'empty-removed',
    ]);
    expect(r.document.tags).toEqual(
      expect.arrayContaining([expect.objectContaining({ key: expect.any(String) })]),
    );
    const [container] = r.document.containerDefinitions as Record<string, unknown>[];
    expect(container).not.toHaveProperty('cpu');
    expect(container).not.toHaveProperty('portMappings');
    expect(r.notes).toContain('Ignored the response members outside the task definition: ResponseMetadata.');
  });

  it('unwraps {"taskDefinition": ...} with tags inside it (ecspresso td-in-tags)', () => {
    const r = ok(corpus('kayac__ecspresso__tests__td-in-tags.json'));
    expect(r.kind).toBe('describe-output');
    expect(r.document).not.toHaveProperty('taskDefinition');
    expect(r.document).not.toHaveProperty('status');
    expect(Array.isArray(r.document.tags)).toBe(true);
  });

  it('unwraps a wrapped register input (firelens efs quirk) without inventing fixes', () => {
    const r = ok(
      corpus('aws-samples__amazon-ecs-firelens-examples__examples__fluent-bit__efs__task-definition.json'),
    );
    expect(r.kind).toBe('describe-output');
    expect(r.document).toHaveProperty('containerDefinitions');
    expect(r.fixes[0]?.code).toBe('unwrapped-describe');
  });

  it('takes the first of {"taskDefinitions": [...]} and says so', () => {
    const r = ok(
      JSON.stringify({
        taskDefinitions: [
          { family: 'a', containerDefinitions: [] },
          { family: 'b', containerDefinitions: [] },
        ],
      }),
    );
    expect(r.document.family).toBe('a');
    expect(r.notes[0]).toMatch(/only the first/);
  });
});

describe('CloudFormation', () => {
  it('converts a YAML template with short-form intrinsics (ecs-refarch website-service)', () => {
    const r = ok(corpus('aws-samples__ecs-refarch-cloudformation__services__website-service__service.yaml'));
    expect(r.kind).toBe('cloudformation-template');
    expect(r.format).toBe('yaml');
    expect(r.document).toEqual({
      family: 'website-service',
      containerDefinitions: [
        {
          name: 'website-service',
          essential: true,
          image:
            '275396840892.dkr.ecr.us-east-1.amazonaws.com/ecs-refarch-cloudformation/website-service:1.0.0',
          memory: 128,
          environment: [{ name: 'PRODUCT_SERVICE_URL', value: '{{Ref ProductServiceUrl}}' }],
          portMappings: [{ containerPort: 8000 }],
          logConfiguration: {
            logDriver: 'awslogs',
            options: {
              'awslogs-group': '{{Ref CloudWatchLogsGroup}}',
              'awslogs-region': '{{Ref AWS::Region}}',
            },
          },
        },
      ],
    });
    expect(r.fixes).toContainEqual(
      expect.objectContaining({
        code: 'cfn-intrinsic',
        path: 'containerDefinitions[0].environment[0].value',
        message:
          "Kept !Ref ProductServiceUrl as the text '{{Ref ProductServiceUrl}}': replace it with the real value before registering.",
      }),
    );
  });

  it('converts a JSON template with long-form intrinsics (FargateLaunchType public-service.json)', () => {
    const r = ok(
      corpus(
        'aws-cloudformation__aws-cloudformation-templates__ECS__FargateLaunchType__services__public-service.json',
      ),
    );
    expect(r.kind).toBe('cloudformation-template');
    expect(r.format).toBe('json');
    expect(r.document).toHaveProperty('containerDefinitions');
    expect(r.document).not.toHaveProperty('ContainerDefinitions');
    expect(codes(r.fixes)).toContain('cfn-intrinsic');
  });

  it('maps ProxyConfigurationProperties to properties and notes the other task definitions (app mesh 2-meshify)', () => {
    const r = ok(
      corpus('aws__aws-app-mesh-examples__walkthroughs__howto-ecs-basics__deploy__2-meshify.yaml'),
    );
    expect(r.document.proxyConfiguration).toMatchObject({
      type: 'APPMESH',
      containerName: 'envoy',
      properties: expect.arrayContaining([{ name: 'IgnoredUID', value: '1337' }]),
    });
    expect(r.notes[0]).toMatch(
      /2 task definitions \(ColorTaskDef, FrontTaskDef\); imported the first, ColorTaskDef/,
    );
  });

  it('maps the names that differ by more than case, and keeps free-form map keys', () => {
    const r = ok(
      JSON.stringify({
        Type: 'AWS::ECS::TaskDefinition',
        Properties: {
          Family: 'f',
          Cpu: 256,
          EphemeralStorage: { SizeInGiB: 30 },
          RuntimePlatform: { CpuArchitecture: 'ARM64', OperatingSystemFamily: 'LINUX' },
          Tags: [{ Key: 'team', Value: 'a' }],
          Volumes: [
            {
              Name: 'efs',
              EFSVolumeConfiguration: { FilesystemId: 'fs-1', AuthorizationConfig: { IAM: 'ENABLED' } },
            },
            {
              Name: 'd',
              DockerVolumeConfiguration: {
                Driver: 'local',
                DriverOpts: { Type: 'nfs' },
                Labels: { Owner: 'x' },
              },
            },
            { Name: 'h', Host: { SourcePath: '/data' } },
          ],
          ContainerDefinitions: [
            {
              Name: 'app',
              Image: 'nginx',
              Essential: 'true',
              DockerLabels: { 'Com.Example': 'v' },
              HealthCheck: { Command: ['CMD', 'true'], Interval: 10 },
              LogConfiguration: { LogDriver: 'awsfirelens', Options: { Name: 'cloudwatch' } },
              FirelensConfiguration: { Type: 'fluentbit', Options: { 'enable-ecs-log-metadata': 'true' } },
              SystemControls: [{ Namespace: 'net.core.somaxconn', Value: '1024' }],
              Unknown: 1,
            },
          ],
        },
      }),
    );
    expect(r.kind).toBe('cloudformation-resource');
    expect(r.document).toEqual({
      family: 'f',
      cpu: '256',
      ephemeralStorage: { sizeInGiB: 30 },
      runtimePlatform: { cpuArchitecture: 'ARM64', operatingSystemFamily: 'LINUX' },
      tags: [{ key: 'team', value: 'a' }],
      volumes: [
        {
          name: 'efs',
          efsVolumeConfiguration: { fileSystemId: 'fs-1', authorizationConfig: { iam: 'ENABLED' } },
        },
        {
          name: 'd',
          dockerVolumeConfiguration: { driver: 'local', driverOpts: { Type: 'nfs' }, labels: { Owner: 'x' } },
        },
        { name: 'h', host: { sourcePath: '/data' } },
      ],
      containerDefinitions: [
        {
          name: 'app',
          image: 'nginx',
          essential: true,
          dockerLabels: { 'Com.Example': 'v' },
          healthCheck: { command: ['CMD', 'true'], interval: 10 },
          logConfiguration: { logDriver: 'awsfirelens', options: { Name: 'cloudwatch' } },
          firelensConfiguration: { type: 'fluentbit', options: { 'enable-ecs-log-metadata': 'true' } },
          systemControls: [{ namespace: 'net.core.somaxconn', value: '1024' }],
          Unknown: 1,
        },
      ],
    });
  });

  it('reads a bare Properties object and drops !Ref AWS::NoValue', () => {
    const r = ok(
      'Family: f\nTaskRoleArn: !Ref AWS::NoValue\nContainerDefinitions:\n  - Name: a\n    Image: !Sub "${Repo}:latest"\n',
    );
    expect(r.kind).toBe('cloudformation-resource');
    expect(r.document).toEqual({
      family: 'f',
      containerDefinitions: [{ name: 'a', image: '{{Fn::Sub ${Repo}:latest}}' }],
    });
    expect(r.fixes.map((f) => `${f.code} ${f.path}`)).toEqual([
      'cfn-properties ',
      'cfn-novalue taskRoleArn',
      'cfn-intrinsic containerDefinitions[0].image',
    ]);
  });

  it('refuses a template without a task definition', () => {
    const r = importText('Resources:\n  Bucket:\n    Type: AWS::S3::Bucket\n');
    expect(!r.ok && r.error.message).toMatch(/no AWS::ECS::TaskDefinition/);
  });
});

describe('container definitions alone', () => {
  it('wraps a container array, naming the family after the first container (ptodo)', () => {
    const r = ok(corpus('lupinthe14th__ptodo__container_definitions.json'));
    expect(r.kind).toBe('container-array');
    const containers = r.document.containerDefinitions as { name: string }[];
    expect(r.document.family).toBe(containers[0]?.name);
    expect(r.fixes.at(-1)?.code).toBe('wrapped-containers');
  });

  it('wraps a Terraform container array with unquoted ${} numbers (FXinnovation)', () => {
    const r = ok(corpus('FXinnovation__fx-terraform-module-aws-fargate__task-definitions__service.json'));
    expect(r.kind).toBe('container-array');
    expect(r.fixes.filter((f) => f.code === 'placeholder-quoted').map((f) => f.path)).toContain(
      'containerDefinitions[0].cpu',
    );
    expect((r.document.containerDefinitions as Record<string, unknown>[])[0]?.cpu).toBe(
      '${container_cpu_limit}',
    );
  });

  it('wraps a single container object', () => {
    const r = ok('{"name": "web", "image": "nginx", "memory": "256"}');
    expect(r.kind).toBe('container');
    expect(r.document).toEqual({
      family: 'web',
      containerDefinitions: [{ name: 'web', image: 'nginx', memory: 256 }],
    });
  });

  it('wraps a CloudFormation-style container list', () => {
    const r = ok('[{"Name": "web", "Image": "nginx", "PortMappings": [{"ContainerPort": 80}]}]');
    expect(r.document).toEqual({
      family: 'web',
      containerDefinitions: [{ name: 'web', image: 'nginx', portMappings: [{ containerPort: 80 }] }],
    });
  });
});

describe('templated files', () => {
  it('reads CodeDeploy placeholders: quotes bare <SERVICE_PORT>, drops the null secretOptions (fullstack-app)', () => {
    const r = ok(
      corpus('aws-samples__amazon-ecs-fullstack-app-terraform__Infrastructure__Templates__taskdef.json'),
    );
    expect(r.kind).toBe('register-input');
    expect(r.fixes.map((f) => `${f.code} ${f.path}`)).toEqual([
      'placeholder-quoted containerDefinitions[0].portMappings[0].hostPort',
      'placeholder-quoted containerDefinitions[0].portMappings[0].containerPort',
      'null-removed containerDefinitions[0].logConfiguration.secretOptions',
    ]);
    expect(r.notes[0]).toMatch(/<CONTAINER_NAME>/);
  });
});
