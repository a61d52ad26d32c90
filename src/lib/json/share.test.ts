import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { JsonObject, JsonValue } from '../../domain/index.ts';
import { shareUnchanged } from './share.ts';

const parse = (text: string): JsonValue => JSON.parse(text) as JsonValue;

const before: JsonObject = {
  family: 'web',
  containerDefinitions: [
    { name: 'a', environment: [{ name: 'X', value: '1' }], portMappings: [{ containerPort: 80 }] },
    { name: 'b', image: 'nginx' },
  ],
};

describe('shareUnchanged', () => {
  it('keeps the previous references for what did not change, new ones along the changed path', () => {
    const text = JSON.stringify(before).replace('"value":"1"', '"value":"2"');
    const next = shareUnchanged(before, parse(text)) as JsonObject;
    const [a0, b0] = before.containerDefinitions as JsonObject[];
    const [a1, b1] = next.containerDefinitions as JsonObject[];
    expect(next).not.toBe(before);
    expect(a1).not.toBe(a0);
    expect(b1).toBe(b0);
    expect(a1?.portMappings).toBe(a0?.portMappings);
    expect(a1?.environment).not.toBe(a0?.environment);
    expect(JSON.stringify(next)).toBe(text);
  });

  it('returns the previous document when the text means the same', () => {
    expect(shareUnchanged(before, parse(JSON.stringify(before, null, 2)))).toBe(before);
  });

  it('does not share an object whose keys changed order, but shares its values', () => {
    const text =
      '{"containerDefinitions":' + JSON.stringify(before.containerDefinitions) + ',"family":"web"}';
    const next = shareUnchanged(before, parse(text)) as JsonObject;
    expect(next).not.toBe(before);
    expect(Object.keys(next)).toEqual(['containerDefinitions', 'family']);
    expect(next.containerDefinitions).toBe(before.containerDefinitions);
  });

  it('keeps `__proto__` as an own data key', () => {
    const prev = parse('{"a":{"__proto__":{"x":1}},"b":1}');
    const next = shareUnchanged(prev, parse('{"a":{"__proto__":{"x":1}},"b":2}')) as JsonObject;
    expect(next.a).toBe((prev as JsonObject).a);
    const changed = shareUnchanged(prev, parse('{"a":{"__proto__":{"x":2}},"b":1}')) as JsonObject;
    expect(Object.keys(changed.a as JsonObject)).toEqual(['__proto__']);
    expect(Object.getPrototypeOf(changed.a)).toBe(Object.prototype);
    expect(JSON.stringify(changed)).toBe('{"a":{"__proto__":{"x":2}},"b":1}');
  });

  it('always yields a value that serialises exactly like the parsed one', () => {
    const json = fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v));
    fc.assert(
      fc.property(json, json, (a, b) => {
        const result = shareUnchanged(parse(a), parse(b));
        expect(JSON.stringify(result)).toBe(JSON.stringify(parse(b)));
      }),
    );
  });
});
