// Reads port mappings tolerantly for the section D rules (RULES.md 35–45).
import { isJsonObject, own, type JsonObject } from '../../json.ts';
import { arr, containers, num, str, type ContainerRef } from '../rule.ts';

export interface MappingRef {
  readonly container: ContainerRef;
  readonly index: number;
  readonly mapping: JsonObject;
  /** `containerDefinitions[0].portMappings[1]` */
  readonly path: string;
  readonly containerPort: number | undefined;
  readonly hostPort: number | undefined;
  /** Lower-case; tcp when omitted. */
  readonly protocol: string;
  readonly range: string | undefined;
}

export function mappingsOf(ref: ContainerRef): MappingRef[] {
  const out: MappingRef[] = [];
  arr(own(ref.container, 'portMappings')).forEach((m, index) => {
    if (!isJsonObject(m)) return;
    const containerPort = num(own(m, 'containerPort'));
    const hostPort = num(own(m, 'hostPort'));
    out.push({
      container: ref,
      index,
      mapping: m,
      path: `${ref.path}.portMappings[${index}]`,
      containerPort,
      hostPort,
      protocol: (str(own(m, 'protocol')) ?? 'tcp').toLowerCase(),
      range: str(own(m, 'containerPortRange')),
    });
  });
  return out;
}

export function allMappings(doc: JsonObject): MappingRef[] {
  return containers(doc).flatMap(mappingsOf);
}

/** The port bound on the host: the fixed hostPort (bridge), or the containerPort in host mode. */
export function boundHostPort(m: MappingRef, mode: string): number | undefined {
  if (m.range !== undefined) return undefined;
  if (mode === 'host') return m.hostPort ?? m.containerPort;
  return m.hostPort !== undefined && m.hostPort > 0 ? m.hostPort : undefined;
}
