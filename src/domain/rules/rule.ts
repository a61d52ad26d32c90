// What every rule shares. Rules read the raw document (any JSON), so each accessor here tolerates
// wrong types: a rule never throws on what a user pasted; the schema reports the wrong type.
import { isJsonObject, own, type JsonObject, type JsonValue } from '../json.ts';
import type { Problem } from '../problem.ts';

/** One rule: reads the document, returns its findings. `id` is the rule's code (or code family). */
export interface Rule {
  readonly id: string;
  readonly check: (doc: JsonObject) => Problem[];
}

export function arr(value: JsonValue | undefined): JsonValue[] {
  return Array.isArray(value) ? value : [];
}

export function obj(value: JsonValue | undefined): JsonObject | undefined {
  return isJsonObject(value) ? value : undefined;
}

export function str(value: JsonValue | undefined): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** A number, or a string holding an integer (task cpu/memory are strings in the API). */
export function num(value: JsonValue | undefined): number | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string' && /^\s*\d+\s*$/.test(value)) return Number(value);
  return undefined;
}

export function field(o: JsonObject | undefined, key: string): JsonValue | undefined {
  return o ? own(o, key) : undefined;
}

export interface ContainerRef {
  readonly index: number;
  readonly container: JsonObject;
  readonly name: string | undefined;
  /** `containerDefinitions[3]` */
  readonly path: string;
}

export function containers(doc: JsonObject): ContainerRef[] {
  const out: ContainerRef[] = [];
  arr(own(doc, 'containerDefinitions')).forEach((c, index) => {
    if (isJsonObject(c))
      out.push({ index, container: c, name: str(own(c, 'name')), path: `containerDefinitions[${index}]` });
  });
  return out;
}

export function compatibilities(doc: JsonObject): string[] {
  return arr(own(doc, 'requiresCompatibilities')).filter((v): v is string => typeof v === 'string');
}

/** RULES.md 8: any entry containing FARGATE turns on the Fargate rules. */
export function isFargate(doc: JsonObject): boolean {
  return compatibilities(doc).some((c) => c.toUpperCase().includes('FARGATE'));
}

export function osFamily(doc: JsonObject): string | undefined {
  return str(field(obj(own(doc, 'runtimePlatform')), 'operatingSystemFamily'));
}

export function isWindows(doc: JsonObject): boolean {
  return (osFamily(doc) ?? '').startsWith('WINDOWS');
}

/** The effective network mode: omitted means bridge on Linux (RULES.md 27). */
export function networkMode(doc: JsonObject): string {
  return str(own(doc, 'networkMode')) ?? (isWindows(doc) ? 'default' : 'bridge');
}
