import { describe, expect, it } from 'vitest';
import { MAX_PANE_INPUT, refusalFor } from './input-limit.ts';

describe('refusalFor', () => {
  it('lets an ordinary document into the pane', () => {
    expect(refusalFor('{"family": "web", "containerDefinitions": [[[]]]}')).toBeUndefined();
    expect(refusalFor('x'.repeat(MAX_PANE_INPUT))).toBeUndefined();
  });
  it('refuses a text over 1 MB, saying how large it is', () => {
    expect(refusalFor('x'.repeat(10 * 1_048_576 + 1))).toMatch(/^Nothing was pasted: that text is 10\.0 MB/);
  });
  it('refuses nesting over 200 levels, but not brackets inside strings', () => {
    expect(refusalFor(`{"x": ${'['.repeat(10_000)}${']'.repeat(10_000)}}`)).toMatch(
      /nested more than 200 levels/,
    );
    expect(refusalFor(`{"x": "${'['.repeat(10_000)}"}`)).toBeUndefined();
  });
});
