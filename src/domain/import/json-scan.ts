// One pass over JSON-ish text outside string literals: nesting depth (so that no parser recurses
// 10,000 levels) and integer literals beyond 2^53 (whose exact digits JSON.parse would lose).
import { MAX_DEPTH } from './to-json.ts';

export interface JsonScan {
  /** Offset of the bracket that goes deeper than MAX_DEPTH, if any. */
  readonly tooDeepAt: number | undefined;
  /** Parsed (rounded) value -> the literal's exact digits, for integers beyond Number.MAX_SAFE_INTEGER. */
  readonly bigIntegers: Map<number, string>;
  /** Offset of the first number literal beyond the double range (JSON.parse would make it Infinity). */
  readonly overflowAt?: number;
}

export function scanJson(text: string): JsonScan {
  const bigIntegers = new Map<number, string>();
  let depth = 0;
  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 34 /* " */) {
      i = skipString(text, i);
      continue;
    }
    if (c === 123 || c === 91 /* { [ */) {
      if (++depth > MAX_DEPTH) return { tooDeepAt: i, bigIntegers };
    } else if (c === 125 || c === 93 /* } ] */) {
      depth--;
    } else if (c === 45 || (c >= 48 && c <= 57) /* - 0-9 */) {
      const start = i;
      let exponent = false;
      for (; i < n && isNumberChar(text.charCodeAt(i)); i++) {
        const d = text.charCodeAt(i);
        if (d === 101 || d === 69) exponent = true;
      }
      // Most literals are short integers: only an exponent or 16+ digits needs a closer look.
      if (!exponent && i - start < 16) continue;
      const literal = text.slice(start, i);
      // An exponent or 309+ digits can pass the double range (JSON.parse would make it Infinity).
      if (JSON_NUMBER.test(literal) && !Number.isFinite(Number(literal)))
        return { tooDeepAt: undefined, bigIntegers, overflowAt: start };
      if (/^-?\d{16,}$/.test(literal)) {
        const value = Number(literal);
        if (!Number.isSafeInteger(value)) bigIntegers.set(value, literal);
      }
      continue;
    }
    i++;
  }
  return { tooDeepAt: undefined, bigIntegers };
}

const JSON_NUMBER = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?$/;

function isNumberChar(c: number): boolean {
  return (c >= 48 && c <= 57) || c === 45 || c === 43 || c === 46 || c === 101 || c === 69;
}

/** Index just after the string literal that starts at `start` (or the end of the line if unterminated). */
export function skipString(text: string, start: number): number {
  let i = start + 1;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 92 /* \ */) i += 2;
    else if (c === 34) return i + 1;
    else if (c === 10) return i;
    else i++;
  }
  return i;
}
