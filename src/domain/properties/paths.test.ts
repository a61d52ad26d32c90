// Problem paths place the form error, the Monaco marker and the CLI line: any key (dots, brackets,
// quotes, digits, prototype names) survives formatPath -> parsePath, and every path check reports is
// in its canonical spelling and hangs from a place that exists in the document.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { check } from '../check.ts';
import { formatPath, getAt, parsePath } from '../path.ts';
import { taskDefinition, unknownKey } from './arbitraries.test-util.ts';

describe('paths', () => {
  it('formatPath -> parsePath gives back any segments', () => {
    const segment = fc.oneof(
      fc.nat({ max: 20 }),
      unknownKey,
      fc.string(),
      fc.constantFrom('a.b', 'a[0]', '["x"]', '0', '-1', 'a b', '$x', '"', '\\', ']', '['),
    );
    fc.assert(
      fc.property(fc.array(segment, { maxLength: 5 }), (segments) => {
        expect(parsePath(formatPath(segments))).toEqual(segments);
      }),
      { numRuns: 3000 },
    );
  });

  it("every problem's path is canonical and its parent exists in the document", () => {
    fc.assert(
      fc.property(taskDefinition({ wrong: 0.15, unknown: true }), (d) => {
        for (const p of check(d)) {
          if (p.path === '') continue;
          const segments = parsePath(p.path);
          expect(formatPath(segments), p.code).toBe(p.path);
          expect(getAt(d, segments.slice(0, -1)), `${p.code} ${p.path}`).toBeDefined();
        }
      }),
      { numRuns: 800 },
    );
  });
});
