// How application containers reach a sidecar, per network mode (XRAY.md section 3 and section 6):
// bridge gives each container its own network namespace, so apps link to the sidecar and use its name;
// awsvpc and host share one namespace, so apps use the loopback address and no links (RULES.md 31).
import { own, type JsonObject, type JsonValue } from '../json.ts';
import { arr, containers, obj, str } from '../rules/rule.ts';
import { SIDECAR_CATALOG, imageRepository, type SidecarKind } from './catalog.ts';

export type SidecarMode = 'bridge' | 'awsvpc' | 'host';

export interface ContainerAt {
  readonly index: number;
  readonly name: string;
  readonly container: JsonObject;
}

export const XRAY_ADDRESS = 'AWS_XRAY_DAEMON_ADDRESS';
export const OTLP_ENDPOINT = 'OTEL_EXPORTER_OTLP_ENDPOINT';
export const OTLP_PROTOCOL = 'OTEL_EXPORTER_OTLP_PROTOCOL';

const VALID_NAME = /^[A-Za-z0-9_-]{1,255}$/;

export function otherKind(kind: SidecarKind): SidecarKind {
  return kind === 'xray' ? 'adot' : 'xray';
}

/** The sidecar of this kind: the container with the catalog name, else one running a catalog image. */
export function findSidecar(doc: JsonObject, kind: SidecarKind): ContainerAt | undefined {
  const entry = SIDECAR_CATALOG[kind];
  const all = containers(doc);
  const byName = all.find((c) => c.name === entry.containerName);
  const repos = entry.images.map(imageRepository);
  const found =
    byName ??
    all.find((c) => {
      const image = str(own(c.container, 'image'));
      return image !== undefined && repos.includes(imageRepository(image.trim()));
    });
  return found?.name !== undefined
    ? { index: found.index, name: found.name, container: found.container }
    : undefined;
}

/**
 * The containers a sidecar wires: every container except the sidecars themselves. Add and remove use
 * the same set, so remove undoes exactly what add did. Containers without a valid name are `skipped`
 * (links and records need a name; the name rule reports them).
 */
export function appContainers(
  doc: JsonObject,
  kind: SidecarKind,
): { apps: ContainerAt[]; skipped: number[] } {
  const exclude = new Set([findSidecar(doc, kind)?.index, findSidecar(doc, otherKind(kind))?.index]);
  const apps: ContainerAt[] = [];
  const skipped: number[] = [];
  for (const c of containers(doc)) {
    if (exclude.has(c.index)) continue;
    if (c.name !== undefined && VALID_NAME.test(c.name))
      apps.push({ index: c.index, name: c.name, container: c.container });
    else skipped.push(c.index);
  }
  return { apps, skipped };
}

/** Does this container receive X-Ray segments, i.e. map 2000/udp? */
export function mapsXrayPort(container: JsonObject): boolean {
  return arr(own(container, 'portMappings')).some((m) => {
    const o = obj(m);
    return o !== undefined && own(o, 'containerPort') === 2000 && own(o, 'protocol') === 'udp';
  });
}

/** The `environment` entries named `name` (objects only). */
export function envEntries(app: JsonObject, name: string): JsonObject[] {
  return arr(own(app, 'environment')).flatMap((e) => {
    const o = obj(e);
    return o !== undefined && own(o, 'name') === name ? [o] : [];
  });
}

/** Is this entry's value one of `values`? */
export function valueIn(entry: JsonObject, values: readonly string[]): boolean {
  const value = str(own(entry, 'value'));
  return value !== undefined && values.includes(value);
}

function envValue(app: JsonObject, name: string): string | undefined {
  const entry = envEntries(app, name)[0];
  return entry ? (str(own(entry, 'value')) ?? '') : undefined;
}

/** A variable counts as set when `environment` or `secrets` names it. */
export function definesVar(app: JsonObject, name: string): boolean {
  const named = (list: JsonValue | undefined) => arr(list).some((e) => own(obj(e) ?? {}, 'name') === name);
  return named(own(app, 'environment')) || named(own(app, 'secrets'));
}

export interface WireContext {
  readonly mode: SidecarMode;
  readonly sidecarName: string;
  /** ADOT only: the collector listens on 2000/udp for X-Ray SDK segments. */
  readonly xrayReceiver: boolean;
}

/** The variables this sidecar gives one app container, before looking at what the app already sets. */
export function envFor(
  kind: SidecarKind,
  ctx: WireContext,
  app: JsonObject,
): { name: string; value: string }[] {
  const xrayHost = ctx.mode === 'bridge' ? ctx.sidecarName : '127.0.0.1';
  const xray = { name: XRAY_ADDRESS, value: `${xrayHost}:2000` };
  if (kind === 'xray') return [xray];
  // OTLP over HTTP (4318) unless the app already asks for gRPC (4317): the port must match the protocol.
  const grpc = envValue(app, OTLP_PROTOCOL) === 'grpc';
  const otlpHost = ctx.mode === 'bridge' ? ctx.sidecarName : 'localhost';
  const out = [{ name: OTLP_ENDPOINT, value: `http://${otlpHost}:${grpc ? 4317 : 4318}` }];
  out.push({ name: OTLP_PROTOCOL, value: 'http/protobuf' });
  if (ctx.xrayReceiver) out.push(xray);
  return out;
}

/**
 * Values remove treats as the sidecar's own. Independent of the network mode on purpose, so that a mode
 * changed between add and remove does not strand a variable; add records pre-existing matches instead.
 */
export function removableValues(kind: SidecarKind, ctx: WireContext, name: string): readonly string[] {
  const n = ctx.sidecarName;
  if (name === XRAY_ADDRESS && (kind === 'xray' || ctx.xrayReceiver))
    return [`${n}:2000`, '127.0.0.1:2000', 'localhost:2000'];
  if (kind !== 'adot') return [];
  if (name === OTLP_ENDPOINT)
    return [n, 'localhost', '127.0.0.1'].flatMap((h) => [`http://${h}:4317`, `http://${h}:4318`]);
  if (name === OTLP_PROTOCOL) return ['http/protobuf'];
  return [];
}

export function varsOf(kind: SidecarKind, ctx: WireContext): string[] {
  return [XRAY_ADDRESS, OTLP_ENDPOINT, OTLP_PROTOCOL].filter((v) => removableValues(kind, ctx, v).length > 0);
}

/** `links` entries are `name` or `name:alias`. */
export function linksTo(entry: JsonValue, name: string): boolean {
  return typeof entry === 'string' && (entry === name || entry.startsWith(`${name}:`));
}

export function dependsOnTo(entry: JsonValue, name: string): boolean {
  const o = obj(entry);
  return o !== undefined && own(o, 'containerName') === name;
}
