// Helpers shared by the task-level rules (RULES.md sections A–D). Tolerant like rule.ts: wrong types
// read as "absent", because the schema already reports them.
import { parseTaskCpu, parseTaskMemory } from '../../fargate.ts';
import { isJsonObject, own, type JsonObject, type JsonValue } from '../../json.ts';
import { parsePath, setAt, type PathSegment } from '../../path.ts';
import type { Fix } from '../../problem.ts';
import { containers, num, type ContainerRef } from '../rule.ts';

/** Immutable write at an AWS CLI path; `undefined` removes the key (or the array item). */
export function setIn(
  doc: JsonObject,
  path: string | readonly PathSegment[],
  value: JsonValue | undefined,
): JsonObject {
  const out = setAt(doc, typeof path === 'string' ? parsePath(path) : path, value);
  return isJsonObject(out) ? out : doc;
}

export function setFix(title: string, path: string, value: JsonValue | undefined): Fix {
  return { title, apply: (doc) => setIn(doc, path, value) };
}

/** Task memory in MiB when present and readable ("2048", "2 GB"); undefined otherwise. */
export function taskMemory(doc: JsonObject): number | undefined {
  return parseTaskMemory(own(doc, 'memory'));
}

export function taskCpu(doc: JsonObject): number | undefined {
  return parseTaskCpu(own(doc, 'cpu'));
}

/** A positive integer read from a number or a numeric string (the schema reports the string). */
export function posInt(value: JsonValue | undefined): number | undefined {
  const n = num(value);
  return n !== undefined && Number.isInteger(n) && n > 0 ? n : undefined;
}

/** How ECS names a container in its messages: the name, or its position when it has none. */
export function label(ref: ContainerRef): string {
  return ref.name ?? ref.path;
}

export interface Needs {
  /** Σ container cpu units. */
  readonly cpu: number;
  /** The most memory any single container may use (largest hard limit or reservation). */
  readonly maxMemory: number;
  /** Σ memoryReservation. */
  readonly reservations: number;
  /** Σ per container max(memory, memoryReservation): what the containers need together. */
  readonly memory: number;
}

export function containerNeeds(doc: JsonObject): Needs {
  let cpu = 0;
  let maxMemory = 0;
  let reservations = 0;
  let memory = 0;
  for (const { container } of containers(doc)) {
    cpu += posInt(own(container, 'cpu')) ?? 0;
    const hard = posInt(own(container, 'memory')) ?? 0;
    const soft = posInt(own(container, 'memoryReservation')) ?? 0;
    reservations += soft;
    maxMemory = Math.max(maxMemory, hard, soft);
    memory += Math.max(hard, soft);
  }
  return { cpu, maxMemory, reservations, memory };
}

export function quote(value: string): string {
  return `"${value}"`;
}
