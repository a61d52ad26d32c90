import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { setAt, type JsonObject, type JsonValue } from '../../domain/index.ts';
import { diffJson } from './diff.ts';
import { applyTextEdits, computeEdits, formatDocument } from './edits.ts';
import { parseDocumentText } from './parse-text.ts';
import { rangeForPath } from './locate.ts';

const base: JsonObject = {
  family: 'web',
  networkMode: 'awsvpc',
  containerDefinitions: [{ name: 'app', image: 'nginx', portMappings: [{ containerPort: 80 }] }],
  custom: { keep: true },
};

function roundTrip(text: string, before: JsonObject, after: JsonObject): string {
  const out = applyTextEdits(text, computeEdits(text, before, after));
  const parsed = parseDocumentText(out);
  expect(parsed.ok && parsed.document).toEqual(after);
  return out;
}

describe('parseDocumentText', () => {
  it('accepts a JSON object', () => {
    expect(parseDocumentText('{"family":"a"}')).toEqual({ ok: true, document: { family: 'a' } });
  });
  it('reports where a syntax error is', () => {
    const r = parseDocumentText('{\n  "family": "a",\n}');
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.offset).toBeGreaterThan(10);
      expect(r.error.message).toMatch(/Syntax error/);
    }
  });
  it('rejects comments and non-objects', () => {
    expect(parseDocumentText('{ // x\n}').ok).toBe(false);
    expect(parseDocumentText('[1]').ok).toBe(false);
    expect(parseDocumentText('').ok).toBe(false);
  });
  it('keeps __proto__ as data', () => {
    const r = parseDocumentText('{"__proto__": {"x": 1}}');
    expect(r.ok && Object.keys(r.document)).toEqual(['__proto__']);
  });
});

describe('diffJson', () => {
  it('is empty for the same reference and for equal values', () => {
    expect(diffJson(base, base)).toEqual([]);
    expect(diffJson(base, structuredClone(base))).toEqual([]);
  });
  it('names only the changed path', () => {
    const next = setAt(base, ['containerDefinitions', 0, 'image'], 'httpd');
    expect(diffJson(base, next)).toEqual([{ path: ['containerDefinitions', 0, 'image'], value: 'httpd' }]);
  });
  it('inserts and removes array items as blocks', () => {
    const a = { xs: [1, 2, 3] };
    expect(diffJson(a, { xs: [1, 9, 2, 3] })).toEqual([{ path: ['xs', 1], value: 9, insert: true }]);
    expect(diffJson(a, { xs: [1, 3] })).toEqual([{ path: ['xs', 1], value: undefined }]);
  });
});

describe('computeEdits', () => {
  const text = formatDocument(base);

  it('changes one value with one small edit and leaves the rest of the text alone', () => {
    const after = setAt(base, ['family'], 'api') as JsonObject;
    const edits = computeEdits(text, base, after);
    expect(edits).toEqual([{ start: text.indexOf('web'), end: text.indexOf('web') + 3, text: 'api' }]);
    roundTrip(text, base, after);
  });

  it('keeps the user formatting and unknown fields around a change', () => {
    const custom = '{"family":"web",   "zzz":[1,2,3],\n"cpu":"256"}';
    const before = JSON.parse(custom) as JsonObject;
    const out = roundTrip(custom, before, setAt(before, ['cpu'], '512') as JsonObject);
    expect(out).toBe('{"family":"web",   "zzz":[1,2,3],\n"cpu":"512"}');
  });

  it('adds, removes and inserts, producing disjoint edits', () => {
    let after = setAt(base, ['cpu'], '256') as JsonObject;
    after = setAt(after, ['custom'], undefined) as JsonObject;
    after = setAt(after, ['containerDefinitions', 1], { name: 'side', image: 'x' }) as JsonObject;
    const edits = computeEdits(text, base, after);
    for (let i = 1; i < edits.length; i++) expect(edits[i]!.start).toBeGreaterThanOrEqual(edits[i - 1]!.end);
    roundTrip(text, base, after);
  });

  it('replaces the whole text when it does not parse', () => {
    const after = setAt(base, ['family'], 'x') as JsonObject;
    expect(applyTextEdits('{ broken', computeEdits('{ broken', base, after))).toBe(formatDocument(after));
  });

  it('returns no edit when nothing changed', () => {
    expect(computeEdits(text, base, structuredClone(base))).toEqual([]);
  });

  const jsonValue = fc.letrec((tie) => ({
    value: fc.oneof(
      { depthSize: 'small' },
      fc.string(),
      fc.integer(),
      fc.boolean(),
      fc.constant(null),
      fc.array(tie('value'), { maxLength: 4 }),
      fc.dictionary(fc.constantFrom('a', 'b', 'c', 'd', '__proto__'), tie('value'), { maxKeys: 4 }),
    ),
  })).value as fc.Arbitrary<JsonValue>;
  const jsonObject = fc.dictionary(fc.constantFrom('family', 'cpu', 'x', 'y'), jsonValue, { maxKeys: 4 });

  it('turns any document into any other (property)', () => {
    fc.assert(
      fc.property(jsonObject, jsonObject, fc.boolean(), (a, b, compact) => {
        const t = compact ? JSON.stringify(a) : formatDocument(a);
        roundTrip(t, a, b);
      }),
      { numRuns: 300 },
    );
  });
});

describe('real task definitions', () => {
  const dir = path.resolve(process.cwd(), '../shared/corpus');
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .slice(0, 40);
  it.each(files)('a one-field edit of %s is one small edit', (file) => {
    const text = readFileSync(path.join(dir, file), 'utf8');
    const parsed = parseDocumentText(text);
    if (!parsed.ok) return; // some corpus files are deliberately broken
    const after = setAt(parsed.document, ['family'], 'edited-family') as JsonObject;
    const edits = computeEdits(text, parsed.document, after);
    expect(edits.length).toBe(1);
    expect(edits[0]!.end - edits[0]!.start).toBeLessThan(200);
    roundTrip(text, parsed.document, after);
  });
});

describe('rangeForPath', () => {
  const text = formatDocument(base);
  it('finds a scalar value', () => {
    const r = rangeForPath(text, 'containerDefinitions[0].image');
    expect(r && text.slice(r.offset, r.offset + r.length)).toBe('"nginx"');
  });
  it('finds the key of an object', () => {
    const r = rangeForPath(text, 'containerDefinitions[0].portMappings');
    expect(r && text.slice(r.offset, r.offset + r.length)).toBe('"portMappings"');
  });
  it('falls back to the nearest ancestor for a missing field', () => {
    const r = rangeForPath(text, 'custom.missing');
    expect(r && text.slice(r.offset, r.offset + r.length)).toBe('"custom"');
    const root = rangeForPath(text, 'cpu');
    expect(root).toEqual({ offset: 0, length: 1 });
  });
});
