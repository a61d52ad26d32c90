// Regressions: the pane's parser turned 1e400 into Infinity, which the next write-back printed as null;
// and text nested 10,000 levels deep made parseDocumentText, rangeForPath and computeEdits throw a
// RangeError (stack overflow) instead of reporting a syntax problem.
import { describe, expect, it } from 'vitest';
import { applyTextEdits, computeEdits, formatDocument } from './edits.ts';
import { rangeForPath } from './locate.ts';
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

describe('text nested too deeply', () => {
  const deep = '{"x":' + '['.repeat(10_000) + ']'.repeat(10_000) + '}';

  it('is a syntax problem at the bracket that goes too deep, not a RangeError', () => {
    expect(parseDocumentText(deep)).toEqual({
      ok: false,
      error: { offset: 5 + 199, length: 1, message: expect.stringMatching(/nested more than 200 levels/) },
    });
    expect(parseDocumentText('{"x":' + '['.repeat(199) + ']'.repeat(199) + '}').ok).toBe(true);
    expect(parseDocumentText('{"x":"' + '['.repeat(300) + '"}').ok).toBe(true);
  });

  it('has no ranges, and edits replace it as a whole', () => {
    expect(rangeForPath(deep, 'x[0]')).toBeUndefined();
    const after = { family: 'f' };
    expect(applyTextEdits(deep, computeEdits(deep, {}, after))).toBe(formatDocument(after));
  });
});

describe('integers beyond 2^53', () => {
  it('are a problem at the literal, not silently rounded', () => {
    const text = '{"family": "big", "memory": 9007199254740993}';
    expect(parseDocumentText(text)).toEqual({
      ok: false,
      error: { offset: 28, length: 16, message: expect.stringMatching(/9007199254740993 is beyond 2\^53/) },
    });
  });
  it('leave safe integers, decimals and exponents alone', () => {
    expect(parseDocumentText('{"a": 9007199254740991, "b": 1e20, "c": 0.5}').ok).toBe(true);
    expect(parseDocumentText('{"b": 1e20, "a": 90071992547409930}').ok).toBe(false);
  });
});

// Regression (sync.property.test.ts): 9007199254740992 (2^53) and 9007199254740994 are held exactly by
// a double, and 635039440272355300 is what JSON.stringify writes for the double 635039440272355328, yet
// the pane refused them as "beyond 2^53": a document holding one (the importer keeps such numbers)
// could not be shown in the text the pane itself writes.
describe('integers a double holds exactly', () => {
  it('are read as written, however large', () => {
    expect(
      parseDocumentText('{"a": 9007199254740992, "b": -9007199254740994, "c": 18014398509481984}'),
    ).toEqual({
      ok: true,
      document: { a: 2 ** 53, b: -(2 ** 53 + 2), c: 2 ** 54 },
    });
    expect(parseDocumentText('{"a": 9007199254740993}').ok).toBe(false);
    const r = parseDocumentText(formatDocument({ a: 635039440272355328 }));
    expect(r.ok && r.document.a).toBe(635039440272355328);
  });

  it('survive the pane round trip: formatted, edited, parsed', () => {
    const before = { family: 'f', memory: 2 ** 53 };
    const text = formatDocument(before);
    const after = { family: 'g', memory: 2 ** 53 };
    const edits = computeEdits(text, before, after);
    expect(edits).toEqual([{ start: text.indexOf('"f"') + 1, end: text.indexOf('"f"') + 2, text: 'g' }]);
    expect(parseDocumentText(applyTextEdits(text, edits))).toEqual({ ok: true, document: after });
  });
});

describe('text Import reads although the pane cannot', () => {
  const importable = (text: string) => {
    const r = parseDocumentText(text);
    return r.ok ? 'parsed' : (r.error.importable ?? 'no');
  };

  it('names a list of container definitions and says how a task definition holds it', () => {
    const r = parseDocumentText('  [{"name": "web", "image": "nginx"}]');
    expect(r).toEqual({
      ok: false,
      error: {
        offset: 2,
        length: 1,
        message: expect.stringMatching(/list of container definitions.*"containerDefinitions"/),
        importable: 'containers',
      },
    });
  });

  it('says what other JSON values are, with nothing to import', () => {
    for (const [text, what] of [
      ['[]', 'an empty list'],
      ['[1, 2]', 'a list'],
      ['"web"', 'a string'],
      ['null', 'null'],
      ['42', 'a number'],
    ] as const) {
      const r = parseDocumentText(text);
      expect(!r.ok && r.error.message).toContain(`this text holds ${what}.`);
      expect(importable(text)).toBe('no');
    }
  });

  it('recognises YAML, and JSON with comments or trailing commas', () => {
    expect(importable('family: web\ncontainerDefinitions:\n  - name: app\n')).toBe('yaml');
    expect(importable("AWSTemplateFormatVersion: '2010-09-09'\nResources: {}\n")).toBe('yaml');
    expect(importable('{"family": "web", // the service\n "containerDefinitions": []}')).toBe('jsonc');
    expect(importable('{"family": "web", "containerDefinitions": [],}')).toBe('jsonc');
    const r = parseDocumentText('family: web\n');
    expect(!r.ok && r.error.message).toMatch(/not JSON: if it is YAML/);
  });

  it('offers nothing for text that is broken JSON, or not a document at all', () => {
    expect(importable('{"family": "web" "cpu": "256"}')).toBe('no');
    expect(importable('{"family": ')).toBe('no');
    expect(importable('')).toBe('no');
    expect(importable('hello world')).toBe('no');
  });
});
