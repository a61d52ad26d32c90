import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { JsonObject } from '../json.ts';
import { lookupError } from './lookup-error.ts';
import { c, ECR, ec2, fargate } from './test-docs.test-util.ts';

/** The exact fixture texts, read from the reference so that the test follows it. */
function fixtureTexts(): Map<string, string> {
  const md = readFileSync(`${process.cwd()}/../shared/reference/FIXTURES.md`, 'utf8');
  const out = new Map<string, string>();
  for (const m of md.matchAll(/^\| (F\d\d) \| `([^`]+)`/gm)) out.set(m[1] ?? '', m[2] ?? '');
  return out;
}

const WRAPPERS: readonly [string, (msg: string) => string][] = [
  [
    'AWS CLI',
    (m) => `An error occurred (ClientException) when calling the RegisterTaskDefinition operation: ${m}`,
  ],
  [
    'Go SDK',
    (m) => `ClientException: ${m}\n\tstatus code: 400, request id: 5f3c2a1e-0000-4000-8000-1234567890ab`,
  ],
  [
    'Java SDK',
    (m) => `${m} (Service: AmazonECS; Status Code: 400; Error Code: ClientException; Request ID: 5f3c2a1e)`,
  ],
  [
    'CloudFormation',
    (m) =>
      `Resource handler returned message: "Invalid request provided: Create TaskDefinition: ${m} (Service: AmazonECS; Status Code: 400; Error Code: ClientException)"`,
  ],
  ['Terraform', (m) => `Error: creating ECS Task Definition (web): ClientException: ${m}`],
];

const big = 'x'.repeat(70_000);

/** For each fixture: a document that triggers it, and where the lookup must point. */
const CASES: Record<string, { doc: JsonObject; code: string; path: string; fix?: boolean }> = {
  F01: {
    doc: fargate({ family: 'weird_dir@letssee.cats' }),
    code: 'family-invalid',
    path: 'family',
    fix: true,
  },
  F02: { doc: fargate({ family: '' }), code: 'family-missing', path: 'family' },
  F03: {
    doc: fargate({}, [{ name: 'app', image: 'nginx', environment: [{ name: 'BIG', value: big }] }]),
    code: 'task-size',
    path: '',
  },
  F04: {
    doc: ec2(Array.from({ length: 11 }, (_v, i) => c(`c${i}`))),
    code: 'container-count',
    path: 'containerDefinitions',
  },
  F05: { doc: fargate(), code: 'registration-throttled', path: 'family', fix: false },
  F06: { doc: fargate({ cpu: '300' }), code: 'fargate-cpu-memory', path: 'cpu' },
  F07: { doc: fargate({ memory: '4096' }), code: 'fargate-cpu-memory', path: 'memory' },
  F08: {
    doc: fargate({ networkMode: 'bridge' }),
    code: 'fargate-network-mode',
    path: 'networkMode',
    fix: true,
  },
  F09: {
    doc: fargate({}, [
      {
        name: 'app',
        image: 'nginx',
        portMappings: [
          { containerPort: 80, hostPort: 80 },
          { containerPort: 443, hostPort: 8443 },
        ],
      },
    ]),
    code: 'awsvpc-host-port',
    path: 'containerDefinitions[0].portMappings[1].hostPort',
    fix: true,
  },
  F10: {
    doc: fargate({}, [c('app', { links: ['db'] }), c('db')]),
    code: 'links-awsvpc',
    path: 'containerDefinitions[0].links',
    fix: true,
  },
  F11: {
    doc: fargate({}, [c('app', { hostname: 'web' })]),
    code: 'hostname-awsvpc',
    path: 'containerDefinitions[0].hostname',
    fix: true,
  },
  F12: {
    doc: ec2([
      c('a', { portMappings: [{ containerPort: 3000, hostPort: 3000 }] }),
      c('b', { portMappings: [{ containerPort: 3000, hostPort: 3000 }] }),
    ]),
    code: 'duplicate-host-port',
    path: 'containerDefinitions[1].portMappings[0].hostPort',
  },
  F13: {
    doc: ec2([c('web'), c('container_1', { portMappings: [{ containerPort: 80 }, { hostPort: 8080 }] })]),
    code: 'container-port-invalid',
    path: 'containerDefinitions[1].portMappings[1]',
  },
  F14: {
    doc: ec2([c('a'), { image: 'nginx', memory: 128 }]),
    code: 'container-name-missing',
    path: 'containerDefinitions[1].name',
  },
  F15: { doc: ec2([c('my app')]), code: 'container-name-invalid', path: 'containerDefinitions[0].name' },
  F16: {
    doc: ec2([c('a'), { name: 'b', memory: 128 }]),
    code: 'container-image-missing',
    path: 'containerDefinitions[1].image',
  },
  F17: { doc: ec2([c('a'), c('a')]), code: 'container-name-duplicate', path: 'containerDefinitions[1].name' },
  F18: {
    doc: ec2([c('other'), { name: 'my-container', image: 'nginx' }]),
    code: 'container-memory-missing',
    path: 'containerDefinitions[1]',
  },
  F19: {
    doc: fargate({}, [c('a'), c('blah', { memory: 1024 })]),
    code: 'container-memory-exceeds-task',
    path: 'containerDefinitions[1].memory',
  },
  F20: {
    doc: ec2(
      [
        { name: 'a', image: 'x', memoryReservation: 400 },
        { name: 'b', image: 'x', memoryReservation: 400 },
      ],
      { memory: '512' },
    ),
    code: 'memory-reservation-sum',
    path: 'memory',
  },
  F21: {
    doc: fargate({ executionRoleArn: undefined as never }, [
      c('app', {
        logConfiguration: {
          logDriver: 'awslogs',
          options: { 'awslogs-group': 'g', 'awslogs-region': 'us-east-1', 'awslogs-stream-prefix': 'p' },
        },
      }),
    ]),
    code: 'fargate-awslogs-execution-role',
    path: 'containerDefinitions[0].logConfiguration.logDriver',
  },
  F22: {
    doc: fargate({ executionRoleArn: undefined as never }, [{ name: 'app', image: ECR }]),
    code: 'fargate-ecr-execution-role',
    path: 'containerDefinitions[0].image',
  },
  F23: {
    doc: ec2([
      c('app', { secrets: [{ name: 'S', valueFrom: 'arn:aws:ssm:us-east-1:123456789012:parameter/s' }] }),
    ]),
    code: 'secrets-execution-role',
    path: 'containerDefinitions[0].secrets',
  },
  F24: { doc: fargate({ ipcMode: 'host' }), code: 'fargate-ipc-mode', path: 'ipcMode', fix: true },
  F25: { doc: fargate({ pidMode: 'host' }), code: 'fargate-pid-mode', path: 'pidMode', fix: true },
  F26: {
    doc: fargate({ volumes: [{ name: 'v', host: { sourcePath: '/data' } }] }),
    code: 'fargate-host-source-path',
    path: 'volumes[0].host.sourcePath',
    fix: true,
  },
  F27: {
    doc: ec2([c('init'), c('app', { dependsOn: [{ containerName: 'init', condition: 'SUCCESS' }] })]),
    code: 'depends-on-essential-exit',
    path: 'containerDefinitions[1].dependsOn[0].condition',
  },
  F28: {
    doc: ec2([c('app', { dependsOn: [{ containerName: 'sidecar-container', condition: 'START' }] })]),
    code: 'depends-on-unknown-container',
    path: 'containerDefinitions[0].dependsOn[0].containerName',
  },
  F29: {
    doc: ec2([c('a', { links: ['b'] }), c('b', { links: ['a'] })]),
    code: 'links-cycle',
    path: 'containerDefinitions[1].links[0]',
  },
  F30: {
    doc: ec2([c('app', { volumesFrom: [{ sourceContainer: 'container' }] })]),
    code: 'volumes-from-unknown-container',
    path: 'containerDefinitions[0].volumesFrom[0].sourceContainer',
  },
  F31: {
    doc: fargate({}, [
      c('log_router', {
        firelensConfiguration: {
          type: 'fluentbit',
          options: { 'config-file-type': 's3', 'config-file-value': 'arn:aws:s3:::bucket/fluent.conf' },
        },
      }),
    ]),
    code: 'firelens-fargate-s3-config',
    path: 'containerDefinitions[0].firelensConfiguration.options.config-file-type',
  },
  F32: {
    doc: fargate({ requiresCompatibilities: undefined as never }),
    code: 'compatibility-fargate-missing',
    path: 'requiresCompatibilities',
  },
  F33: { doc: fargate(), code: 'unknown-parameter', path: 'networkMode', fix: false },
  F34: {
    doc: fargate({ placementConstraints: [{ type: 'memberOf', expression: 'attribute:x == y' }] }),
    code: 'fargate-placement-constraints',
    path: 'placementConstraints',
    fix: true,
  },
  F35: { doc: ec2([c('app')]), code: 'run-task-network-configuration', path: 'networkMode', fix: false },
  F36: { doc: fargate({ family: 'a/b' }), code: 'family-invalid', path: 'family', fix: true },
  F37: {
    doc: fargate({ ephemeralStorage: { sizeInGiB: 20 } }),
    code: 'ephemeral-storage-range',
    path: 'ephemeralStorage.sizeInGiB',
  },
};

function clean(doc: JsonObject): JsonObject {
  return JSON.parse(JSON.stringify(doc)) as JsonObject;
}

describe('lookupError with the fixture texts', () => {
  const texts = fixtureTexts();

  it('reads all 37 fixtures from FIXTURES.md', () => {
    expect([...texts.keys()]).toEqual(
      Array.from({ length: 37 }, (_v, i) => `F${String(i + 1).padStart(2, '0')}`),
    );
  });

  for (const [id, { doc, code, path, fix }] of Object.entries(CASES)) {
    it(`${id}: ${code} at ${path || '(document)'}`, () => {
      const text = texts.get(id) ?? '';
      for (const [layer, wrap] of WRAPPERS) {
        const matches = lookupError(wrap(text), clean(doc));
        const hit = matches.find((m) => m.code === code);
        expect(hit, `${layer}: ${JSON.stringify(matches)}`).toBeDefined();
        expect(hit?.path, layer).toBe(path);
        expect(hit?.explanation.length ?? 0).toBeGreaterThan(10);
        if (fix !== undefined) expect(hit?.fixAvailable, layer).toBe(fix);
      }
    });
  }
});

describe('lookupError tolerance', () => {
  it('reads curly quotes, a missing +, and JSON-escaped text', () => {
    const doc = ec2([c('web'), c('container_1', { portMappings: [{ hostPort: 8080 }] })]);
    expect(
      lookupError('Invalid \u2018containerPort\u2019 setting for container \u2018container_1\u2019.', doc)[0]
        ?.path,
    ).toBe('containerDefinitions[1].portMappings[0]');
    const dep = ec2([
      c('app', { dependsOn: [{ containerName: 'Daemon_ResolvConf_InitContainer', condition: 'START' }] }),
    ]);
    for (const text of [
      "Cannot depend on container + 'Daemon_ResolvConf_InitContainer' because it does not exist",
      "Cannot depend on container 'Daemon_ResolvConf_InitContainer' because it does not exist",
      '{"message":"Cannot depend on container + \\"Daemon_ResolvConf_InitContainer\\" because it does not exist"}',
    ]) {
      expect(lookupError(text, dep)[0]?.path, text).toBe(
        'containerDefinitions[0].dependsOn[0].containerName',
      );
    }
    expect(
      lookupError("Fargate only supports network mode 'awsvpc'.", fargate({ networkMode: 'host' }))[0]?.code,
    ).toBe('fargate-network-mode');
  });

  it('maps F19 to the container the message names', () => {
    const doc = fargate({}, [c('worker', { memory: 2048 }), c('blah', { memory: 1024 })]);
    const hit = lookupError("The 'memory' setting for container 'blah' is greater than for the task.", doc);
    expect(hit.map((h) => h.path)).toEqual(['containerDefinitions[1].memory']);
  });

  it('recognises the Fargate task-level and runtime secret messages', () => {
    const noCpu = fargate({ cpu: undefined as never });
    expect(
      lookupError(
        "ClientException: Fargate requires that 'cpu' be defined at the task level.",
        clean(noCpu),
      )[0],
    ).toMatchObject({
      code: 'fargate-cpu-memory-required',
      path: 'cpu',
    });
    const runtime =
      'ResourceInitializationError: unable to pull secrets or registry auth: execution resource retrieval failed: unable to retrieve secrets from ssm: AccessDeniedException: User: arn:aws:sts::1:assumed-role/exec is not authorized to perform: ssm:GetParameters';
    expect(lookupError(runtime, fargate())[0]).toMatchObject({
      code: 'execution-role-permissions',
      path: 'executionRoleArn',
    });
  });

  it('points to the nearest field when the document has no offending one', () => {
    expect(lookupError('Links are not supported when networkMode=awsvpc.', fargate())[0]).toMatchObject({
      code: 'links-awsvpc',
      path: 'networkMode',
      fixAvailable: false,
    });
  });

  it('uses a neutral code when neither a rule nor a finder recognises the case', () => {
    expect(lookupError('Invalid arn syntax.', fargate())[0]).toMatchObject({ code: 'invalid-arn', path: '' });
    expect(lookupError("Invalid 'cpu' setting for task.", fargate())[0]).toMatchObject({
      code: 'task-cpu-invalid',
      path: 'cpu',
    });
  });

  it('recognises duplicate container ports and image pull failures', () => {
    const doc = ec2([c('web'), c('dns', { portMappings: [{ containerPort: 53 }, { containerPort: 53 }] })]);
    expect(
      lookupError('Container port 53 is used in more than one port mapping for container dns', doc)[0],
    ).toMatchObject({
      code: 'duplicate-container-port',
      path: expect.stringMatching(/^containerDefinitions\[1\]/),
    });
    const pull = ec2([c('web'), c('app', { image: 'myorg/app:2' })]);
    const text =
      'CannotPullContainerError: pull image manifest has been retried 5 time(s): failed to resolve ref docker.io/myorg/app:2: not found';
    expect(lookupError(text, pull)[0]).toMatchObject({
      code: 'image-pull-failed',
      path: 'containerDefinitions[1].image',
    });
  });

  it('recognises the awslogs option ECS refuses and points at it', () => {
    const logging = {
      logDriver: 'awslogs',
      options: {
        'awslogs-group': '/ecs/web',
        'awslogs-region': 'eu-west-1',
        'awslogs-stream-prefix': 'web',
        log_key: 'log',
      },
    };
    const doc = fargate({}, [c('web'), c('app', { logConfiguration: logging })]);
    const text =
      'An error occurred (ClientException) when calling the RegisterTaskDefinition operation: Log driver awslogs disallows options: log_key';
    expect(lookupError(text, doc)[0]).toMatchObject({
      code: 'awslogs-option-disallowed',
      path: 'containerDefinitions[1].logConfiguration.options.log_key',
      fixAvailable: true,
    });
  });

  it('returns nothing for text it does not know', () => {
    expect(lookupError('Something went wrong', fargate())).toEqual([]);
    expect(lookupError('', fargate())).toEqual([]);
  });
});
