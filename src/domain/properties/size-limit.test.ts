// Property 8: the 64 KiB limit (RULES.md 2). A document one byte over 65,536 bytes of compact UTF-8 JSON
// gets exactly one task-size error from check; one at the limit gets none; bytes, not characters, count.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { check } from '../check.ts';
import { exportJson } from '../export/index.ts';
import { importText } from '../import/index.ts';
import type { JsonObject } from '../json.ts';

const LIMIT = 65_536;
const utf8 = (s: string): number => Buffer.byteLength(s, 'utf8');

/** A valid small task whose environment value is padded with `unit` until the JSON is `bytes` long. */
function sized(bytes: number, unit: string): JsonObject {
  const make = (value: string): JsonObject => ({
    family: 'f',
    containerDefinitions: [
      { name: 'app', image: 'nginx', essential: true, memory: 512, environment: [{ name: 'PAD', value }] },
    ],
  });
  const base = utf8(JSON.stringify(make('')));
  const unitBytes = utf8(JSON.stringify(unit)) - 2;
  const units = Math.floor((bytes - base) / unitBytes);
  const rest = bytes - base - units * unitBytes;
  const doc = make(unit.repeat(units) + 'x'.repeat(rest));
  expect(utf8(JSON.stringify(doc))).toBe(bytes);
  return doc;
}

const sizeErrors = (doc: JsonObject) => check(doc).filter((p) => p.code === 'task-size');

describe('the 64 KiB limit (property 8)', () => {
  it('65,537 bytes: exactly one size error, at the document, naming the size; 65,536 bytes: none', () => {
    for (const unit of ['a', '\u00e9', '\u20ac', '\u{1F600}', '<', '\n']) {
      const over = sizeErrors(sized(LIMIT + 1, unit));
      expect(over, unit).toHaveLength(1);
      expect(over[0]).toMatchObject({ path: '', severity: 'error' });
      expect(over[0]?.message).toContain("Actual length: '65537'");
      expect(sizeErrors(sized(LIMIT, unit)), unit).toEqual([]);
    }
  });

  it('counts UTF-8 bytes: 30,000 characters of € (90,000 bytes) are over the limit', () => {
    const doc = sized(90_000 + 150, '\u20ac');
    expect(JSON.stringify(doc).length).toBeLessThan(LIMIT);
    expect(sizeErrors(doc)).toHaveLength(1);
  });

  it('any size around the limit (property): an error exactly when the bytes exceed 65,536', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: LIMIT - 40, max: LIMIT + 40 }),
        fc.constantFrom('a', '\u00e9', '\u20ac', '"'),
        (bytes, unit) => {
          expect(sizeErrors(sized(bytes, unit))).toHaveLength(bytes > LIMIT ? 1 : 0);
        },
      ),
      { numRuns: 120 },
    );
  });

  it('an oversized paste imports (the size is a problem, not a read error) and exports unchanged', () => {
    const doc = sized(LIMIT + 1, 'a');
    const r = importText(exportJson(doc));
    expect(r.ok && sizeErrors(r.document)).toHaveLength(1);
  });
});
