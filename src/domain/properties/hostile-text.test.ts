// Property 6: hostile text. importText answers every input with a document or a ReadError whose line
// and column lie inside the text, and never throws. Figures (time) are printed by
// scripts/hostile-timings.ts, not asserted here.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { check } from '../check.ts';
import { exportJson } from '../export/index.ts';
import { importText, type ImportResult } from '../import/index.ts';
import { isJsonObject, own, type JsonObject } from '../json.ts';
import { HOSTILE_TEXTS } from './hostile-texts.test-util.ts';
import { taskDefinition } from './arbitraries.test-util.ts';

/** ok, or a ReadError that points inside the text (1-based; one past the end of a line is allowed). */
function wellFormed(text: string, r: ImportResult): void {
  if (r.ok) {
    expect(isJsonObject(r.document)).toBe(true);
    return;
  }
  const lines = text.split(/\r\n|\r|\n/);
  const { line, column, message } = r.error;
  expect(message.length).toBeGreaterThan(0);
  expect(Number.isInteger(line) && Number.isInteger(column)).toBe(true);
  expect(line).toBeGreaterThanOrEqual(1);
  expect(line).toBeLessThanOrEqual(Math.max(1, lines.length));
  expect(column).toBeGreaterThanOrEqual(1);
  expect(column).toBeLessThanOrEqual((lines[line - 1] ?? '').length + 1);
}

function run(text: string): ImportResult {
  const r = importText(text);
  wellFormed(text, r);
  return r;
}

const fail = (r: ImportResult): string => (r.ok ? 'ok' : r.error.message);

describe('hostile text (property 6)', () => {
  const texts = HOSTILE_TEXTS((bytes) => Buffer.from(bytes).toString('utf8'));
  const byName = new Map(texts.map((t) => [t.name, t.text]));
  const get = (name: string): string => byName.get(name) ?? '';
  const results = new Map<string, ImportResult>();
  /** Each text is read once; the specific tests below look at the same answer. */
  const runNamed = (name: string): ImportResult => {
    const hit = results.get(name);
    if (hit) return hit;
    const r = run(get(name));
    results.set(name, r);
    return r;
  };

  it.each(texts.map((t) => [t.name, t] as const))('%s: a document or a placed ReadError', (name) => {
    runNamed(name);
  });

  it('a 10 MB paste of a task definition is read; check then reports the size', () => {
    const r = runNamed('10 MB task definition');
    expect(r.ok).toBe(true);
    if (r.ok) expect(check(r.document).filter((p) => p.code === 'task-size')).toHaveLength(1);
  });

  it('10 MB of YAML-looking text is refused with the size message, not parsed', () => {
    expect(fail(runNamed('10 MB of text'))).toMatch(/larger than 1 MB/);
  });

  it('10,000-level nested arrays are "nested too deeply"', () => {
    expect(fail(runNamed('10,000 nested arrays'))).toMatch(/nested too deeply/);
    expect(fail(runNamed('10,000 nested YAML lists'))).toMatch(/nested too deeply/);
  });

  it('a 100,000-character key is kept as a key', () => {
    const r = runNamed('100,000-character key');
    expect(r.ok && own(r.document, 'k'.repeat(100_000))).toBe('v');
  });

  it('a JSON object with 100,000 keys is read, every key kept', () => {
    const r = runNamed('100,000 keys');
    expect(r.ok && Object.keys(r.document).length).toBe(100_002);
  });

  it('integers beyond 2^53: exact where a string is expected, rounded (and noted) where a number is', () => {
    const r = runNamed('numbers beyond 2^53');
    if (!r.ok) throw new Error(r.error.message);
    const c = (r.document.containerDefinitions as JsonObject[])[0] ?? {};
    expect(r.document.cpu).toBe('9007199254740993');
    expect(c.memory).toBe(9007199254740992);
    expect(own(c, 'environment')).toEqual([{ name: 'ID', value: '123456789012345678901' }]);
    expect(r.notes.join('\n')).toMatch(/9007199254740993 is beyond 2\^53/);
    expect(fail(runNamed('number beyond the double range'))).toMatch(/beyond the range of a JSON number/);
  });

  it('invalid UTF-8 decoded as text keeps U+FFFD in the value; bare invalid bytes are a ReadError', () => {
    const r = runNamed('invalid UTF-8 in a string');
    expect(r.ok && r.document.family).toBe('\uFFFD\uFFFD\uFFFD(x');
    expect(runNamed('invalid UTF-8 only').ok).toBe(false);
  });

  it('empty, whitespace-only and binary text are ReadErrors', () => {
    expect(fail(run(''))).toMatch(/empty/);
    expect(fail(runNamed('whitespace only'))).toMatch(/empty/);
    const bin = runNamed('binary (NUL bytes)');
    expect(bin).toEqual({
      ok: false,
      error: { message: expect.stringMatching(/binary/), line: 1, column: 3 },
    });
  });

  it('YAML alias bombs are refused, not expanded; small anchors still work', () => {
    for (const name of ['YAML alias bomb (lists)', 'YAML alias bomb (maps)', 'YAML alias bomb (2^30)'])
      expect(fail(runNamed(name))).toMatch(/resource exhaustion/);
    const r = runNamed('YAML anchors');
    expect(r.ok && r.document.containerDefinitions).toEqual([
      { name: 'a', image: 'nginx' },
      { name: 'b', image: 'nginx' },
    ]);
  });

  it('YAML with tab indentation is a ReadError at the tab; tabs inside values are kept', () => {
    expect(runNamed('YAML indented with tabs')).toEqual({
      ok: false,
      error: { message: expect.stringMatching(/[Tt]abs/), line: 3, column: 1 },
    });
    const r = runNamed('YAML with tabs in values');
    expect(r.ok && r.document.family).toBe('a\tb');
  });

  it('any string at all (property)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.json()), (text) => {
        run(text);
      }),
      { numRuns: 1500 },
    );
  });

  it('any damaged task definition text (property): a truncation, a deleted or an inserted character', () => {
    const damaged = fc
      .tuple(
        taskDefinition({ wrong: 0.1, unknown: true }),
        fc.boolean(),
        fc.nat(),
        fc.constantFrom(
          '',
          '{',
          '}',
          '[',
          ']',
          ',',
          ':',
          '"',
          '\\',
          '\n',
          '\t',
          '\u0000',
          '#',
          '&a',
          '*a',
          '- ',
        ),
      )
      .map(([d, yaml, at, insert]) => {
        const text = yaml ? exportJson(d).replace(/^( *)"([^"]+)": /gm, '$1$2: ') : exportJson(d);
        const i = at % (text.length + 1);
        return insert === '' ? text.slice(0, i) : text.slice(0, i) + insert + text.slice(i + 1);
      });
    fc.assert(
      fc.property(damaged, (text) => {
        run(text);
      }),
      { numRuns: 1500 },
    );
  });
});
