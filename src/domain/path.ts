// Paths in the AWS CLI's spelling: `containerDefinitions[0].portMappings[1].hostPort`.
import { isJsonObject, own, type JsonValue } from './json.ts';

export type PathSegment = string | number;

const SIMPLE_KEY = /^[A-Za-z_$][A-Za-z0-9_$-]*$/;

export function formatPath(segments: readonly PathSegment[]): string {
  let out = '';
  for (const s of segments) {
    if (typeof s === 'number') out += `[${s}]`;
    else if (SIMPLE_KEY.test(s)) out += out === '' ? s : `.${s}`;
    else out += `[${JSON.stringify(s)}]`;
  }
  return out;
}

export function parsePath(path: string): PathSegment[] {
  const out: PathSegment[] = [];
  const re = /\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]|\.?([^.[\]]+)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(path)) !== null) {
    if (m[1] !== undefined) out.push(Number(m[1]));
    else if (m[2] !== undefined) out.push(JSON.parse(m[2]) as string);
    else if (m[3] !== undefined) out.push(m[3]);
  }
  return out;
}

export function getAt(root: JsonValue, segments: readonly PathSegment[]): JsonValue | undefined {
  let cur: JsonValue | undefined = root;
  for (const s of segments) {
    if (typeof s === 'number') cur = Array.isArray(cur) ? cur[s] : undefined;
    else cur = isJsonObject(cur) ? own(cur, s) : undefined;
    if (cur === undefined) return undefined;
  }
  return cur;
}

function defineOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/**
 * Immutable write with structural sharing: only the ancestors of the path are copied, every other
 * subtree keeps its identity (views diff by reference). Missing containers are created (an object for
 * a string segment, an array for a number). `undefined` deletes the key, or removes the array item.
 */
export function setAt(
  root: JsonValue,
  segments: readonly PathSegment[],
  value: JsonValue | undefined,
): JsonValue {
  const [head, ...rest] = segments;
  if (head === undefined) return value === undefined ? null : value;
  if (typeof head === 'number') {
    const base: JsonValue[] = Array.isArray(root) ? [...root] : [];
    if (rest.length === 0 && value === undefined) {
      base.splice(head, 1);
      return base;
    }
    const child = base[head];
    base[head] =
      rest.length === 0
        ? (value as JsonValue)
        : setAt(child ?? (typeof rest[0] === 'number' ? [] : {}), rest, value);
    return base;
  }
  const base: Record<string, JsonValue> = {};
  if (isJsonObject(root)) for (const k of Object.keys(root)) defineOwn(base, k, root[k]);
  if (rest.length === 0) {
    if (value === undefined) Reflect.deleteProperty(base, head);
    else defineOwn(base, head, value);
    return base;
  }
  const child = isJsonObject(root) ? own(root, head) : undefined;
  defineOwn(base, head, setAt(child ?? (typeof rest[0] === 'number' ? [] : {}), rest, value));
  return base;
}
