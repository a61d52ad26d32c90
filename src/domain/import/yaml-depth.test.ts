// Regression: deeply nested YAML overflowed the stack inside the yaml package, and the next parse in the
// same process aborted it (V8 "RegExpCompiler Allocation failed - process out of memory"). Such text is
// now refused before it reaches the parser, however often it is pasted.
import { describe, expect, it } from 'vitest';
import { importText } from './import-text.ts';
import { yamlTooDeepAt } from './yaml-depth.ts';

describe('deep YAML', () => {
  it('is refused before parsing, with the place where the bound is passed, every time', () => {
    const text = '- '.repeat(10_000) + 'x';
    for (let i = 0; i < 5; i++) {
      expect(importText(text)).toEqual({
        ok: false,
        error: { message: expect.stringMatching(/nested too deeply/), line: 1, column: 401 },
      });
    }
  });

  it('counts indentation, compact indicators and flow brackets', () => {
    expect(yamlTooDeepAt('a:\n' + ' '.repeat(201) + 'b: 1')).toBe(3 + 201);
    expect(yamlTooDeepAt('a: ' + '['.repeat(201))).toBe(3 + 200);
    expect(yamlTooDeepAt('a: ' + '[\n'.repeat(150) + ' '.repeat(60) + 'x')).toBe(3 + 300 + 60);
  });

  it('ignores brackets in quotes and comments, and lets real documents through', () => {
    const brackets = '['.repeat(300);
    expect(yamlTooDeepAt(`a: "${brackets}"\nb: '${brackets}'\nc: 1 # ${brackets}\n`)).toBeUndefined();
    expect(yamlTooDeepAt('- - - x\n- {a: [1, {b: 2}]}\n')).toBeUndefined();
    const r = importText(
      'family: f\ncontainerDefinitions:\n  - name: a\n    command: ["sh", "-c", "echo [[["]\n',
    );
    expect(r.ok).toBe(true);
  });
});
