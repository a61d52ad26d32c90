// Inputs meant to break a parser: none may throw, hang, overflow the stack or pollute a prototype.
import { describe, expect, it } from 'vitest';
import { exportDocument } from '../export/index.ts';
import type { JsonObject } from '../json.ts';
import { importValue } from './import.ts';
import { importText } from './import-text.ts';
import { normalizeDocument } from './normalize.ts';

describe('hostile input', () => {
  it('empty and blank input give a ReadError at 1:1', () => {
    for (const text of ['', '   \n\t\n']) {
      const r = importText(text);
      expect(r).toEqual({
        ok: false,
        error: { message: expect.stringMatching(/empty/), line: 1, column: 1 },
      });
    }
  });

  it('binary input (NUL bytes) gives a ReadError at the first NUL', () => {
    const r = importText('{"family":\n "x\u0000y"}');
    expect(r).toEqual({ ok: false, error: { message: expect.stringMatching(/binary/), line: 2, column: 4 } });
  });

  it('10,000-deep JSON arrays and objects are "nested too deeply", not a RangeError', () => {
    for (const text of [
      '['.repeat(10000) + ']'.repeat(10000),
      '{"a":'.repeat(10000) + '1' + '}'.repeat(10000),
    ]) {
      const r = importText(text);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error.message).toMatch(/nested too deeply/);
    }
  });

  it('10,000-deep YAML is "nested too deeply"', () => {
    for (const text of ['- '.repeat(10000) + 'x', 'a: ' + '['.repeat(10000) + ']'.repeat(10000)]) {
      const r = importText(text);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error.message).toMatch(/nested too deeply/);
    }
  });

  it('a 10,000-deep already-parsed value is refused, not walked', () => {
    let v: unknown = 1;
    for (let i = 0; i < 10000; i++) v = { a: v };
    const r = importValue(v);
    expect(!r.ok && r.error.message).toMatch(/nested too deeply/);
  });

  it('a YAML alias bomb is refused', () => {
    const text = [
      'a: &a [x,x,x,x,x,x,x,x,x]',
      'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]',
      'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]',
      'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]',
      'e: [*d,*d,*d,*d,*d,*d,*d,*d,*d]',
    ].join('\n');
    expect(importText(text).ok).toBe(false);
  });

  it('YAML over 1 MB asks for JSON instead of parsing for seconds', () => {
    const text = 'family: x\ncontainerDefinitions:\n' + '  - name: a\n    image: b\n'.repeat(50000);
    const r = importText(text);
    expect(!r.ok && r.error.message).toMatch(/larger than 1 MB/);
  });

  it('a 10 MB JSON document is read', () => {
    const env = Array.from({ length: 3000 }, (_, i) => ({
      name: `NAME_${i}`,
      value: `value-${i}`.padEnd(20, 'x'),
    }));
    const doc = {
      family: 'f',
      containerDefinitions: Array.from({ length: 70 }, (_, c) => ({ name: `c${c}`, environment: env })),
    };
    const text = JSON.stringify(doc, null, 2);
    expect(text.length).toBeGreaterThan(10_000_000);
    const r = importText(text);
    expect(r.ok && r.fixes).toEqual([]);
  });

  it('a 100,000-character key survives', () => {
    const key = 'k'.repeat(100000);
    const r = importText(JSON.stringify({ family: 'f', containerDefinitions: [], [key]: 'v' }));
    expect(r.ok && r.document[key]).toBe('v');
  });

  it('keeps integers beyond 2^53 exact where a string is expected, and notes them', () => {
    const r = importText(
      '{"family":"f","containerDefinitions":[{"name":"a","environment":[{"name":"ID","value":12345678901234567890}]}],"x":98765432109876543210}',
    );
    if (!r.ok) throw new Error('expected ok');
    expect(r.document.containerDefinitions).toEqual([
      { name: 'a', environment: [{ name: 'ID', value: '12345678901234567890' }] },
    ]);
    expect(r.notes.join('\n')).toMatch(/98765432109876543210 is beyond 2\^53/);
  });

  it('keeps __proto__, constructor and prototype as data and pollutes nothing', () => {
    const text =
      '{"__proto__": {"polluted": "yes"}, "family": "f", "constructor": {"prototype": {"polluted": "yes"}},' +
      ' "containerDefinitions": [{"name": "a", "__proto__": {"polluted": "yes"}, "dockerLabels": {"__proto__": "x"}}]}';
    for (const r of [
      importText(text),
      importText(text.replace(/"containerDefinitions"/, '// c\n"containerDefinitions"')),
    ]) {
      if (!r.ok) throw new Error('expected ok');
      expect(Object.keys(r.document)).toEqual(['__proto__', 'family', 'constructor', 'containerDefinitions']);
      expect(Object.getPrototypeOf(r.document)).toBe(Object.prototype);
      expect(Object.getOwnPropertyDescriptor(r.document, '__proto__')?.value).toEqual({ polluted: 'yes' });
      const c = (r.document.containerDefinitions as object[])[0] as Record<string, unknown>;
      expect(Object.keys(c)).toEqual(['name', '__proto__', 'dockerLabels']);
      expect(Object.keys(c.dockerLabels as object)).toEqual(['__proto__']);
    }
    const yaml = importText('__proto__:\n  polluted: yes\nfamily: f\ncontainerDefinitions: []\n');
    expect(yaml.ok && Object.keys(yaml.document)).toEqual(['__proto__', 'family', 'containerDefinitions']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('scalars and non-task-definition JSON give a ReadError, not a throw', () => {
    for (const text of ['42', '"x"', 'null', 'true', '[]', '[1, 2]', 'just some words']) {
      const r = importText(text);
      expect(r.ok).toBe(false);
    }
  });

  it('normalizeDocument and exportDocument do not overflow on a 10,000-deep document from the editor', () => {
    let deep: JsonObject = { leaf: null };
    for (let i = 0; i < 10000; i++) deep = { a: deep };
    const doc: JsonObject = { family: 'f', containerDefinitions: [], deep };
    expect(() => normalizeDocument(doc)).not.toThrow();
    expect(exportDocument(doc).family).toBe('f');
  });
});
