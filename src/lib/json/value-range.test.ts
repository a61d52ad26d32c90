import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { findNodeAtLocation, parseTree } from 'jsonc-parser';
import type { JsonValue, PathSegment } from '../../domain/index.ts';
import { scalarRange } from './value-range.ts';

const text = `{
  "family": "web",
  "n": -1.5e3,
  "skip": { "a": [1, {"b": "}"}], "c": "]" },
  "containerDefinitions": [
    { "name": "app", "essential": true, "x": null, "ports": [80, 443] },
    { "name": "side" }
  ]
}`;

const at = (path: PathSegment[]): string | undefined => {
  const r = scalarRange(text, path);
  return r && text.slice(r.offset, r.offset + r.length);
};

describe('scalarRange', () => {
  it('finds scalars behind nested values, brackets inside strings included', () => {
    expect(at(['family'])).toBe('"web"');
    expect(at(['n'])).toBe('-1.5e3');
    expect(at(['containerDefinitions', 0, 'essential'])).toBe('true');
    expect(at(['containerDefinitions', 0, 'x'])).toBe('null');
    expect(at(['containerDefinitions', 0, 'ports', 1])).toBe('443');
    expect(at(['containerDefinitions', 1, 'name'])).toBe('"side"');
    expect(at(['skip', 'c'])).toBe('"]"');
  });

  it('is undefined for a missing path, a container value, or broken text', () => {
    expect(at(['cpu'])).toBeUndefined();
    expect(at(['containerDefinitions', 2, 'name'])).toBeUndefined();
    expect(at(['containerDefinitions', 0])).toBeUndefined();
    expect(at(['skip'])).toBeUndefined();
    expect(at(['family', 'x'])).toBeUndefined();
    expect(at(['containerDefinitions', 'name'])).toBeUndefined();
    expect(scalarRange('{"a" 1}', ['a'])).toBeUndefined();
    expect(scalarRange('{"a": "unterminated', ['a'])).toBeUndefined();
  });

  it('agrees with jsonc-parser on every scalar of generated documents (property)', () => {
    const scalars = (v: JsonValue, path: PathSegment[], out: PathSegment[][]): PathSegment[][] => {
      if (Array.isArray(v)) v.forEach((x, i) => scalars(x, [...path, i], out));
      else if (v !== null && typeof v === 'object')
        for (const [k, x] of Object.entries(v)) scalars(x, [...path, k], out);
      else out.push(path);
      return out;
    };
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), fc.boolean(), (value, pretty) => {
        const doc = { v: value } as JsonValue;
        const t = JSON.stringify(doc, null, pretty ? 2 : undefined);
        const tree = parseTree(t);
        if (!tree) return;
        // Repeated keys are not generated; JSON.stringify writes each key once.
        for (const path of scalars(doc, [], [])) {
          const node = findNodeAtLocation(tree, path);
          expect(scalarRange(t, path), JSON.stringify(path)).toEqual(
            node && { offset: node.offset, length: node.length },
          );
        }
      }),
      { numRuns: 300 },
    );
  });
});
