// Turns an already-parsed value (from JSON.parse, the YAML reader, or a caller) into plain JSON data,
// without recursion deep enough to overflow the stack and without touching any prototype.
import type { JsonObject, JsonValue } from '../json.ts';

/** Deeper than any real task definition (about 8 levels) or CloudFormation template (about 15). */
export const MAX_DEPTH = 200;

/** Own, enumerable data property: keys such as `__proto__` stay data. */
export function put(target: JsonObject, key: string, value: JsonValue): void {
  // Only `__proto__` is an accessor on a plain object; every other key is safe to assign (and faster).
  if (key === '__proto__') {
    Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  } else target[key] = value;
}

export type ToJsonResult = { ok: true; value: JsonValue } | { ok: false; message: string };

export function toJsonValue(input: unknown, bigIntegers: Map<number, string>): ToJsonResult {
  const ancestors = new Set<object>();
  let tooDeep = false;
  let cycle = false;
  // YAML's .inf/.nan and 1e400, or NaN from a caller: JSON has no such number. Refused (as the JSON
  // reader refuses 1e400) rather than turned into null, which the normalizer then removed as "null".
  let nonFinite: string | undefined;
  const convert = (value: unknown, depth: number, key = ''): JsonValue | undefined => {
    if (value === null) return null;
    switch (typeof value) {
      case 'string':
      case 'boolean':
        return value;
      case 'number':
        if (!Number.isFinite(value))
          nonFinite ??= `${key === '' ? 'A value' : `"${key}"`} is ${String(value)}`;
        return Number.isFinite(value) ? value : null;
      case 'bigint': {
        // YAML is read with intAsBigInt: keep the exact digits for the places that want a string.
        const rounded = Number(value);
        if (!Number.isSafeInteger(rounded)) bigIntegers.set(rounded, value.toString());
        return rounded;
      }
      case 'object':
        break;
      default:
        return undefined;
    }
    if (depth >= MAX_DEPTH) {
      tooDeep = true;
      return null;
    }
    if (ancestors.has(value)) {
      cycle = true;
      return null;
    }
    if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString();
    ancestors.add(value);
    let out: JsonValue;
    if (Array.isArray(value)) {
      const items: unknown[] = value;
      out = items.map((v) => convert(v, depth + 1, key) ?? null);
    } else {
      const obj: JsonObject = {};
      const src = value as Record<string, unknown>;
      for (const key of Object.keys(src)) {
        const v = convert(src[key], depth + 1, key);
        if (v !== undefined) put(obj, key, v);
        if (tooDeep || cycle) break;
      }
      out = obj;
    }
    ancestors.delete(value);
    return out;
  };
  try {
    const value = convert(input, 0);
    if (cycle) return { ok: false, message: 'The value refers to itself (a cycle); it is not JSON data.' };
    if (tooDeep)
      return { ok: false, message: `The document is nested too deeply (more than ${MAX_DEPTH} levels).` };
    if (nonFinite !== undefined)
      return {
        ok: false,
        message: `${nonFinite}, a number JSON cannot hold (YAML .inf, .nan, or beyond about 1.8e308). Quote it or use a finite number.`,
      };
    return { ok: true, value: value ?? null };
  } catch (e) {
    return { ok: false, message: `The value could not be read as JSON data (${describeError(e)}).` };
  }
}

export function describeError(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
