// Regression: a JSON number literal beyond the double range (1e400) became Infinity in the document;
// export wrote it as null and the next import removed the key, so the field was lost.
import { describe, expect, it } from 'vitest';
import { exportJson } from '../export/index.ts';
import { importText } from './import-text.ts';

describe('numbers beyond the double range', () => {
  it('are a ReadError at the literal, not Infinity in the document', () => {
    for (const [text, literal] of [
      ['{"family":"f","containerDefinitions":[],"x":1e400}', '1e400'],
      ['{"family":"f","memory":-1e999,"containerDefinitions":[]}', '-1e999'],
      ['{\n  "family": "f",\n  "containerDefinitions": [{"cpu": ' + '9'.repeat(400) + '}]\n}', '9'],
    ] as const) {
      const at = text.indexOf(literal);
      const column = at - text.lastIndexOf('\n', at);
      const r = importText(text);
      expect(r).toEqual({
        ok: false,
        error: {
          message: expect.stringMatching(/beyond the range of a JSON number/),
          line: text.startsWith('{\n') ? 3 : 1,
          column,
        },
      });
    }
  });

  it('large but finite numbers, and digits in strings and comments, still read', () => {
    const r = importText(
      '{"family":"f","containerDefinitions":[],"x":1.7e308,"y":"1e400" // 2024-01-01 1e-999\n}',
    );
    expect(r.ok && [r.document.x, r.document.y]).toEqual([1.7e308, '1e400']);
    if (r.ok) expect(exportJson(r.document)).toContain('"x": 1.7e+308');
  });
});
