// Document change -> minimal text edits on the pane's current text, so that Monaco keeps the user's
// cursor, selection, scroll and undo history (setValue would wipe all four).
import {
  applyEdits,
  findNodeAtLocation,
  modify,
  parseTree,
  type Edit,
  type FormattingOptions,
} from 'jsonc-parser';
import { jsonEqual, type JsonObject, type JsonValue, type PathSegment } from '../../domain/index.ts';
import { diffJson } from './diff.ts';
import { parseDocumentText } from './parse-text.ts';
import { scalarRange } from './value-range.ts';

/** A replacement of `text[start, end)` in the ORIGINAL text. Edits are sorted and disjoint. */
export interface TextEdit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

const FORMAT: FormattingOptions = { insertSpaces: true, tabSize: 2, eol: '\n' };

/** The text the pane shows for a document it has never seen (first load, or after a syntax error). */
export function formatDocument(doc: JsonObject): string {
  return `${JSON.stringify(doc, null, 2)}\n`;
}

/**
 * Edits that turn `text` (which holds `before`) into a text holding `after`. Only the changed paths
 * are rewritten (jsonc-parser's `modify`). If the text does not parse (the user is mid-edit) or does
 * not hold `before` (duplicate keys, say), the whole text is replaced: correct beats minimal.
 */
export function computeEdits(text: string, before: JsonObject, after: JsonObject): TextEdit[] {
  const parsed = parseDocumentText(text);
  if (!parsed.ok || !jsonEqual(parsed.document, before)) return wholeText(text, after);
  // jsonc-parser formats every line an insertion or removal touches: on one-line (compact) text that is
  // the whole document, so unchanged keys would be rewritten. Compact text gets compact edits instead.
  const options = /[\r\n]/.test(text.trim())
    ? { formattingOptions: { ...FORMAT, eol: text.includes('\r\n') ? '\r\n' : '\n' } }
    : {};
  let hunks: TextEdit[] = [];
  let current = text;
  for (const change of diffJson(before, after)) {
    const edits =
      scalarReplacement(current, change.path, change) ??
      (change.value === undefined ? arrayItemRemoval(current, change.path) : undefined) ??
      modify(current, [...change.path], change.value, {
        ...options,
        isArrayInsertion: change.insert === true,
      });
    for (const e of edits) {
      const next = applyEdits(current, [e]);
      // jsonc-parser's edit spans every line it formatted, unchanged keys included: shrink it to the
      // real change first, or it would merge with its neighbours' hunks across those keys.
      const t = slide(current, trim(current, { start: e.offset, end: e.offset + e.length, text: e.content }));
      hunks = compose(hunks, next, t.start, t.end - t.start, t.text.length);
      current = next;
    }
  }
  const check = parseDocumentText(current);
  if (!check.ok || !jsonEqual(check.document, after)) return wholeText(text, after);
  const minimal = hunks
    .map((h) => slide(text, trim(text, h)))
    .filter((h) => h.start !== h.end || h.text !== '');
  return applyTextEdits(text, minimal) === current
    ? minimal
    : [trim(text, { start: 0, end: text.length, text: current })];
}

/**
 * A scalar replaced by a scalar (typing in a form field): the old token's range gets the new value, as
 * jsonc-parser's `modify` would write it, found without parsing the whole text into a tree.
 */
function scalarReplacement(
  text: string,
  path: readonly PathSegment[],
  change: { readonly value: JsonValue | undefined; readonly insert?: boolean },
): Edit[] | undefined {
  const { value } = change;
  if (change.insert === true || value === undefined || (typeof value === 'object' && value !== null))
    return undefined;
  const range = scalarRange(text, path);
  return range ? [{ offset: range.offset, length: range.length, content: JSON.stringify(value) }] : undefined;
}

export function applyTextEdits(text: string, edits: readonly TextEdit[]): string {
  let out = '';
  let pos = 0;
  for (const e of [...edits].sort((x, y) => x.start - y.start)) {
    out += text.slice(pos, e.start) + e.text;
    pos = e.end;
  }
  return out + text.slice(pos);
}

function wholeText(text: string, doc: JsonObject): TextEdit[] {
  const next = formatDocument(doc);
  return next === text ? [] : [trim(text, { start: 0, end: text.length, text: next })];
}

interface Placed extends TextEdit {
  /** Where the hunk sits in the current text. */
  readonly c0: number;
  readonly c1: number;
}

/**
 * Folds one edit, expressed on the current text, into hunks expressed on the original text. Hunks the
 * edit overlaps or touches merge with it; the merged hunk's new text is read from the next text.
 */
function compose(
  hunks: readonly TextEdit[],
  next: string,
  offset: number,
  length: number,
  insertedLength: number,
): TextEdit[] {
  let delta = 0;
  const placed: Placed[] = hunks.map((h) => {
    const c0 = h.start + delta;
    delta += h.text.length - (h.end - h.start);
    return { ...h, c0, c1: c0 + h.text.length };
  });
  const eEnd = offset + length;
  const hit = placed.filter((h) => h.c1 >= offset && h.c0 <= eEnd);
  const keep = placed.filter((h) => !(h.c1 >= offset && h.c0 <= eEnd));
  const cs = Math.min(offset, ...hit.map((h) => h.c0));
  const ce = Math.max(eEnd, ...hit.map((h) => h.c1));
  const before = keep.filter((h) => h.c0 < offset);
  const deltaBefore = before.reduce((d, h) => d + h.text.length - (h.end - h.start), 0);
  const deltaHit = hit.reduce((d, h) => d + h.text.length - (h.end - h.start), 0);
  const os = cs - deltaBefore;
  const oe = os + (ce - cs) - deltaHit;
  const merged: TextEdit = { start: os, end: oe, text: next.slice(cs, ce + insertedLength - length) };
  return [...keep.map(({ start, end, text }) => ({ start, end, text })), merged].sort(
    (x, y) => x.start - y.start,
  );
}

/** Drops the characters a hunk leaves unchanged at its ends. */
function trim(original: string, h: TextEdit): TextEdit {
  const end = h.end;
  let { start, text } = h;
  let p = 0;
  while (start + p < end && p < text.length && original[start + p] === text[p]) p++;
  start += p;
  text = text.slice(p);
  let s = 0;
  while (end - s > start && s < text.length && original[end - 1 - s] === text[text.length - 1 - s]) s++;
  return { start, end: end - s, text: text.slice(0, text.length - s) };
}

/** Whether the boundary before `text[pos]` lies inside a string literal. */
function inString(text: string, pos: number): boolean {
  let inside = false;
  for (let i = 0; i < pos; i++) {
    const c = text.charCodeAt(i);
    if (c === 92 /* \\ */ && inside) i++;
    else if (c === 34 /* " */) inside = !inside;
  }
  return inside;
}

/**
 * A pure insertion or deletion can sit at several places when the text around it repeats (removing
 * `"b": 2,` from `"a": "x", "b": "y"` could also start one quote early). Slides it to the nearest place
 * where both ends are outside string literals, so that it never cuts into an unchanged key or value.
 */
function slide(original: string, h: TextEdit): TextEdit {
  const pure = h.start === h.end ? h.text !== '' : h.text === '';
  if (!pure) return h;
  const ok = (e: TextEdit) => !inString(original, e.start) && !inString(original, e.end);
  if (ok(h)) return h;
  const step = (e: TextEdit, dir: 1 | -1): TextEdit | undefined => {
    if (e.text === '') {
      const [a, b] = dir === 1 ? [e.start, e.end] : [e.start - 1, e.end - 1];
      if (a < 0 || b >= original.length || original[a] !== original[b]) return undefined;
      return { start: e.start + dir, end: e.end + dir, text: '' };
    }
    if (dir === 1 && original[e.start] === e.text[0])
      return { start: e.start + 1, end: e.end + 1, text: e.text.slice(1) + e.text.charAt(0) };
    if (dir === -1 && e.start > 0 && original[e.start - 1] === e.text[e.text.length - 1])
      return {
        start: e.start - 1,
        end: e.end - 1,
        text: e.text.charAt(e.text.length - 1) + e.text.slice(0, -1),
      };
    return undefined;
  };
  let left: TextEdit | undefined = h;
  let right: TextEdit | undefined = h;
  for (let i = 0; i < 64 && (left || right); i++) {
    left = left && step(left, -1);
    if (left && ok(left)) return left;
    right = right && step(right, 1);
    if (right && ok(right)) return right;
  }
  return h;
}

/**
 * Removal of an array item. jsonc-parser assumes one character of whitespace before the closing `]`
 * when it removes the last item, so on `[{"x":1},false]` it leaves `[{"x":1}e]` (and the whole text
 * was then rewritten): compute the range here instead.
 */
function arrayItemRemoval(text: string, path: readonly PathSegment[]): Edit[] | undefined {
  const index = path[path.length - 1];
  if (typeof index !== 'number') return undefined;
  const root = parseTree(text);
  const list = root ? findNodeAtLocation(root, path.slice(0, -1)) : undefined;
  const items = list?.type === 'array' ? (list.children ?? []) : [];
  const item = items[index];
  if (!list || !item) return undefined;
  const prev = items[index - 1];
  const next = items[index + 1];
  const [start, end] = next
    ? [item.offset, next.offset]
    : prev
      ? [prev.offset + prev.length, item.offset + item.length]
      : [list.offset + 1, list.offset + list.length - 1];
  return [{ offset: start, length: end - start, content: '' }];
}
