// Text -> document. Strict JSON (what `--cli-input-json` accepts): no comments, no trailing commas.
import { printParseErrorCode, visit, type ParseError } from 'jsonc-parser';
import { isJsonObject, type JsonObject } from '../../domain/index.ts';

export interface SyntaxProblem {
  readonly offset: number;
  readonly length: number;
  readonly message: string;
  /**
   * Text that is not a task definition in JSON, but that Import reads: a list of container definitions,
   * YAML (a CloudFormation template, say), or JSON with comments or trailing commas.
   */
  readonly importable?: Importable;
}

export type Importable = 'containers' | 'yaml' | 'jsonc';

export type ParseResult =
  | { readonly ok: true; readonly document: JsonObject }
  | { readonly ok: false; readonly error: SyntaxProblem };

const MESSAGES: Record<string, string> = {
  InvalidSymbol: 'Unexpected character',
  InvalidNumberFormat: 'Invalid number',
  PropertyNameExpected: 'A property name in double quotes is expected',
  ValueExpected: 'A value is expected',
  ColonExpected: 'A colon is expected',
  CommaExpected: 'A comma is expected',
  CloseBraceExpected: 'A closing brace } is expected',
  CloseBracketExpected: 'A closing bracket ] is expected',
  EndOfFileExpected: 'Nothing may follow the document',
  InvalidCommentToken: 'JSON does not allow comments',
  UnexpectedEndOfComment: 'Unterminated comment',
  UnexpectedEndOfString: 'Unterminated string',
  UnexpectedEndOfNumber: 'Unterminated number',
  InvalidUnicode: 'Invalid unicode escape',
  InvalidEscapeCharacter: 'Invalid escape character',
  InvalidCharacter: 'Invalid character in string',
};

/**
 * Parses the pane's text. Values come from JSON.parse, which keeps keys such as `__proto__` as own data.
 * Most texts are plain documents, read by one native parse; anything else takes the careful path.
 */
export function parseDocumentText(text: string): ParseResult {
  const plain = parsePlainDocument(text);
  return plain ? { ok: true, document: plain } : parseWithPositions(text);
}

/**
 * The careful parse: positions come from jsonc-parser (it reports where the error is), and what
 * JSON.parse would read wrongly (too deep, too large) is refused at its place. Any rejection added
 * here must also make parsePlainDocument decline (parse-plain.test.ts compares the two).
 */
export function parseWithPositions(text: string): ParseResult {
  const deep = tooDeepAt(text);
  if (deep !== undefined) {
    // jsonc-parser recurses once per level: 10,000 brackets would overflow the stack.
    return {
      ok: false,
      error: { offset: deep, length: 1, message: `Syntax error: nested more than ${MAX_DEPTH} levels deep.` },
    };
  }
  const errors: ParseError[] = [];
  let overflow: { offset: number; length: number } | undefined;
  let rounded: { offset: number; length: number } | undefined;
  visit(
    text,
    {
      onError: (error, offset, length) => errors.push({ error, offset, length }),
      // JSON.parse turns 1e400 into Infinity, which no JSON can hold (it would be written back as null).
      onLiteralValue: (value, offset, length) => {
        if (typeof value === 'number' && !Number.isFinite(value)) overflow ??= { offset, length };
        // ...and rounds integers beyond 2^53: 9007199254740993 would be kept as ...992 without a word.
        else if (
          typeof value === 'number' &&
          !Number.isSafeInteger(value) &&
          isRounded(text.slice(offset, offset + length), value)
        )
          rounded ??= { offset, length };
      },
    },
    { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false },
  );
  if (errors.length === 0 && overflow) {
    return {
      ok: false,
      error: {
        offset: overflow.offset,
        length: Math.max(1, overflow.length),
        message: 'Syntax error: the number is beyond the range of a JSON number (about 1.8e308).',
      },
    };
  }
  const literal = rounded ? text.slice(rounded.offset, rounded.offset + rounded.length) : '';
  if (errors.length === 0 && rounded) {
    return {
      ok: false,
      error: {
        offset: rounded.offset,
        length: Math.max(1, rounded.length),
        message: `The number ${literal.length > 40 ? `${literal.slice(0, 40)}...` : literal} is beyond 2^53: it would be read as ${String(Number(literal))}. Quote it or use a smaller number.`,
      },
    };
  }
  const first = errors[0];
  if (first) {
    const code = printParseErrorCode(first.error);
    const importable = importableText(text);
    const hint =
      importable === 'yaml'
        ? ' This is not JSON: if it is YAML (a CloudFormation template, say), convert it.'
        : importable === 'jsonc'
          ? ' JSON with comments or trailing commas can be cleaned up in one step.'
          : '';
    return {
      ok: false,
      error: {
        offset: first.offset,
        length: Math.max(1, first.length),
        message: `Syntax error: ${MESSAGES[code] ?? code}.${hint}`,
        ...(importable ? { importable } : {}),
      },
    };
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return { ok: false, error: { offset: 0, length: 1, message: `Syntax error: ${String(e)}` } };
  }
  if (!isJsonObject(value)) {
    const start = text.search(/\S/);
    const containers = Array.isArray(value) && value.length > 0 && value.every(isJsonObject);
    return {
      ok: false,
      error: {
        offset: Math.max(0, start),
        length: 1,
        message: containers
          ? 'This is a list of container definitions, not a task definition: a task definition holds it as {"family": "...", "containerDefinitions": [...]}. Wrap it in one.'
          : `A task definition is a JSON object { ... }; this text holds ${describeValue(value)}.`,
        ...(containers ? { importable: 'containers' as const } : {}),
      },
    };
  }
  return { ok: true, document: value };
}

function describeValue(value: unknown): string {
  if (Array.isArray(value)) return value.length === 0 ? 'an empty list' : 'a list';
  if (value === null) return 'null';
  return typeof value === 'string' ? 'a string' : `a ${typeof value}`;
}

/**
 * What Import could read although the pane cannot: text that does not start like JSON (YAML), or
 * JSON that parses once comments and trailing commas are allowed. Only called on text that failed.
 */
function importableText(text: string): Importable | undefined {
  const start = text.search(/\S/);
  if (start < 0) return undefined;
  const c = text[start];
  if (c !== '{' && c !== '[' && c !== '"' && c !== '/')
    return /^[\w"'-]+\s*:|^-\s|^---/m.test(text) ? 'yaml' : undefined;
  let failed = false;
  visit(
    text,
    {
      onError: () => {
        failed = true;
      },
    },
    { disallowComments: false, allowTrailingComma: true, allowEmptyContent: false },
  );
  return failed ? undefined : 'jsonc';
}

/** Deeper than any task definition; the importer refuses the same depth. */
export const MAX_DEPTH = 200;

/** Offset of the first bracket (outside strings) that opens level MAX_DEPTH + 1, if any. */
export function tooDeepAt(text: string): number | undefined {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34 /* " */) {
      for (i++; i < text.length; i++) {
        const d = text.charCodeAt(i);
        if (d === 92 /* \\ */) i++;
        else if (d === 34 || d === 10) break;
      }
    } else if (c === 123 || c === 91 /* { [ */) {
      if (++depth > MAX_DEPTH) return i;
    } else if (c === 125 || c === 93 /* } ] */) depth--;
  }
  return undefined;
}

/**
 * The fast path (a whole-document paste, the check after each form edit): the document if JSON.parse
 * reads the text as an object that parseWithPositions would accept unchanged, else undefined. Every
 * text JSON.parse accepts, jsonc-parser accepts too; what is left to decline is nesting deeper than
 * MAX_DEPTH and numbers JSON.parse had to round or could not hold.
 */
export function parsePlainDocument(text: string): JsonObject | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  return isJsonObject(value) && isPlain(value, 1) ? value : undefined;
}

function isPlain(value: unknown, depth: number): boolean {
  if (typeof value === 'number') {
    // A fraction or a safe integer was read exactly; an integer beyond 2^53 may come from a literal
    // that was rounded, and Infinity from one that overflowed: the careful path decides those.
    return Number.isSafeInteger(value) || (Number.isFinite(value) && !Number.isInteger(value));
  }
  if (typeof value !== 'object' || value === null) return true;
  if (depth > MAX_DEPTH) return false;
  if (Array.isArray(value)) {
    for (const item of value as unknown[]) if (!isPlain(item, depth + 1)) return false;
    return true;
  }
  for (const item of Object.values(value)) if (!isPlain(item, depth + 1)) return false;
  return true;
}

/**
 * An integer literal that JSON.parse had to round. Not rounded: the integers a double holds exactly
 * (9007199254740992 = 2^53), and the literal JSON.stringify writes for a double (635039440272355300),
 * which reads back as the same double: the pane must accept the text it writes for a document.
 */
function isRounded(literal: string, value: number): boolean {
  return /^-?\d+$/.test(literal) && String(value) !== literal && BigInt(literal) !== BigInt(value);
}
