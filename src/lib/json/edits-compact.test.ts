// Regressions found by sync.property.test.ts: on one-line (compact) text, adding or removing a key
// reformatted the whole document (jsonc-parser formats every line an insertion touches); removing the
// last array item before a `]` with no space left a stray character (and the whole text was rewritten);
// a removal could start one quote late, inside the next key; two removals merged across the unchanged
// key between them.
import { describe, expect, it } from 'vitest';
import type { JsonObject } from '../../domain/index.ts';
import { applyTextEdits, computeEdits, formatDocument } from './edits.ts';

describe('edits on compact text', () => {
  const before: JsonObject = { networkMode: 'bridge', cpu: '256', memory: '512' };
  const text = JSON.stringify(before);

  it('adding a key leaves the other keys where they were, on one line', () => {
    const after = { ...before, family: 'web' };
    const edits = computeEdits(text, before, after);
    const out = applyTextEdits(text, edits);
    expect(JSON.parse(out)).toEqual(after);
    expect(out.startsWith('{"networkMode":"bridge","cpu":"256","memory":"512"')).toBe(true);
    expect(out).not.toContain('\n');
  });

  it('removing a key touches only that key', () => {
    const after: JsonObject = { networkMode: 'bridge', memory: '512' };
    const edits = computeEdits(text, before, after);
    expect(applyTextEdits(text, edits)).toBe('{"networkMode":"bridge","memory":"512"}');
    for (const e of edits) expect(e.start).toBeGreaterThanOrEqual(text.indexOf('"bridge"') + 8);
  });
});

describe('edits never cut into unchanged keys', () => {
  const overlaps = (text: string, edits: readonly { start: number; end: number }[], part: string) => {
    const from = text.indexOf(part);
    return edits.some((e) => e.start < from + part.length && e.end > from);
  };

  it('removes the last array item of compact text in place', () => {
    const before: JsonObject = { a: [{ x: 1 }, false], m: '' };
    const text = JSON.stringify(before);
    const after: JsonObject = { a: [{ x: 1 }], m: '' };
    const edits = computeEdits(text, before, after);
    expect(applyTextEdits(text, edits)).toBe('{"a":[{"x":1}],"m":""}');
    expect(edits).toEqual([{ start: 13, end: 19, text: '' }]);
  });

  it('removing the first key leaves the next key whole', () => {
    const before: JsonObject = { networkMode: 'bridge', containerDefinitions: [], cpu: '1' };
    const text = formatDocument(before);
    const edits = computeEdits(text, before, { containerDefinitions: [], cpu: '1' });
    expect(overlaps(text, edits, '"containerDefinitions": []')).toBe(false);
  });

  it('two removals around an unchanged key stay two edits', () => {
    const before: JsonObject = {
      family: '',
      networkMode: 'bridge',
      containerDefinitions: [],
      requiresCompatibilities: [],
      cpu: {},
    };
    const text = formatDocument(before);
    const edits = computeEdits(text, before, { containerDefinitions: [], cpu: {} });
    expect(edits).toHaveLength(2);
    expect(overlaps(text, edits, '"containerDefinitions": []')).toBe(false);
  });
});
