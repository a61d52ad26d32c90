// Deterministic output: the model's member order (unknown keys after the known ones, in their original
// order), no nulls, no empty optional lists/objects, 2-space JSON with a final newline.
import { isJsonObject, type JsonObject, type JsonValue } from '../json.ts';
import { describeSchema, memberOf, ROOT_SCHEMA, type Schema } from '../import/model-walk.ts';
import { normalizeClean } from '../import/normalize.ts';
import { MAX_DEPTH, put } from '../import/to-json.ts';

export function exportDocument(doc: JsonObject): JsonObject {
  const cleaned = normalizeClean(doc);
  const out = order(cleaned, ROOT_SCHEMA, 0);
  return isJsonObject(out) ? out : {};
}

export function exportJson(doc: JsonObject): string {
  return `${JSON.stringify(exportDocument(doc), null, 2)}\n`;
}

function order(value: JsonValue, schema: Schema | undefined, depth: number): JsonValue {
  if (depth >= MAX_DEPTH) return value;
  const expect = schema ? describeSchema(schema).expect : undefined;
  if (Array.isArray(value))
    return value.map((v) => order(v, expect?.kind === 'array' ? expect.element : undefined, depth + 1));
  if (!isJsonObject(value)) return value;
  const out: JsonObject = {};
  if (expect?.kind === 'object') {
    for (const key of expect.keys) {
      if (Object.prototype.hasOwnProperty.call(value, key))
        put(out, key, order(value[key] ?? null, memberOf(expect, key), depth + 1));
    }
    for (const key of Object.keys(value)) {
      if (!memberOf(expect, key)) put(out, key, order(value[key] ?? null, undefined, depth + 1));
    }
    return out;
  }
  const valueSchema = expect?.kind === 'record' ? expect.value : undefined;
  for (const key of Object.keys(value)) put(out, key, order(value[key] ?? null, valueSchema, depth + 1));
  return out;
}
