import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  decodeJson,
  decodeText,
  encodeJson,
  encodeText,
  fragmentPayload,
  jsonDepth,
  shareUrl,
} from './index.ts';

/** Lone surrogates become U+FFFD, as TextEncoder writes them. */
const wellFormed = (s: string): string =>
  s.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');

/** A task definition of about 56 KB, with values that do not compress to nothing. */
function bigDocument(): Record<string, unknown> {
  let seed = 7;
  const rnd = (): string => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed.toString(36);
  };
  const containers = Array.from({ length: 10 }, (_, c) => ({
    name: `app-${String(c)}`,
    image: `123456789012.dkr.ecr.eu-west-1.amazonaws.com/app-${String(c)}:${rnd()}`,
    essential: c === 0,
    environment: Array.from({ length: 120 }, (_, i) => ({
      name: `VAR_${String(i)}_${rnd()}`,
      value: rnd() + rnd(),
    })),
  }));
  return { family: 'big', containerDefinitions: containers };
}

describe('share codec', () => {
  it('round-trips text and uses only URL-safe characters', async () => {
    const payload = await encodeText('hello, task definition');
    expect(payload).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(await decodeText(payload)).toEqual({ ok: true, text: 'hello, task definition' });
  });

  it('round-trips unicode (accents, CJK, emoji, a lone BOM)', async () => {
    const text = '\uFEFFcafé — 東京 — 🚀🐳 — \u0000 — ☃';
    expect(await decodeText(await encodeText(text))).toEqual({ ok: true, text });
  });

  it('round-trips any string (property)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'binary' }), async (text) => {
        const back = await decodeText(await encodeText(text));
        // A lone surrogate is not encodable in UTF-8; TextEncoder writes U+FFFD for it.
        expect(back).toEqual({ ok: true, text: wellFormed(text) });
      }),
      { numRuns: 60 },
    );
  });

  it('keeps __proto__, constructor and prototype keys as data', async () => {
    const value = JSON.parse(
      '{"__proto__": {"polluted": true}, "constructor": {"prototype": 1}, "a": [{"__proto__": null}]}',
    ) as Parameters<typeof encodeJson>[0];
    const back = await decodeJson(await encodeJson(value));
    expect(back.ok).toBe(true);
    if (!back.ok) return;
    const obj = back.value as Record<string, unknown>;
    expect(Object.prototype.hasOwnProperty.call(obj, '__proto__')).toBe(true);
    expect(Object.getPrototypeOf(obj)).toBe(Object.prototype);
    expect(JSON.stringify(back.value)).toBe(JSON.stringify(value));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('round-trips a 56 KB document and compresses it', async () => {
    const doc = bigDocument();
    const text = JSON.stringify(doc);
    expect(text.length).toBeGreaterThan(56 * 1024);
    const payload = await encodeJson(doc as Parameters<typeof encodeJson>[0]);
    expect(payload.length).toBeLessThan(text.length);
    const back = await decodeJson(payload);
    expect(back).toEqual({ ok: true, value: doc });
  });

  it('answers corrupted input with an error, never a throw', async () => {
    const good = await encodeText(JSON.stringify({ family: 'web', containerDefinitions: [] }));
    const cases = [
      '',
      '1',
      good.slice(0, Math.floor(good.length / 2)),
      good.slice(0, -3) + 'AAA',
      good + '%20',
      good.replace(/^1/, '9'),
      '1' + 'A'.repeat(5),
      '1!!!!',
      '1' + Buffer.from('not deflate at all').toString('base64url'),
    ];
    for (const bad of cases) {
      const out = await decodeText(bad);
      expect(out.ok, bad).toBe(false);
      if (!out.ok) expect(out.error).toMatch(/link/);
    }
  });

  it('reports data that unpacks but is not JSON', async () => {
    const out = await decodeJson(await encodeText('{"family": '));
    expect(out).toEqual({ ok: false, error: 'The link is damaged: its data is not valid JSON.' });
  });

  it('refuses data nested deeper than any task definition', async () => {
    const deep = '['.repeat(10_000) + ']'.repeat(10_000);
    const out = await decodeJson(await encodeText(deep));
    expect(out.ok).toBe(false);
    if (!out.ok) expect(out.error).toMatch(/nested more than 200 levels/);
    const fine = '['.repeat(200) + ']'.repeat(200);
    expect((await decodeJson(await encodeText(fine))).ok).toBe(true);
  });

  it('counts nesting outside strings only', () => {
    expect(jsonDepth('{"a": [1, {"b": "[[[{{{"}], "c": "\\\\", "d": [[[[]]]]}')).toBe(5);
    expect(jsonDepth(JSON.stringify({ a: 'quote " and [[[', b: [[1]] }))).toBe(3);
    expect(jsonDepth('"[[["')).toBe(0);
  });

  it('refuses a payload that inflates past the limit', async () => {
    const bomb = await encodeText(' '.repeat(17 * 1024 * 1024));
    expect(bomb.length).toBeLessThan(100_000);
    const out = await decodeText(bomb);
    expect(out.ok).toBe(false);
    if (!out.ok) expect(out.error).toMatch(/16 MB/);
  });

  it('reads and writes the #doc= fragment', () => {
    expect(fragmentPayload('#doc=1abc')).toBe('1abc');
    expect(fragmentPayload('#other=1')).toBeUndefined();
    expect(fragmentPayload('')).toBeUndefined();
    expect(shareUrl('https://x.test/app/?q=1#old', '1abc')).toBe('https://x.test/app/?q=1#doc=1abc');
    expect(shareUrl('http://127.0.0.1:4000/', 'P')).toBe('http://127.0.0.1:4000/#doc=P');
  });
});
