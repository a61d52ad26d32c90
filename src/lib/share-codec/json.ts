// A JSON value <-> payload, on top of the text codec. JSON.parse keeps keys such as `__proto__` as
// own data properties, and JSON.stringify writes them back, so such keys survive the trip as data.
import type { JsonValue } from '../../domain/index.ts';
import { decodeText, encodeText } from './codec.ts';

export type DecodeJsonResult = { ok: true; value: JsonValue } | { ok: false; error: string };

export function encodeJson(value: JsonValue): Promise<string> {
  return encodeText(JSON.stringify(value));
}

export async function decodeJson(payload: string): Promise<DecodeJsonResult> {
  const text = await decodeText(payload);
  if (!text.ok) return text;
  try {
    return { ok: true, value: JSON.parse(text.text) as JsonValue };
  } catch {
    return { ok: false, error: 'The link is damaged: its data is not valid JSON.' };
  }
}
