// Bytes of an opened or dropped file -> text for the importer, with an honest account of what went
// wrong: empty, binary, or not valid UTF-8 (decoded with U+FFFD replacement and reported).
export type DecodedFile =
  | { readonly ok: true; readonly text: string; readonly warning?: string }
  | { readonly ok: false; readonly message: string };

export const ACCEPTED_EXTENSIONS = ['.json', '.yaml', '.yml', '.template', '.txt'] as const;

/** CloudFormation's own template limit (1 MB, from S3); a task definition registers at most 64 KB. */
export const MAX_FILE_BYTES = 1_048_576;

function tooLarge(name: string, size: number): string {
  return `${name} is ${(size / 1_048_576).toFixed(1)} MB: too large for a task definition (at most 64 KB) or a CloudFormation template (at most 1 MB). Nothing was read.`;
}

/** Control bytes other than tab, newline, carriage return and form feed: text files hardly have any. */
function isBinaryByte(b: number): boolean {
  return b === 0 || (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c);
}

export function decodeFile(name: string, bytes: Uint8Array): DecodedFile {
  if (bytes.length === 0) return { ok: false, message: `${name} is empty: there is nothing to import.` };
  if (bytes.length > MAX_FILE_BYTES) return { ok: false, message: tooLarge(name, bytes.length) };
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  for (const b of sample) if (isBinaryByte(b)) control++;
  if (sample.includes(0) || control / sample.length > 0.1) {
    return {
      ok: false,
      message: `${name} looks like a binary file, not text: open a JSON or YAML task definition.`,
    };
  }
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    const text = new TextDecoder('utf-8').decode(bytes);
    let bad = 0;
    for (const ch of text) if (ch === '\uFFFD') bad++;
    return {
      ok: true,
      text,
      warning: `${name} is not valid UTF-8: ${bad} ${bad === 1 ? 'sequence was' : 'sequences were'} replaced with "\uFFFD". Check those values before registering.`,
    };
  }
}

export async function readDroppedFile(file: File): Promise<DecodedFile> {
  // Checked before reading: a 100 MB log dropped by mistake is never loaded into memory.
  if (file.size > MAX_FILE_BYTES) return { ok: false, message: tooLarge(file.name, file.size) };
  try {
    return decodeFile(file.name, new Uint8Array(await file.arrayBuffer()));
  } catch {
    return { ok: false, message: `${file.name} could not be read.` };
  }
}
