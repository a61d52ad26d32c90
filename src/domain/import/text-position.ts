import type { ReadError } from './types.ts';

/** 1-based line and column of a UTF-16 offset; `\r\n`, `\n` and `\r` each end a line. */
export function positionAt(text: string, offset: number): { line: number; column: number } {
  const end = Math.max(0, Math.min(offset, text.length));
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: end - lineStart + 1 };
}

export function readErrorAt(text: string, offset: number, message: string): ReadError {
  return { message, ...positionAt(text, offset) };
}
