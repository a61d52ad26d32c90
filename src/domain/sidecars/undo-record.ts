// What add could not express in the document's structure, so that remove restores the document exactly.
//
// Remove normally computes the inverse from the sidecar itself (its name, its ports): it takes out the
// sidecar, the links and dependsOn entries that name it, and the variables that point at it. That is
// exact except where add left something as it found it and remove could not tell:
// - a variable, link or dependsOn entry that already matched before add (`keep`);
// - a list that was already present but empty, which remove would otherwise delete (`empty`);
// - a task size add grew (`cpu`/`memory`: the value before and the value add set).
// Only then does add write this record, as a Docker label on the sidecar container: it travels with the
// document (files, the CLI, register/describe) and leaves with the sidecar.
import type { JsonValue } from '../json.ts';

export type Pair = readonly [container: string, what: string];
/** [value before add (null: absent), value add set]. */
export type SizeChange = readonly [before: JsonValue, after: JsonValue];

export interface UndoRecord {
  readonly keep: readonly Pair[];
  readonly empty: readonly Pair[];
  readonly cpu?: SizeChange;
  readonly memory?: SizeChange;
}

export const EMPTY_RECORD: UndoRecord = { keep: [], empty: [] };

export function isEmptyRecord(r: UndoRecord): boolean {
  return r.keep.length === 0 && r.empty.length === 0 && r.cpu === undefined && r.memory === undefined;
}

export function hasPair(list: readonly Pair[], container: string, what: string): boolean {
  return list.some(([c, w]) => c === container && w === what);
}

export function encodeRecord(r: UndoRecord): string {
  const out: Record<string, JsonValue> = {};
  if (r.keep.length > 0) out.keep = r.keep.map(([c, w]) => [c, w]);
  if (r.empty.length > 0) out.empty = r.empty.map(([c, w]) => [c, w]);
  if (r.cpu) out.cpu = [r.cpu[0], r.cpu[1]];
  if (r.memory) out.memory = [r.memory[0], r.memory[1]];
  return JSON.stringify(out);
}

function pairs(value: unknown): Pair[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((p: unknown): Pair[] =>
    Array.isArray(p) && typeof p[0] === 'string' && typeof p[1] === 'string' ? [[p[0], p[1]]] : [],
  );
}

function size(value: unknown): SizeChange | undefined {
  return Array.isArray(value) && value.length === 2
    ? [value[0] as JsonValue, value[1] as JsonValue]
    : undefined;
}

/** Tolerant: a missing or mangled label reads as "nothing recorded" (remove then uses the structure). */
export function decodeRecord(text: string | undefined): { record: UndoRecord; readable: boolean } {
  if (text === undefined) return { record: EMPTY_RECORD, readable: true };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { record: EMPTY_RECORD, readable: false };
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
    return { record: EMPTY_RECORD, readable: false };
  const o = parsed as Record<string, unknown>;
  const cpu = size(o.cpu);
  const memory = size(o.memory);
  return {
    record: {
      keep: pairs(o.keep),
      empty: pairs(o.empty),
      ...(cpu ? { cpu } : {}),
      ...(memory ? { memory } : {}),
    },
    readable: true,
  };
}
