// A JSON value <-> payload, on top of the text codec. JSON.parse keeps keys such as `__proto__` as
// own data properties, and JSON.stringify writes them back, so such keys survive the trip as data.
import type { JsonValue } from '../../domain/index.ts';
import { decodeText, encodeText } from './codec.ts';

export type DecodeJsonResult = { ok: true; value: JsonValue } | { ok: false; error: string };

/** The editor's other readers stop at this nesting too; no real document comes near it. */
export const MAX_JSON_DEPTH = 200;

/** The deepest bracket nesting in JSON text, counting only brackets outside strings. */
export function jsonDepth(text: string): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) max = Math.max(max, ++depth);
    else if (c === 0x5d || c === 0x7d) depth--;
  }
  return max;
}

export function encodeJson(value: JsonValue): Promise<string> {
  return encodeText(JSON.stringify(value));
}

export async function decodeJson(payload: string): Promise<DecodeJsonResult> {
  const text = await decodeText(payload);
  if (!text.ok) return text;
  if (jsonDepth(text.text) > MAX_JSON_DEPTH)
    return {
      ok: false,
      error: `The link's data is nested more than ${String(MAX_JSON_DEPTH)} levels deep; it is not a task definition and was not opened.`,
    };
  try {
    return { ok: true, value: JSON.parse(text.text) as JsonValue };
  } catch {
    return { ok: false, error: 'The link is damaged: its data is not valid JSON.' };
  }
}
