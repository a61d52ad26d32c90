// Properties 1 and 4: every entry point of the core takes any JSON value without throwing, and keys
// named __proto__, constructor or prototype stay own data at every depth: no prototype is touched.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { check } from '../check.ts';
import { exportDocument, exportJson } from '../export/index.ts';
import { fixAll } from '../fix-all.ts';
import { importText, importValue, normalizeDocument } from '../import/index.ts';
import { isJsonObject, jsonEqual, type JsonObject, type JsonValue } from '../json.ts';
import { addSidecar, removeSidecar, SIDECAR_KINDS } from '../sidecars/index.ts';
import { anyValue, junk, PROTO_KEYS, taskDefinition } from './arbitraries.test-util.ts';

function snapshot(): Record<string, string[]> {
  const protos = { Object: Object.prototype, Array: Array.prototype, Function: Function.prototype };
  return Object.fromEntries(
    Object.entries(protos).map(([name, p]) => [name, Reflect.ownKeys(p).map(String).sort()]),
  );
}

let before: Record<string, string[]>;
beforeAll(() => {
  before = snapshot();
});
afterAll(() => {
  // Property 4, over everything this file ran.
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(snapshot()).toEqual(before);
});

/** Runs every pure entry point on the value; returns what the caller may want to look at. */
function everything(value: JsonValue): void {
  expect(typeof importValue(value).ok).toBe('boolean');
  expect(typeof importText(JSON.stringify(value)).ok).toBe('boolean');
  const yaml = importText(stringify(value));
  // YAML and JSON read the same data the same way.
  const json = importText(JSON.stringify(value));
  if (yaml.ok && json.ok) expect(jsonEqual(yaml.document, json.document)).toBe(true);
  // check() catches a rule that throws and reports it: that report is a bug in the rule.
  expect(check(value).filter((p) => p.code === 'internal-rule-error')).toEqual([]);
  if (!isJsonObject(value)) return;
  const frozen = JSON.stringify(value);
  expect(typeof exportJson(value)).toBe('string');
  expect(isJsonObject(exportDocument(value))).toBe(true);
  expect(isJsonObject(normalizeDocument(value).document)).toBe(true);
  expect(isJsonObject(fixAll(value).document)).toBe(true);
  for (const kind of SIDECAR_KINDS) {
    const added = addSidecar(value, kind);
    expect(typeof added.ok).toBe('boolean');
    expect(typeof removeSidecar(value, kind).ok).toBe('boolean');
    if (added.ok) expect(typeof removeSidecar(added.document, kind).ok).toBe('boolean');
  }
  for (const p of check(value)) {
    if (!p.fix) continue;
    expect(isJsonObject(p.fix.apply(value)), `${p.code} fix`).toBe(true);
  }
  // No entry point modifies its argument.
  expect(JSON.stringify(value)).toBe(frozen);
}

describe('never throws (property 1)', () => {
  it('on any JSON value: task definitions with wrong types, unknown keys and nulls, and plain values', () => {
    fc.assert(fc.property(anyValue, everything), { numRuns: 1500 });
  });

  it('on values of every JSON kind at the root', () => {
    for (const v of [null, true, 0, -1, 1e300, '', 'x', [], [null], [{}], {}, { containerDefinitions: null }])
      everything(v);
  });

  it('on every member of the task made the wrong type', () => {
    fc.assert(
      fc.property(taskDefinition({ wrong: 1, unknown: false }), junk(2), (d, j) => {
        everything(d);
        everything({ family: 'f', containerDefinitions: [j] });
      }),
      { numRuns: 300 },
    );
  });
});

/** A document that hides prototype-named keys at the root, in a container and in unknown objects. */
const poisoned = fc
  .tuple(taskDefinition({ wrong: 0.1, unknown: true }), fc.constantFrom(...PROTO_KEYS), fc.boolean())
  .map(([d, key, inContainer]): JsonObject => {
    const payload = JSON.parse(`{"polluted": "yes", "${key}": {"polluted": "deep"}}`) as JsonObject;
    const container = JSON.parse(
      `{"name": "app", "image": "nginx", "${key}": {"polluted": "c"}, "dockerLabels": {"${key}": "l"}}`,
    ) as JsonObject;
    const out = JSON.parse(`{"family": "f", "${key}": null, "x": {"${key}": null}}`) as JsonObject;
    Object.defineProperty(out, key, { value: payload, enumerable: true, writable: true, configurable: true });
    for (const k of Object.keys(d)) if (!(k in out)) out[k] = d[k] ?? null;
    out.containerDefinitions = inContainer ? [container] : [];
    return out;
  });

describe('prototype keys are data (property 4)', () => {
  it('survive import, export, check, fixAll and the sidecars as own keys, and reach no prototype', () => {
    fc.assert(
      fc.property(poisoned, (doc) => {
        everything(doc);
        const key = PROTO_KEYS.find((k) => Object.prototype.hasOwnProperty.call(doc, k)) ?? '';
        const imported = importValue(doc);
        expect(imported.ok).toBe(true);
        if (!imported.ok) return;
        const out = imported.document;
        expect(Object.prototype.hasOwnProperty.call(out, key)).toBe(true);
        expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
        const text = exportJson(out);
        expect(text).toContain(`"${key}": {`);
        const again = importText(text);
        expect(again.ok && jsonEqual(again.document, exportDocument(out))).toBe(true);
        const fixed = fixAll(out).document;
        expect(Object.prototype.hasOwnProperty.call(fixed, key)).toBe(true);
        const payload = Object.getOwnPropertyDescriptor(fixed, key)?.value as unknown;
        expect(isJsonObject(payload) && payload.polluted).toBe('yes');
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      }),
      { numRuns: 300 },
    );
  });

  it('a __proto__ key in a container keeps its own place after import and export', () => {
    const text =
      '{"family":"f","containerDefinitions":[{"name":"a","image":"i","__proto__":{"polluted":1}}]}';
    const r = importText(text);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const c = (r.document.containerDefinitions as JsonObject[])[0] ?? {};
    expect(Object.keys(c)).toContain('__proto__');
    expect(Object.getPrototypeOf(c)).toBe(Object.prototype);
    expect(exportJson(r.document)).toContain('"__proto__": {\n        "polluted": 1');
  });
});
