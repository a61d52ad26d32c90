import { describe, expect, it } from 'vitest';
import { check, hasErrors } from '../check.ts';
import type { JsonObject } from '../json.ts';
import { addSidecar } from './add.ts';
import { SIDECAR_CATALOG } from './catalog.ts';
import { hasSidecar } from './remove.ts';
import { awsvpcFargate, bridgeEc2, defaultModeEc2, hostEc2, noneMode } from './test-docs.ts';

type Ok = Extract<ReturnType<typeof addSidecar>, { ok: true }>;

function added(doc: JsonObject, kind: 'xray' | 'adot', options = {}): Ok {
  const result = addSidecar(doc, kind, options);
  if (!result.ok) throw new Error(result.message);
  return result;
}

const containerNamed = (doc: JsonObject, name: string): any =>
  (doc.containerDefinitions as any[]).find((c) => c.name === name);
const env = (container: any): Record<string, string> =>
  Object.fromEntries((container.environment ?? []).map((e: any) => [e.name, e.value]));
const errors = (doc: JsonObject) => check(doc).filter((p) => p.severity === 'error');

describe('addSidecar xray', () => {
  it('bridge: links every app container, address xray-daemon:2000, dynamic host port', () => {
    const { document, changes } = added(bridgeEc2(), 'xray');
    const daemon = containerNamed(document, 'xray-daemon');
    expect(daemon).toEqual({
      name: 'xray-daemon',
      image: 'public.ecr.aws/xray/aws-xray-daemon:3.x',
      essential: false,
      cpu: 32,
      memoryReservation: 256,
      portMappings: [{ containerPort: 2000, hostPort: 0, protocol: 'udp' }],
    });
    for (const name of ['api', 'cache']) {
      const app = containerNamed(document, name);
      expect(env(app).AWS_XRAY_DAEMON_ADDRESS).toBe('xray-daemon:2000');
      expect(app.links).toContain('xray-daemon');
    }
    // Existing variables and links are kept, in order.
    const api = containerNamed(document, 'api');
    expect(api.environment[0]).toEqual({ name: 'NODE_ENV', value: 'production' });
    expect(api.links).toEqual(['cache', 'xray-daemon']);
    expect(changes).toContain("Linked 'cache' to 'xray-daemon'");
    expect(errors(document)).toEqual([]);
  });

  it('treats an omitted networkMode on Linux as bridge', () => {
    const { document } = added(defaultModeEc2(), 'xray');
    expect(containerNamed(document, 'worker').links).toEqual(['xray-daemon']);
    expect(containerNamed(document, 'xray-daemon').portMappings[0].hostPort).toBe(0);
    expect(errors(document)).toEqual([]);
  });

  it('awsvpc (Fargate): no links, 127.0.0.1:2000, hostPort omitted, awslogs copied with its own prefix', () => {
    const { document } = added(awsvpcFargate(), 'xray');
    const app = containerNamed(document, 'checkout');
    expect(app.links).toBeUndefined();
    expect(env(app)).toEqual({ PORT: '8080', AWS_XRAY_DAEMON_ADDRESS: '127.0.0.1:2000' });
    const daemon = containerNamed(document, 'xray-daemon');
    expect(daemon.portMappings).toEqual([{ containerPort: 2000, protocol: 'udp' }]);
    expect(daemon.logConfiguration).toEqual({
      logDriver: 'awslogs',
      options: {
        'awslogs-group': '/ecs/checkout',
        'awslogs-region': 'eu-west-1',
        'awslogs-stream-prefix': 'xray-daemon',
      },
    });
    expect(errors(document)).toEqual([]);
  });

  it('host: no links, 127.0.0.1:2000, hostPort omitted, and a note on one task per instance', () => {
    const { document, notes } = added(hostEc2(), 'xray');
    expect(containerNamed(document, 'edge').links).toBeUndefined();
    expect(env(containerNamed(document, 'edge')).AWS_XRAY_DAEMON_ADDRESS).toBe('127.0.0.1:2000');
    expect(containerNamed(document, 'xray-daemon').portMappings).toEqual([
      { containerPort: 2000, protocol: 'udp' },
    ]);
    expect(notes.join('\n')).toMatch(/one such task can run per instance/);
    expect(errors(document)).toEqual([]);
  });

  it('adds no logConfiguration when the apps do not use awslogs', () => {
    expect(
      containerNamed(added(bridgeEc2(), 'xray').document, 'xray-daemon').logConfiguration,
    ).toBeUndefined();
  });

  it('refuses networkMode none with a clear message', () => {
    const result = addSidecar(noneMode(), 'xray');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(/networkMode is "none".*no network/);
  });

  it('refuses Windows tasks (Linux-only image, no links)', () => {
    const doc = {
      ...awsvpcFargate(),
      runtimePlatform: { operatingSystemFamily: 'WINDOWS_SERVER_2022_CORE' },
    };
    const result = addSidecar(doc, 'xray');
    expect(result.ok).toBe(false);
  });

  it('refuses a full task (10 containers)', () => {
    const doc = bridgeEc2();
    doc.containerDefinitions = Array.from({ length: 10 }, (_, i) => ({
      name: `c${i}`,
      image: 'busybox',
      memory: 16,
    }));
    const result = addSidecar(doc, 'xray');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(/at most 10 containers/);
  });

  it('refuses when 2000/udp is taken in a shared network namespace, not in bridge mode', () => {
    const doc = awsvpcFargate();
    (doc.containerDefinitions as any[])[0].portMappings.push({ containerPort: 2000, protocol: 'udp' });
    const result = addSidecar(doc, 'xray');
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.message).toMatch(/2000\/udp \(X-Ray segments\) is already used by container 'checkout'/);
    const bridge = bridgeEc2();
    (bridge.containerDefinitions as any[])[0].portMappings.push({
      containerPort: 2000,
      hostPort: 0,
      protocol: 'udp',
    });
    expect(addSidecar(bridge, 'xray').ok).toBe(true);
  });

  it('also refuses ports the sidecars bind without mapping them (sampling proxy, statsd)', () => {
    const tcp = hostEc2();
    (tcp.containerDefinitions as any[])[0].portMappings.push({
      containerPort: 2000,
      hostPort: 2000,
      protocol: 'tcp',
    });
    expect(addSidecar(tcp, 'xray')).toMatchObject({ ok: false });
    const statsd = awsvpcFargate('2048', '4096');
    (statsd.containerDefinitions as any[])[0].portMappings.push({ containerPort: 8125, protocol: 'udp' });
    const result = addSidecar(statsd, 'adot');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(/8125\/udp \(the default config's statsd receiver\)/);
    // Next to a daemon, the collector runs the traces-only config: no statsd receiver, no conflict.
    const withDaemon = addSidecar(statsd, 'xray');
    expect(withDaemon.ok && addSidecar(withDaemon.document, 'adot').ok).toBe(true);
  });

  it('is idempotent: a second add changes nothing and says so', () => {
    const first = added(bridgeEc2(), 'xray').document;
    const second = added(first, 'xray');
    expect(second.document).toEqual(first);
    expect(second.changes).toEqual([]);
    expect(second.notes.join('\n')).toMatch(/already present/);
  });

  it('recognises an X-Ray daemon added by hand under another name by its image', () => {
    const doc = bridgeEc2();
    (doc.containerDefinitions as any[]).push({
      name: 'tracing',
      image: 'amazon/aws-xray-daemon',
      memory: 64,
      essential: false,
    });
    expect(hasSidecar(doc, 'xray')).toBe(true);
    expect(added(doc, 'xray').notes.join('\n')).toMatch(/already present \(container 'tracing'\)/);
  });

  it('keeps a variable the app already sets, and says so', () => {
    const doc = awsvpcFargate();
    (doc.containerDefinitions as any[])[0].environment.push({ name: 'AWS_XRAY_DAEMON_ADDRESS', value: '' });
    const { document, notes } = added(doc, 'xray');
    expect(containerNamed(document, 'checkout').environment).toEqual([
      { name: 'PORT', value: '8080' },
      { name: 'AWS_XRAY_DAEMON_ADDRESS', value: '' },
    ]);
    expect(notes.join('\n')).toMatch(/'checkout' already sets AWS_XRAY_DAEMON_ADDRESS=; left as is/);
  });

  it('adding again changes nothing, and names the containers added after the sidecar', () => {
    const once = added(awsvpcFargate(), 'xray').document;
    expect(added(once, 'xray').notes).toEqual([
      "The AWS X-Ray daemon is already present (container 'xray-daemon'); nothing changed.",
    ]);
    const late = {
      ...once,
      containerDefinitions: [...(once.containerDefinitions as JsonObject[]), { name: 'late', image: 'x' }],
    };
    const again = added(late, 'xray');
    expect(again.document).toBe(late);
    expect(again.changes).toEqual([]);
    expect(again.notes[1]).toMatch(/^Not wired to it: 'late' .*sidecar-not-wired/);
  });

  it('uses the Docker Hub image when asked, and refuses an empty one', () => {
    const { document } = added(bridgeEc2(), 'xray', { image: 'amazon/aws-xray-daemon:3.x' });
    expect(containerNamed(document, 'xray-daemon').image).toBe('amazon/aws-xray-daemon:3.x');
    expect(addSidecar(bridgeEc2(), 'xray', { image: ' ' }).ok).toBe(false);
  });

  it('a private ECR image on Fargate without an execution role gets a note (F22); with one, none', () => {
    const image = '123456789012.dkr.ecr.eu-west-1.amazonaws.com/mirror/aws-xray-daemon:3.x';
    const withoutRole = { ...awsvpcFargate() };
    delete withoutRole.executionRoleArn;
    delete (withoutRole.containerDefinitions as any[])[0].logConfiguration;
    const { notes, document } = added(withoutRole, 'xray', { image });
    expect(notes.join('\n')).toMatch(/private ECR repository .* set executionRoleArn/);
    expect(check(document).map((p) => p.code)).toContain('fargate-ecr-execution-role');
    expect(added(awsvpcFargate(), 'xray', { image }).notes.join('\n')).not.toMatch(/private ECR/);
    expect(added(withoutRole, 'xray').notes.join('\n')).not.toMatch(/private ECR/);
  });

  it('notes the maintenance dates, the policy with its five actions, and a missing task role', () => {
    const { notes } = added(defaultModeEc2(), 'xray');
    const text = notes.join('\n');
    expect(text).toMatch(/maintenance mode on 2026-02-25/);
    expect(text).toMatch(/end of support on 2027-02-25/);
    expect(text).toMatch(/AWSXRayDaemonWriteAccess/);
    for (const action of [
      'xray:PutTraceSegments',
      'xray:PutTelemetryRecords',
      'xray:GetSamplingRules',
      'xray:GetSamplingTargets',
      'xray:GetSamplingStatisticSummaries',
    ])
      expect(text).toContain(action);
    expect(text).toMatch(/taskRoleArn is not set/);
    expect(added(bridgeEc2(), 'xray').notes.join('\n')).not.toMatch(/taskRoleArn is not set/);
  });
});

describe('addSidecar adot', () => {
  it('awsvpc: collector with OTLP and X-Ray ports, default config, health check; apps use localhost', () => {
    const { document, notes } = added(awsvpcFargate('2048', '4096'), 'adot');
    const collector = containerNamed(document, 'aws-otel-collector');
    expect(collector.image).toBe(SIDECAR_CATALOG.adot.images[0]);
    expect(collector.essential).toBe(false);
    expect(collector.command).toEqual(['--config=/etc/ecs/ecs-default-config.yaml']);
    expect(collector.portMappings).toEqual([
      { containerPort: 4317, protocol: 'tcp' },
      { containerPort: 4318, protocol: 'tcp' },
      { containerPort: 2000, protocol: 'udp' },
    ]);
    expect(collector.healthCheck).toEqual({
      command: ['CMD', '/healthcheck'],
      interval: 5,
      timeout: 6,
      retries: 5,
      startPeriod: 1,
    });
    const app = containerNamed(document, 'checkout');
    expect(env(app)).toEqual({
      PORT: '8080',
      OTEL_EXPORTER_OTLP_ENDPOINT: 'http://localhost:4318',
      OTEL_EXPORTER_OTLP_PROTOCOL: 'http/protobuf',
      AWS_XRAY_DAEMON_ADDRESS: '127.0.0.1:2000',
    });
    expect(app.dependsOn).toEqual([{ containerName: 'aws-otel-collector', condition: 'START' }]);
    expect(app.links).toBeUndefined();
    expect(notes.join('\n')).toMatch(/cloudwatch:PutMetricData/);
    expect(notes.join('\n')).not.toMatch(/maintenance/);
    expect(errors(document)).toEqual([]);
  });

  it('bridge: links and the collector name in every address', () => {
    const { document } = added(bridgeEc2(), 'adot');
    const api = containerNamed(document, 'api');
    expect(env(api).OTEL_EXPORTER_OTLP_ENDPOINT).toBe('http://aws-otel-collector:4318');
    expect(env(api).AWS_XRAY_DAEMON_ADDRESS).toBe('aws-otel-collector:2000');
    expect(api.links).toEqual(['cache', 'aws-otel-collector']);
    expect(
      containerNamed(document, 'aws-otel-collector').portMappings.every((m: any) => m.hostPort === 0),
    ).toBe(true);
    expect(errors(document)).toEqual([]);
  });

  it('follows an app that already asks for OTLP over gRPC', () => {
    const doc = awsvpcFargate('2048', '4096');
    (doc.containerDefinitions as any[])[0].environment.push({
      name: 'OTEL_EXPORTER_OTLP_PROTOCOL',
      value: 'grpc',
    });
    const app = containerNamed(added(doc, 'adot').document, 'checkout');
    expect(env(app).OTEL_EXPORTER_OTLP_ENDPOINT).toBe('http://localhost:4317');
    expect(env(app).OTEL_EXPORTER_OTLP_PROTOCOL).toBe('grpc');
  });

  it('next to an X-Ray daemon: OTLP only, 2000/udp left to the daemon, both clean under check', () => {
    for (const make of [awsvpcFargate.bind(null, '2048', '4096'), bridgeEc2]) {
      const withDaemon = added(make(), 'xray').document;
      const { document, notes } = added(withDaemon, 'adot');
      const collector = containerNamed(document, 'aws-otel-collector');
      expect(collector.command).toEqual(['--config=/etc/ecs/ecs-xray.yaml']);
      expect(collector.portMappings.some((m: any) => m.containerPort === 2000)).toBe(false);
      const app = (document.containerDefinitions as any[])[0];
      expect(env(app).AWS_XRAY_DAEMON_ADDRESS).toBe(
        env((withDaemon.containerDefinitions as any[])[0]).AWS_XRAY_DAEMON_ADDRESS,
      );
      expect(env(containerNamed(document, 'xray-daemon'))).toEqual({});
      expect(notes.join('\n')).toMatch(/leaves 2000\/udp to the daemon/);
      expect(hasErrors(check(document))).toBe(false);
    }
  });

  it('refuses the daemon next to a collector that already receives X-Ray segments', () => {
    const withCollector = added(awsvpcFargate('2048', '4096'), 'adot').document;
    const result = addSidecar(withCollector, 'xray');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(/already receives X-Ray SDK segments/);
  });
});
