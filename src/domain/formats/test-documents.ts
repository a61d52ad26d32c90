// Documents the format tests share: every place where CloudFormation, Terraform or CDK spell a
// member differently, free-form maps with awkward keys, and strings Terraform would interpolate.
import type { JsonObject } from '../json.ts';

export const RICH_DOCUMENT: JsonObject = {
  family: 'web-app',
  taskRoleArn: 'arn:aws:iam::123456789012:role/app',
  executionRoleArn: 'arn:aws:iam::123456789012:role/exec',
  networkMode: 'awsvpc',
  containerDefinitions: [
    {
      name: 'app',
      image: '123456789012.dkr.ecr.eu-west-1.amazonaws.com/app:1.2',
      cpu: 256,
      memory: 512,
      essential: true,
      portMappings: [
        { containerPort: 8080, hostPort: 8080, protocol: 'tcp', name: 'http', appProtocol: 'http' },
      ],
      environment: [
        { name: 'TEMPLATE', value: 'Hello ${name} and %{if x}' },
        { name: 'QUOTES', value: 'say "hi" \\ back\nnew line' },
      ],
      secrets: [
        { name: 'DB_PASSWORD', valueFrom: 'arn:aws:secretsmanager:eu-west-1:123456789012:secret:db-AbCdEf' },
      ],
      dockerLabels: { 'com.example.team': 'web', 'Key With Space': 'x' },
      logConfiguration: {
        logDriver: 'awslogs',
        options: {
          'awslogs-group': '/ecs/web',
          'awslogs-region': 'eu-west-1',
          'awslogs-stream-prefix': 'app',
        },
      },
      mountPoints: [{ sourceVolume: 'efs', containerPath: '/data', readOnly: false }],
      linuxParameters: { initProcessEnabled: true, capabilities: { add: ['SYS_PTRACE'] } },
      healthCheck: { command: ['CMD-SHELL', 'curl -f http://localhost/ || exit 1'], interval: 30 },
      ulimits: [{ name: 'nofile', softLimit: 1024, hardLimit: 4096 }],
    },
    {
      name: 'envoy',
      image: 'public.ecr.aws/appmesh/aws-appmesh-envoy:v1.27.0.0-prod',
      essential: true,
      memoryReservation: 128,
      user: '1337',
      firelensConfiguration: { type: 'fluentbit', options: { 'enable-ecs-log-metadata': 'true' } },
    },
  ],
  volumes: [
    {
      name: 'efs',
      efsVolumeConfiguration: {
        fileSystemId: 'fs-12345678',
        rootDirectory: '/',
        transitEncryption: 'ENABLED',
        authorizationConfig: { accessPointId: 'fsap-1234', iam: 'ENABLED' },
      },
    },
    {
      name: 'docker',
      dockerVolumeConfiguration: {
        scope: 'shared',
        autoprovision: true,
        driver: 'local',
        driverOpts: { type: 'nfs' },
        labels: { 'a.b': 'c' },
      },
    },
    {
      name: 'fsx',
      fsxWindowsFileServerVolumeConfiguration: {
        fileSystemId: 'fs-0123',
        rootDirectory: 'share',
        authorizationConfig: {
          credentialsParameter: 'arn:aws:ssm:eu-west-1:123456789012:parameter/creds',
          domain: 'corp.example.com',
        },
      },
    },
    {
      name: 's3',
      s3filesVolumeConfiguration: {
        fileSystemArn: 'arn:aws:s3files:eu-west-1:123456789012:file-system/fs-1',
      },
    },
    { name: 'host', host: { sourcePath: '/var/data' } },
  ],
  placementConstraints: [{ type: 'memberOf', expression: 'attribute:ecs.instance-type =~ t3.*' }],
  requiresCompatibilities: ['EC2'],
  cpu: '1024',
  memory: '2048',
  tags: [
    { key: 'team', value: 'web' },
    { key: 'cost:center', value: '42' },
  ],
  pidMode: 'task',
  ipcMode: 'task',
  proxyConfiguration: {
    type: 'APPMESH',
    containerName: 'envoy',
    properties: [
      { name: 'AppPorts', value: '8080' },
      { name: 'IgnoredUID', value: '1337' },
    ],
  },
  ephemeralStorage: { sizeInGiB: 30 },
  runtimePlatform: { operatingSystemFamily: 'LINUX', cpuArchitecture: 'ARM64' },
};
