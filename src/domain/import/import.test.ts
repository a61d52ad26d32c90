import { describe, expect, it } from 'vitest';
import { importValue } from './import.ts';
import { importText } from './import-text.ts';

function ok(text: string) {
  const r = importText(text);
  if (!r.ok) throw new Error(`expected ok, got ${JSON.stringify(r.error)}`);
  return r;
}

function codes(r: { fixes: { code: string; path: string }[] }): string[] {
  return r.fixes.map((f) => `${f.code} ${f.path}`);
}

describe('importText: register input', () => {
  it('keeps a clean register input unchanged, with no fixes', () => {
    const doc = { family: 'web', containerDefinitions: [{ name: 'app', image: 'nginx', memory: 512 }] };
    const r = ok(JSON.stringify(doc));
    expect(r.kind).toBe('register-input');
    expect(r.format).toBe('json');
    expect(r.document).toEqual(doc);
    expect(r.fixes).toEqual([]);
  });

  it('keeps unknown keys (with their empty values), dropping only nulls', () => {
    const r = ok(
      '{"family":"f","containerDefinitions":[{"name":"a","imagex":"x","extra":[],"gone":null}],"mystery":{}}',
    );
    expect(r.document).toEqual({
      family: 'f',
      containerDefinitions: [{ name: 'a', imagex: 'x', extra: [] }],
      mystery: {},
    });
    expect(codes(r)).toEqual(['null-removed containerDefinitions[0].gone']);
  });
});

describe('importValue', () => {
  it('imports an already-parsed object', () => {
    const r = importValue({ taskDefinition: { family: 'f', containerDefinitions: [], revision: 3 } });
    expect(r.ok && r.kind).toBe('describe-output');
    expect(r.ok && r.document).toEqual({ family: 'f', containerDefinitions: [] });
  });

  it('returns a ReadError for a cycle instead of throwing', () => {
    const a: Record<string, unknown> = { family: 'x' };
    a.self = a;
    const r = importValue(a);
    expect(r.ok).toBe(false);
  });

  it('returns a ReadError for a string', () => {
    const r = importValue('hello');
    expect(r).toEqual({ ok: false, error: expect.objectContaining({ line: 1, column: 1 }) });
  });
});
