// Regression: on one-line (compact) text, adding or removing a key reformatted the whole document,
// because jsonc-parser formats every line an insertion touches; unchanged keys were rewritten.
import { describe, expect, it } from 'vitest';
import type { JsonObject } from '../../domain/index.ts';
import { applyTextEdits, computeEdits } from './edits.ts';

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
