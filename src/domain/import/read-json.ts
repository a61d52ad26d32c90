// JSON text -> value. Strict JSON.parse first (fast, and it keeps `__proto__` as data); when that fails,
// comments and trailing commas are blanked out (and reported), then bare template placeholders are
// quoted (and reported); otherwise the first syntax error is returned with its line and column.
import { getLocation, printParseErrorCode, visit, type ParseError } from 'jsonc-parser';
import { formatPath } from '../path.ts';
import { scanJson } from './json-scan.ts';
import { quoteBarePlaceholders, type QuotedPlaceholder } from './placeholders.ts';
import { positionAt, readErrorAt } from './text-position.ts';
import { MAX_DEPTH } from './to-json.ts';
import type { AppliedFix, ReadError } from './types.ts';

export type TextRead =
  | { ok: true; value: unknown; fixes: AppliedFix[]; notes: string[]; bigIntegers: Map<number, string> }
  | { ok: false; error: ReadError };

export function readJson(text: string): TextRead {
  const scan = scanJson(text);
  if (scan.tooDeepAt !== undefined) {
    return {
      ok: false,
      error: readErrorAt(
        text,
        scan.tooDeepAt,
        `The JSON is nested too deeply (more than ${MAX_DEPTH} levels).`,
      ),
    };
  }
  if (scan.overflowAt !== undefined) {
    const literal = /^[-+.\deE]+/.exec(text.slice(scan.overflowAt, scan.overflowAt + 400))?.[0] ?? '';
    return {
      ok: false,
      error: readErrorAt(
        text,
        scan.overflowAt,
        `The number ${literal.length > 40 ? `${literal.slice(0, 40)}...` : literal} is beyond the range of a JSON number (about 1.8e308); it would become Infinity, which JSON cannot hold. Quote it or use a smaller number.`,
      ),
    };
  }
  try {
    return {
      ok: true,
      value: JSON.parse(text) as unknown,
      fixes: [],
      notes: [],
      bigIntegers: scan.bigIntegers,
    };
  } catch {
    // fall through to the tolerant readers, which also locate the error
  }
  const lenient = readLenient(text);
  if (lenient.ok) return { ...lenient, notes: [], bigIntegers: scan.bigIntegers };
  const q = quoteBarePlaceholders(text);
  if (q.quoted.length > 0) {
    const retry = readLenient(q.text);
    if (retry.ok) {
      const fixes = q.quoted.map((p): AppliedFix => {
        const path = formatPath(getLocation(q.text, p.offset + 1).path);
        return {
          code: 'placeholder-quoted',
          path,
          message: `Quoted the bare placeholder ${p.text} so the JSON can be read; replace it with a real value before registering.`,
        };
      });
      return {
        ok: true,
        value: retry.value,
        fixes: [...fixes, ...retry.fixes],
        notes: [],
        bigIntegers: scan.bigIntegers,
      };
    }
    // Still broken with the placeholders quoted: the real mistake is elsewhere, so point at it.
    const at = originalOffset(retry.offset, q.quoted);
    if (at !== undefined) return { ok: false, error: { ...retry.error, ...positionAt(text, at) } };
  }
  return { ok: false, error: lenient.error };
}

/** Offset in the original text of an offset in the text with quoted placeholders (undefined: inside one). */
function originalOffset(offset: number, quoted: readonly QuotedPlaceholder[]): number | undefined {
  let growth = 0;
  for (const p of quoted) {
    const length = JSON.stringify(p.text).length;
    if (offset < p.offset) break;
    if (offset < p.offset + length) return undefined;
    growth += length - p.text.length;
  }
  return offset - growth;
}

function readLenient(
  text: string,
): { ok: true; value: unknown; fixes: AppliedFix[] } | { ok: false; error: ReadError; offset: number } {
  // One pass finds the first error and the comments and trailing commas (a 9 MB text: 0.4 s a pass).
  const errors: ParseError[] = [];
  const blanks: [number, number][] = [];
  const commas: number[] = [];
  let pendingComma: number | undefined;
  const clear = () => (pendingComma = undefined);
  const close = () => {
    if (pendingComma !== undefined) commas.push(pendingComma);
    pendingComma = undefined;
  };
  visit(
    text,
    {
      onError: (error, offset, length) => errors.push({ error, offset, length }),
      onComment: (offset, length) => blanks.push([offset, length]),
      onSeparator: (ch, offset) => {
        if (ch === ',') pendingComma = offset;
      },
      onObjectProperty: clear,
      onLiteralValue: clear,
      onObjectBegin: clear,
      onArrayBegin: clear,
      onObjectEnd: close,
      onArrayEnd: close,
    },
    { allowTrailingComma: true, disallowComments: false, allowEmptyContent: false },
  );
  const first = errors[0];
  if (first) {
    return { ok: false, error: readErrorAt(text, first.offset, explain(first, text)), offset: first.offset };
  }
  for (const c of commas) blanks.push([c, 1]);
  blanks.sort((a, b) => a[0] - b[0]);
  let clean = '';
  let from = 0;
  for (const [offset, length] of blanks) {
    clean += text.slice(from, offset) + text.slice(offset, offset + length).replace(/[^\r\n]/g, ' ');
    from = offset + length;
  }
  clean += text.slice(from);
  let value: unknown;
  try {
    value = JSON.parse(clean) as unknown;
  } catch (e) {
    return {
      ok: false,
      error: { message: `The JSON could not be read (${String(e)}).`, line: 1, column: 1 },
      offset: 0,
    };
  }
  const fixes: AppliedFix[] = [];
  const comments = blanks.length - commas.length;
  if (comments > 0) {
    fixes.push({
      code: 'json-comments-removed',
      path: '',
      message: `Ignored ${comments === 1 ? 'a comment' : `${comments} comments`}: JSON has no comments and the AWS CLI rejects them.`,
    });
  }
  for (const c of commas) {
    const path = formatPath(getLocation(text, c).path.slice(0, -1));
    fixes.push({
      code: 'json-trailing-comma-removed',
      path,
      message: `Removed the trailing comma at line ${positionAt(text, c).line}: JSON does not allow it.`,
    });
  }
  return { ok: true, value, fixes };
}

const EXPLAIN: Record<string, string> = {
  InvalidSymbol: 'Unexpected character',
  InvalidNumberFormat: 'Invalid number',
  PropertyNameExpected: 'Expected a property name in double quotes',
  ValueExpected: 'Expected a value',
  ColonExpected: "Expected ':' after the property name",
  CommaExpected: "Expected ',' between two entries",
  CloseBraceExpected: "Expected '}' to close the object",
  CloseBracketExpected: "Expected ']' to close the array",
  EndOfFileExpected: 'Unexpected text after the end of the JSON document',
  InvalidCommentToken: 'Invalid comment',
  UnexpectedEndOfComment: 'Unterminated comment',
  UnexpectedEndOfString:
    'Unterminated string (a line break or the end of the text came before the closing quote)',
  UnexpectedEndOfNumber: 'Unterminated number',
  InvalidUnicode: 'Invalid \\u escape',
  InvalidEscapeCharacter: 'Invalid escape character in a string',
  InvalidCharacter: 'Invalid character in a string (control characters must be escaped)',
};

function explain(error: ParseError, text: string): string {
  const base = EXPLAIN[printParseErrorCode(error.error)] ?? 'Invalid JSON';
  const found = text
    .slice(error.offset, error.offset + Math.min(Math.max(error.length, 1), 20))
    .split(/\r?\n/)[0];
  if (error.offset >= text.length) return `${base}, but the text ended.`;
  return found ? `${base}; found ${JSON.stringify(found)}.` : `${base}.`;
}
