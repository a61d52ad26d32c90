// Property 5: the pane's sync functions on task-definition-like documents. The minimal edits for a -> b,
// applied to a's text, give a text holding b; they never touch the text of a subtree that did not
// change; text that is not a JSON object never yields a document.
import fc from 'fast-check';
import { parseTree, findNodeAtLocation } from 'jsonc-parser';
import { describe, expect, it } from 'vitest';
import {
  check as checkDocument,
  getAt,
  isJsonObject,
  parsePath,
  jsonEqual,
  own,
  setAt,
  type JsonObject,
  type JsonValue,
  type PathSegment,
} from '../../domain/index.ts';
import { junk, taskDefinition } from '../../domain/properties/arbitraries.test-util.ts';
import { applyTextEdits, computeEdits, formatDocument, type TextEdit } from './edits.ts';
import { createLocator } from './locate.ts';
import { parseDocumentText } from './parse-text.ts';

const doc = taskDefinition({ wrong: 0.1, unknown: true });

/** Every path whose value is the same in a and b, found without crossing a changed array's indices. */
function unchangedPaths(a: JsonValue, b: JsonValue, path: PathSegment[], out: PathSegment[][]): void {
  if (isJsonObject(a) && isJsonObject(b)) {
    for (const k of Object.keys(a)) {
      const av = own(a, k);
      const bv = own(b, k);
      if (av === undefined || bv === undefined) continue;
      if (jsonEqual(av, bv)) out.push([...path, k]);
      else unchangedPaths(av, bv, [...path, k], out);
    }
  } else if (Array.isArray(a) && Array.isArray(b) && a.length === b.length) {
    a.forEach((av, i) => {
      const bv = b[i] as JsonValue;
      if (jsonEqual(av, bv)) out.push([...path, i]);
      else unchangedPaths(av, bv, [...path, i], out);
    });
  }
}

/** Edits that overlap the text of an unchanged subtree (its key and its value). */
function touched(text: string, edits: readonly TextEdit[], paths: readonly PathSegment[][]): string[] {
  const root = parseTree(text);
  if (!root) return ['no tree'];
  const hits: string[] = [];
  for (const p of paths) {
    const node = findNodeAtLocation(root, p);
    if (!node) continue;
    const whole = node.parent?.type === 'property' ? node.parent : node;
    const start = whole.offset;
    const end = whole.offset + whole.length;
    for (const e of edits) {
      if (e.start < end && e.end > start)
        hits.push(`${JSON.stringify(p)} [${start},${end}) by ${JSON.stringify(e)}`);
    }
  }
  return hits;
}

/** JSON.parse turns 1e400 into Infinity, which is not JSON data. */
function nonFinite(v: unknown): boolean {
  if (typeof v === 'number') return !Number.isFinite(v);
  if (Array.isArray(v)) return v.some(nonFinite);
  return isJsonObject(v) && Object.values(v).some(nonFinite);
}

/** b made from a by a few writes and deletions at paths that exist in a (what a form edit does). */
const editedPair = fc
  .tuple(
    doc,
    fc.array(fc.tuple(fc.nat(), fc.nat(), fc.option(junk(2), { nil: undefined })), { maxLength: 4 }),
  )
  .map(([a, writes]) => {
    let b: JsonValue = a;
    for (const [pick, pick2, value] of writes) {
      const keys = isJsonObject(b) ? Object.keys(b) : [];
      const key = keys[pick % Math.max(1, keys.length)] ?? 'family';
      const child = isJsonObject(b) ? own(b, key) : undefined;
      const path: PathSegment[] = [key];
      if (Array.isArray(child) && child.length > 0) path.push(pick2 % (child.length + 1));
      else if (isJsonObject(child) && Object.keys(child).length > 0)
        path.push(Object.keys(child)[pick2 % Object.keys(child).length] ?? 'x');
      b = setAt(b, path, value);
    }
    return { a, b: isJsonObject(b) ? b : {} };
  });

function check(a: JsonObject, b: JsonObject, text: string): void {
  const edits = computeEdits(text, a, b);
  const out = applyTextEdits(text, edits);
  const parsed = parseDocumentText(out);
  expect(parsed.ok).toBe(true);
  if (parsed.ok) expect(jsonEqual(parsed.document, b)).toBe(true);
  for (let i = 1; i < edits.length; i++)
    expect(edits[i]?.start).toBeGreaterThanOrEqual(edits[i - 1]?.end ?? 0);
  const paths: PathSegment[][] = [];
  unchangedPaths(a, b, [], paths);
  expect(touched(text, edits, paths)).toEqual([]);
}

describe('sync properties (property 5)', () => {
  it('edits for a -> b turn the pretty text of a into a text of b and leave unchanged subtrees alone', () => {
    fc.assert(
      fc.property(editedPair, ({ a, b }) => {
        check(a, b, formatDocument(a));
      }),
      { numRuns: 400 },
    );
  });

  it('the same for compact text and for two unrelated documents', () => {
    fc.assert(
      fc.property(doc, doc, fc.boolean(), (a, b, compact) => {
        check(a, b, compact ? JSON.stringify(a) : formatDocument(a));
      }),
      { numRuns: 300 },
    );
  });

  it('no edits when nothing changed', () => {
    fc.assert(
      fc.property(doc, (a) => {
        expect(computeEdits(formatDocument(a), a, JSON.parse(JSON.stringify(a)) as JsonObject)).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  it('text that is not a JSON object never yields a document; an object text yields exactly its value', () => {
    const damaged = fc
      .tuple(doc, fc.nat(), fc.constantFrom('', '{', '}', ',', ':', '"', '\\', '\n', 'x', '//', '1e400', ']'))
      .map(([d, at, insert]) => {
        const text = formatDocument(d);
        const i = at % (text.length + 1);
        return insert === '' ? text.slice(0, i) : text.slice(0, i) + insert + text.slice(i + 1);
      });
    fc.assert(
      fc.property(fc.oneof(damaged, fc.string(), fc.json()), (text) => {
        let expected: unknown;
        try {
          expected = JSON.parse(text);
        } catch {
          expected = undefined;
        }
        const r = parseDocumentText(text);
        if (!isJsonObject(expected) || nonFinite(expected)) expect(r.ok).toBe(false);
        else if (r.ok) expect(jsonEqual(r.document, expected)).toBe(true);
        // The one other refusal: an integer literal JSON.parse had to round (9007199254740993).
        else expect(r.error.message).toMatch(/beyond 2\^53/);
      }),
      { numRuns: 1500 },
    );
  });

  it('rangeForPath: every problem path gets a range inside the text; a scalar path, exactly its token', () => {
    fc.assert(
      fc.property(doc, fc.boolean(), (d, compact) => {
        const text = compact ? JSON.stringify(d) : formatDocument(d);
        const locate = createLocator(text);
        for (const p of checkDocument(d)) {
          const r = locate(p.path);
          expect(r).toBeDefined();
          if (!r) continue;
          expect(r.offset + r.length).toBeLessThanOrEqual(text.length);
          const value = getAt(d, parsePath(p.path));
          if (value !== undefined && (value === null || typeof value !== 'object'))
            expect(jsonEqual(JSON.parse(text.slice(r.offset, r.offset + r.length)) as JsonValue, value)).toBe(
              true,
            );
        }
      }),
      { numRuns: 300 },
    );
  });
});
