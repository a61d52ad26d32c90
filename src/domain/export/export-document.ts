// Deterministic output: the model's member order (unknown keys after the known ones, in their original
// order), no nulls, no empty optional lists/objects, 2-space JSON with a final newline.
import { isJsonObject, type JsonObject, type JsonValue } from '../json.ts';
import { describeSchema, memberOf, ROOT_SCHEMA, type Schema } from '../import/model-walk.ts';
import { normalizeClean } from '../import/normalize.ts';
import { put } from '../import/to-json.ts';

export function exportDocument(doc: JsonObject): JsonObject {
  const cleaned = normalizeClean(doc);
  const out = order(cleaned, ROOT_SCHEMA);
  return isJsonObject(out) ? out : {};
}

export function exportJson(doc: JsonObject): string {
  return `${JSON.stringify(exportDocument(doc), null, 2)}\n`;
}

function order(value: JsonValue, schema: Schema | undefined): JsonValue {
  const expect = schema ? describeSchema(schema).expect : undefined;
  if (Array.isArray(value))
    return value.map((v) => order(v, expect?.kind === 'array' ? expect.element : undefined));
  if (!isJsonObject(value)) return value;
  const out: JsonObject = {};
  if (expect?.kind === 'object') {
    for (const key of expect.keys) {
      if (Object.prototype.hasOwnProperty.call(value, key))
        put(out, key, order(value[key] ?? null, memberOf(expect, key)));
    }
    for (const key of Object.keys(value)) {
      if (!memberOf(expect, key)) put(out, key, order(value[key] ?? null, undefined));
    }
    return out;
  }
  const valueSchema = expect?.kind === 'record' ? expect.value : undefined;
  for (const key of Object.keys(value)) put(out, key, order(value[key] ?? null, valueSchema));
  return out;
}
