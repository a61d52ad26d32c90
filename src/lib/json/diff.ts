// Document -> the smallest list of path changes that turns `before` into `after`. The store shares
// structure (setAt copies only ancestors), so identical references end the walk early.
import { isJsonObject, jsonEqual, own, type JsonValue, type PathSegment } from '../../domain/index.ts';

export interface JsonChange {
  readonly path: readonly PathSegment[];
  /** `undefined` removes the key or the array item. */
  readonly value: JsonValue | undefined;
  /** Insert a new array item at the index instead of replacing the one there. */
  readonly insert?: boolean;
}

/** Changes in an order that is valid when applied one after the other. */
export function diffJson(before: JsonValue, after: JsonValue): JsonChange[] {
  const out: JsonChange[] = [];
  walk(before, after, [], out);
  return out;
}

function walk(a: JsonValue, b: JsonValue, path: PathSegment[], out: JsonChange[]): void {
  if (a === b) return;
  if (isJsonObject(a) && isJsonObject(b)) {
    for (const k of Object.keys(a)) {
      if (own(b, k) === undefined) out.push({ path: [...path, k], value: undefined });
    }
    for (const k of Object.keys(b)) {
      const bv = own(b, k) as JsonValue;
      const av = own(a, k);
      if (av === undefined) out.push({ path: [...path, k], value: bv });
      else walk(av, bv, [...path, k], out);
    }
    return;
  }
  if (Array.isArray(a) && Array.isArray(b)) {
    walkArray(a, b, path, out);
    return;
  }
  if (jsonEqual(a, b)) return;
  out.push({ path, value: b });
}

function walkArray(a: JsonValue[], b: JsonValue[], path: PathSegment[], out: JsonChange[]): void {
  const min = Math.min(a.length, b.length);
  let p = 0;
  while (p < min && same(a[p], b[p])) p++;
  let s = 0;
  while (s < min - p && same(a[a.length - 1 - s], b[b.length - 1 - s])) s++;
  if (b.length > a.length && p + s === a.length) {
    // One block inserted at p (the common case: "Add container", "Add port mapping").
    for (let i = p; i < b.length - s; i++) out.push({ path: [...path, i], value: b[i], insert: true });
    return;
  }
  if (a.length > b.length && p + s === b.length) {
    // One block removed at p.
    for (let i = 0; i < a.length - b.length; i++) out.push({ path: [...path, p], value: undefined });
    return;
  }
  for (let i = 0; i < min; i++) walk(a[i] as JsonValue, b[i] as JsonValue, [...path, i], out);
  for (let i = a.length; i < b.length; i++) out.push({ path: [...path, i], value: b[i], insert: true });
  for (let i = b.length; i < a.length; i++) out.push({ path: [...path, b.length], value: undefined });
}

function same(x: JsonValue | undefined, y: JsonValue | undefined): boolean {
  return x === y || jsonEqual(x, y);
}
