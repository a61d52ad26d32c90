// The fast path of parseDocumentText must never accept a text the careful path refuses, nor read one
// differently: compared on generated texts and on the cases the careful path exists for.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MAX_DEPTH, parseDocumentText, parsePlainDocument, parseWithPositions } from './parse-text.ts';

function agrees(text: string): void {
  const plain = parsePlainDocument(text);
  const careful = parseWithPositions(text);
  if (plain !== undefined) expect(careful).toEqual({ ok: true, document: plain });
  expect(parseDocumentText(text)).toEqual(careful);
}

const nested = (levels: number): string => `${'{"a":'.repeat(levels - 1)}{}${'}'.repeat(levels - 1)}`;

describe('parsePlainDocument', () => {
  it('reads a plain document in one parse, the same as the careful path', () => {
    const text = '{"family":"web","cpu":"256","n":1.5,"big":9007199254740991,"xs":[true,null,-0]}';
    expect(parsePlainDocument(text)).toEqual(JSON.parse(text));
    agrees(text);
  });

  it('declines what only the careful path can judge', () => {
    for (const text of [
      '{"n": 9007199254740993}',
      '{"n": 1e400}',
      '{"n": -1e400}',
      '{"n": 1e20}',
      nested(MAX_DEPTH + 1),
      '[1]',
      '"x"',
      '{"a":1,}',
      '{"a":1} // c',
      '',
    ]) {
      expect(parsePlainDocument(text), text).toBeUndefined();
      agrees(text);
    }
    expect(parsePlainDocument(nested(MAX_DEPTH))).toBeDefined();
    agrees(nested(MAX_DEPTH));
  });

  it('keeps __proto__ as data', () => {
    const doc = parsePlainDocument('{"__proto__": {"x": 1}}');
    expect(doc && Object.keys(doc)).toEqual(['__proto__']);
  });

  it('agrees with the careful path on generated JSON (property)', () => {
    fc.assert(
      fc.property(fc.json({ depthSize: 'small' }), (text) => {
        agrees(text);
        agrees(`{"v": ${text}}`);
      }),
      { numRuns: 400 },
    );
  });

  it('agrees with the careful path on damaged JSON (property)', () => {
    const damaged = fc
      .tuple(fc.json(), fc.nat(), fc.nat({ max: 3 }), fc.string({ maxLength: 3 }))
      .map(([t, at, cut, insert]) => {
        const text = `{"v": ${t}}`;
        const i = at % (text.length + 1);
        return text.slice(0, i) + insert + text.slice(i + cut);
      });
    fc.assert(fc.property(damaged, agrees), { numRuns: 600 });
  });
});
