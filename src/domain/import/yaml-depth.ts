// A cheap upper bound on the nesting depth of YAML text, checked before the yaml package parses it:
// that parser recurses once per level, and a stack overflow inside it can leave V8's regular
// expression compiler broken, so that the NEXT parse aborts the whole process ("RegExpCompiler
// Allocation failed", not a catchable error). Deep text must never reach it.
import { MAX_DEPTH } from './to-json.ts';

/**
 * Offset where the bound first exceeds MAX_DEPTH, or undefined. Per line: the indentation, plus the
 * compact `- ` / `? ` indicators that open a level on the same line, plus the open flow brackets
 * (`[`, `{`) outside quotes and comments. Real nesting is never deeper than this bound.
 */
export function yamlTooDeepAt(text: string): number | undefined {
  let flow = 0;
  let i = 0;
  const n = text.length;
  while (i < n) {
    const lineStart = i;
    while (i < n && text.charCodeAt(i) === 32) i++;
    let depth = i - lineStart;
    if (depth + flow > MAX_DEPTH) return i;
    for (;;) {
      const c = text.charAt(i);
      if ((c === '-' || c === '?') && /[ \t]/.test(text.charAt(i + 1))) {
        if (++depth + flow > MAX_DEPTH) return i;
        i += 2;
        while (i < n && /[ \t]/.test(text.charAt(i))) i++;
      } else break;
    }
    while (i < n && text.charCodeAt(i) !== 10) {
      const c = text.charAt(i);
      if (c === '"' || c === "'") i = skipQuoted(text, i, c);
      else if (c === '#' && (i === lineStart || /\s/.test(text.charAt(i - 1)))) {
        while (i < n && text.charCodeAt(i) !== 10) i++;
      } else {
        if (c === '[' || c === '{') {
          if (++flow + depth > MAX_DEPTH) return i;
        } else if ((c === ']' || c === '}') && flow > 0) flow--;
        i++;
      }
    }
    i++;
  }
  return undefined;
}

/** Index after the quoted scalar that starts at `start` (it may span lines). */
function skipQuoted(text: string, start: number, quote: string): number {
  let i = start + 1;
  while (i < text.length) {
    const c = text.charAt(i);
    if (quote === '"' && c === '\\') i += 2;
    else if (c === quote) {
      if (quote === "'" && text.charAt(i + 1) === "'") i += 2;
      else return i + 1;
    } else i++;
  }
  return i;
}
