// What an edit touched: the deepest path under which the two documents differ in exactly one place.
// Used to decide whether two keystrokes belong to the same step. Works on plain JSON values; documents
// parsed from the JSON pane share no references, so equal subtrees are compared by value.
import { isJsonObject, jsonEqual, own, type JsonValue } from '../../domain/index.ts';

export function changedPath(before: JsonValue, after: JsonValue): string {
  const parts: string[] = [];
  let a: JsonValue | undefined = before;
  let b: JsonValue | undefined = after;
  for (let depth = 0; depth < 64; depth++) {
    if (a === undefined || b === undefined) break;
    const next = singleDifference(a, b);
    if (next === undefined) break;
    parts.push(next.key);
    a = next.a;
    b = next.b;
  }
  return parts.join('/');
}

interface Step {
  readonly key: string;
  readonly a: JsonValue | undefined;
  readonly b: JsonValue | undefined;
}

function singleDifference(a: JsonValue, b: JsonValue): Step | undefined {
  let found: Step | undefined;
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) return undefined;
    for (let i = 0; i < a.length; i++) {
      const x = a[i];
      const y = b[i];
      if (x === y || (x !== undefined && y !== undefined && jsonEqual(x, y))) continue;
      if (found) return undefined;
      found = { key: String(i), a: x, b: y };
    }
    return found;
  }
  if (isJsonObject(a) && isJsonObject(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const k of keys) {
      const x = own(a, k);
      const y = own(b, k);
      if (x === y || (x !== undefined && y !== undefined && jsonEqual(x, y))) continue;
      if (found) return undefined;
      found = { key: k, a: x, b: y };
    }
    return found;
  }
  return undefined;
}
