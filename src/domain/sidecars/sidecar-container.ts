// The sidecar container definitions themselves.
// X-Ray daemon: the AWS example (XRAY.md section 2) with `essential: false`, so a daemon crash does not
// stop the application (AWS leaves that choice open). The image's entrypoint already listens on
// 0.0.0.0:2000, so no command is needed (XRAY.md section 1); it has no shell or health check tool.
// ADOT collector: AWS's examples (XRAY.md section 6): baked-in config via --config, /healthcheck.
import { own, type JsonObject, type JsonValue } from '../json.ts';
import { obj, str } from '../rules/rule.ts';
import {
  ADOT_DEFAULT_CONFIG,
  ADOT_XRAY_ONLY_CONFIG,
  SIDECAR_CATALOG,
  SIDECAR_RESOURCES,
  type SidecarKind,
} from './catalog.ts';
import type { ContainerAt, SidecarMode } from './wiring.ts';

export interface SidecarShape {
  readonly image: string;
  readonly mode: SidecarMode;
  /** ADOT: listen on 2000/udp for X-Ray SDK segments (false when an X-Ray daemon owns that port). */
  readonly xrayReceiver: boolean;
  readonly logOptions?: JsonObject | undefined;
}

function port(containerPort: number, protocol: 'tcp' | 'udp', mode: SidecarMode): JsonObject {
  // bridge: dynamic host port (the apps talk over the link, no host port is needed);
  // awsvpc/host: hostPort omitted, which means "same as containerPort" (RULES.md 35, 36).
  return mode === 'bridge' ? { containerPort, hostPort: 0, protocol } : { containerPort, protocol };
}

/**
 * awslogs for the sidecar only when an application container already uses awslogs: same group and
 * region (and create-group), the sidecar's own stream prefix. Anything else (FireLens, splunk, no
 * logging) is left to the user rather than guessed.
 */
export function awslogsFrom(apps: readonly ContainerAt[], streamPrefix: string): JsonObject | undefined {
  const essentialFirst = [...apps].sort(
    (a, b) =>
      Number(own(a.container, 'essential') === false) - Number(own(b.container, 'essential') === false),
  );
  for (const { container } of essentialFirst) {
    const log = obj(own(container, 'logConfiguration'));
    const options = obj(own(log ?? {}, 'options'));
    if (own(log ?? {}, 'logDriver') !== 'awslogs' || !options) continue;
    const group = str(own(options, 'awslogs-group'));
    if (group === undefined) continue;
    const out: JsonObject = { 'awslogs-group': group };
    const region = str(own(options, 'awslogs-region'));
    if (region !== undefined) out['awslogs-region'] = region;
    const create = own(options, 'awslogs-create-group');
    if (typeof create === 'string') out['awslogs-create-group'] = create;
    out['awslogs-stream-prefix'] = streamPrefix;
    return out;
  }
  return undefined;
}

export interface ListenPort {
  readonly port: number;
  readonly protocol: 'tcp' | 'udp';
  readonly role: string;
}

/** Every port the sidecar binds, mapped or not (XRAY.md sections 1 and 6). */
export function listenPorts(kind: SidecarKind, xrayReceiver: boolean): ListenPort[] {
  if (kind === 'xray')
    return [
      { port: 2000, protocol: 'udp', role: 'X-Ray segments' },
      { port: 2000, protocol: 'tcp', role: 'the X-Ray sampling proxy' },
    ];
  return [
    { port: 4317, protocol: 'tcp', role: 'OTLP gRPC' },
    { port: 4318, protocol: 'tcp', role: 'OTLP HTTP' },
    ...(xrayReceiver
      ? [
          { port: 2000, protocol: 'udp', role: 'X-Ray segments' } as const,
          { port: 8125, protocol: 'udp', role: "the default config's statsd receiver" } as const,
        ]
      : []),
  ];
}

export function buildSidecar(kind: SidecarKind, shape: SidecarShape): JsonObject {
  const name = SIDECAR_CATALOG[kind].containerName;
  const { cpu, memoryReservation } = SIDECAR_RESOURCES[kind];
  const out: Record<string, JsonValue> = {
    name,
    image: shape.image,
    essential: false,
    cpu,
    memoryReservation,
  };
  if (kind === 'xray') {
    out.portMappings = [port(2000, 'udp', shape.mode)];
  } else {
    out.command = [`--config=${shape.xrayReceiver ? ADOT_DEFAULT_CONFIG : ADOT_XRAY_ONLY_CONFIG}`];
    out.portMappings = [
      port(4317, 'tcp', shape.mode),
      port(4318, 'tcp', shape.mode),
      ...(shape.xrayReceiver ? [port(2000, 'udp', shape.mode)] : []),
    ];
    // AWS's examples use ["/healthcheck"]; ECS expects the Docker form with CMD first (RULES.md 67), and
    // the image has no shell, so CMD (exec) rather than CMD-SHELL. Timings as in the examples (RULES.md 68).
    out.healthCheck = {
      command: ['CMD', '/healthcheck'],
      interval: 5,
      timeout: 6,
      retries: 5,
      startPeriod: 1,
    };
  }
  if (shape.logOptions) out.logConfiguration = { logDriver: 'awslogs', options: shape.logOptions };
  return out;
}
