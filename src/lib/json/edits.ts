// Document change -> minimal text edits on the pane's current text, so that Monaco keeps the user's
// cursor, selection, scroll and undo history (setValue would wipe all four).
import { applyEdits, modify, type FormattingOptions } from 'jsonc-parser';
import { jsonEqual, type JsonObject } from '../../domain/index.ts';
import { diffJson } from './diff.ts';
import { parseDocumentText } from './parse-text.ts';

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
    const edits = modify(current, [...change.path], change.value, {
      ...options,
      isArrayInsertion: change.insert === true,
    });
    for (const e of edits) {
      const next = applyEdits(current, [e]);
      hunks = compose(hunks, next, e.offset, e.length, e.content.length);
      current = next;
    }
  }
  const check = parseDocumentText(current);
  if (!check.ok || !jsonEqual(check.document, after)) return wholeText(text, after);
  const minimal = hunks.map((h) => trim(text, h)).filter((h) => h.start !== h.end || h.text !== '');
  return applyTextEdits(text, minimal) === current
    ? minimal
    : [trim(text, { start: 0, end: text.length, text: current })];
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
