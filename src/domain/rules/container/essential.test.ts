import { describe, expect, it } from 'vitest';
import { essentialContainerRule as rule } from './essential.ts';
import { at, codes, fixed, only, task } from './testing.ts';

describe('at least one essential container (RULES.md 49)', () => {
  it('passes when essential is omitted (it defaults to true)', () => {
    expect(codes(rule, task([{ name: 'a', essential: false }, { name: 'b' }]))).toEqual([]);
  });

  it('reports when every container sets essential false, and fixes the first', () => {
    const doc = task([
      { name: 'a', essential: false },
      { name: 'b', essential: false },
    ]);
    const out = fixed(only(rule, doc, 'no-essential-container'), doc);
    expect(at(out, 'containerDefinitions', 0, 'essential')).toBe(true);
    expect(codes(rule, out)).toEqual([]);
  });

  it('does not pick a container others wait on with SUCCESS', () => {
    const doc = task([
      { name: 'init', essential: false },
      { name: 'app', essential: false, dependsOn: [{ containerName: 'init', condition: 'SUCCESS' }] },
    ]);
    const p = only(rule, doc, 'no-essential-container');
    expect(p.path).toBe('containerDefinitions[1].essential');
  });
});
