// Regression: the pane's parser turned 1e400 into Infinity, which the next write-back printed as null.
import { describe, expect, it } from 'vitest';
import { parseDocumentText } from './parse-text.ts';

describe('parseDocumentText and out-of-range numbers', () => {
  it('reports a number beyond the double range at its place instead of yielding Infinity', () => {
    const text = '{\n  "family": "f",\n  "memory": -1e400\n}';
    const r = parseDocumentText(text);
    expect(r).toEqual({
      ok: false,
      error: {
        offset: text.indexOf('-1e400'),
        length: 6,
        message: expect.stringMatching(/beyond the range of a JSON number/),
      },
    });
  });

  it('still reads the largest finite numbers and the syntax errors as before', () => {
    expect(parseDocumentText('{"x": 1.7976931348623157e308, "y": "1e400"}')).toEqual({
      ok: true,
      document: { x: 1.7976931348623157e308, y: '1e400' },
    });
    const r = parseDocumentText('{"x": 1e400,}');
    expect(!r.ok && r.error.message).toMatch(/property name/);
  });
});
