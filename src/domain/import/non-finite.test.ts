// Regression: YAML's .inf, .nan and 1e400 (and NaN or Infinity handed to importValue) became null, and
// the normalizer then removed the field with the fix "Removed x, which was null": a lost field with a
// wrong explanation. They are now refused, like 1e400 in JSON.
import { describe, expect, it } from 'vitest';
import { importValue } from './import.ts';
import { importText } from './import-text.ts';

describe('numbers JSON cannot hold, from YAML or a caller', () => {
  it('are refused with the key that holds them', () => {
    for (const [text, key] of [
      ['family: f\ncontainerDefinitions: []\nx: .inf\n', '"x" is Infinity'],
      ['family: f\ncontainerDefinitions:\n  - name: a\n    memory: -.inf\n', '"memory" is -Infinity'],
      ['family: f\ncontainerDefinitions: []\nratio: .nan\n', '"ratio" is NaN'],
      ['family: f\ncontainerDefinitions: []\nbig: 1e400\n', '"big" is Infinity'],
    ] as const) {
      const r = importText(text);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error.message).toContain(key);
    }
    const v = importValue({ family: 'f', containerDefinitions: [{ name: 'a', cpu: Number.NaN }] });
    expect(!v.ok && v.error.message).toMatch(/"cpu" is NaN, a number JSON cannot hold/);
  });

  it('finite numbers and quoted ".inf" still read', () => {
    const r = importText('family: f\ncontainerDefinitions: []\nx: ".inf"\ny: 1.5e300\n');
    expect(r.ok && [r.document.x, r.document.y]).toEqual(['.inf', 1.5e300]);
  });
});
