// Text <-> a URL-safe compressed payload for the URL fragment: zlib deflate (the browser's own
// CompressionStream, no library) then base64url. Knows nothing about what the text means.

/** The payload's first character names the format, so a later format can be told apart. */
const VERSION = '1';
/** A payload never inflates past this (a hostile link must not exhaust memory). */
export const MAX_DECODED_CHARS = 16 * 1024 * 1024;

export type DecodeResult = { ok: true; text: string } | { ok: false; error: string };

async function pipe(bytes: Uint8Array, transform: CompressionStream | DecompressionStream, limit: number) {
  const writer = transform.writable.getWriter();
  // Errors surface through the reader; the writer's own promises are ignored on purpose.
  writer.write(bytes as Uint8Array<ArrayBuffer>).catch(() => undefined);
  writer.close().catch(() => undefined);
  const reader = transform.readable.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => undefined);
      throw new RangeError('too large');
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  const step = 0x8000;
  for (let i = 0; i < bytes.length; i += step) {
    binary += String.fromCharCode(...bytes.subarray(i, i + step));
  }
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array | undefined {
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return undefined;
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}

/** The text compressed and encoded for a URL fragment (characters A-Z a-z 0-9 - _ only). */
export async function encodeText(text: string): Promise<string> {
  const bytes = new TextEncoder().encode(text);
  const packed = await pipe(bytes, new CompressionStream('deflate'), Number.MAX_SAFE_INTEGER);
  return VERSION + toBase64Url(packed);
}

/** The text back from a payload; a damaged or foreign payload is an error result, never a throw. */
export async function decodeText(payload: string): Promise<DecodeResult> {
  const trimmed = payload.trim();
  if (trimmed === '')
    return { ok: false, error: 'The link carries no document (the part after #doc= is empty).' };
  if (!trimmed.startsWith(VERSION))
    return { ok: false, error: 'The link was made by a different version of the editor and cannot be read.' };
  const bytes = fromBase64Url(trimmed.slice(VERSION.length));
  if (!bytes)
    return {
      ok: false,
      error: 'The link is damaged: it contains characters a share link never has, or is cut short.',
    };
  let inflated: Uint8Array;
  try {
    // UTF-8 takes at least one byte per character, so the byte limit bounds the characters too.
    inflated = await pipe(bytes, new DecompressionStream('deflate'), MAX_DECODED_CHARS);
  } catch (e) {
    return {
      ok: false,
      error:
        e instanceof RangeError
          ? 'The link unpacks to more than 16 MB, far beyond any task definition; it was not opened.'
          : 'The link is damaged (it may have been cut short when it was copied); its data does not unpack.',
    };
  }
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(inflated) };
  } catch {
    return { ok: false, error: 'The link is damaged: its data is not text.' };
  }
}
