// Path -> the text range of a scalar value, by scanning tokens and stopping there: no tree is built,
// so a keystroke's edit costs a partial scan instead of a full parse of the pane's text.
import { createScanner, type JSONScanner } from 'jsonc-parser';
import type { PathSegment } from '../../domain/index.ts';

// jsonc-parser's Token is a const enum, which verbatimModuleSyntax cannot read: its values here.
const T = {
  OpenBrace: 1,
  CloseBrace: 2,
  OpenBracket: 3,
  CloseBracket: 4,
  Comma: 5,
  Colon: 6,
  Null: 7,
  True: 8,
  False: 9,
  String: 10,
  Number: 11,
  EOF: 17,
} as const;
type Token = number;
/** jsonc-parser's ScanError.None. */
const NO_ERROR: number = 0;

export interface ValueRange {
  readonly offset: number;
  readonly length: number;
}

const SCALARS = new Set<Token>([T.String, T.Number, T.True, T.False, T.Null]);

/**
 * The range of the scalar (string, number, boolean, null) at `path` in well-formed JSON text; undefined
 * when the path is missing, holds an object or a list, or the text is not what it expects. With a
 * repeated key the first one is found; the caller checks the result (JSON.parse keeps the last).
 */
export function scalarRange(text: string, path: readonly PathSegment[]): ValueRange | undefined {
  const s = createScanner(text, true);
  let token: Token = s.scan();
  for (const segment of path) {
    const found = typeof segment === 'string' ? enterKey(s, token, segment) : enterIndex(s, token, segment);
    if (found === undefined) return undefined;
    token = found;
  }
  const error: number = s.getTokenError();
  if (!SCALARS.has(token) || error !== NO_ERROR) return undefined;
  return { offset: s.getTokenOffset(), length: s.getTokenLength() };
}

/** From `{`, scans to the value of `key` and returns its first token. */
function enterKey(s: JSONScanner, token: Token, key: string): Token | undefined {
  if (token !== T.OpenBrace) return undefined;
  let t: Token = s.scan();
  while (t === T.String) {
    const name = s.getTokenValue();
    t = s.scan();
    if (t !== T.Colon) return undefined;
    t = s.scan();
    if (name === key) return t;
    t = skipValue(s, t);
    if (t !== T.Comma) return undefined;
    t = s.scan();
  }
  return undefined;
}

/** From `[`, scans to item `index` and returns its first token. */
function enterIndex(s: JSONScanner, token: Token, index: number): Token | undefined {
  if (token !== T.OpenBracket) return undefined;
  let t: Token = s.scan();
  for (let i = 0; t !== T.CloseBracket && t !== T.EOF; i++) {
    if (i === index) return t;
    t = skipValue(s, t);
    if (t !== T.Comma) return undefined;
    t = s.scan();
  }
  return undefined;
}

/** Skips the value starting at `token`; returns the token after it. */
function skipValue(s: JSONScanner, token: Token): Token {
  if (token !== T.OpenBrace && token !== T.OpenBracket) return s.scan();
  let depth = 0;
  let t: Token = token;
  do {
    if (t === T.OpenBrace || t === T.OpenBracket) depth++;
    else if (t === T.CloseBrace || t === T.CloseBracket) depth--;
    else if (t === T.EOF) return t;
    t = s.scan();
  } while (depth > 0);
  return t;
}
