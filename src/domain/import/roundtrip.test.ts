// Property tests: any document that follows the model (plus unknown keys) survives
// import -> export -> import unchanged, and export is idempotent.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonEqual, type JsonObject, type JsonValue } from '../json.ts';
import { exportJson } from '../export/index.ts';
import { importValue } from './import.ts';
import { importText } from './import-text.ts';
import { describeSchema, ROOT_SCHEMA, type Schema } from './model-walk.ts';

const text = fc.string({ minLength: 1, maxLength: 12 });
const unknownKey = fc.oneof(
  fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString'),
  text.map((s) => `x-${s}`),
);
const unknownValue: fc.Arbitrary<JsonValue> = fc.oneof(
  text,
  fc.integer(),
  fc.boolean(),
  fc.array(text, { maxLength: 2 }),
  fc.dictionary(text, fc.integer(), { maxKeys: 2 }),
);

function withUnknown(known: fc.Arbitrary<JsonObject>): fc.Arbitrary<JsonObject> {
  return fc
    .tuple(known, fc.array(fc.tuple(unknownKey, unknownValue), { maxLength: 2 }))
    .map(([obj, extra]) => {
      const out: JsonObject = {};
      for (const k of Object.keys(obj))
        Object.defineProperty(out, k, {
          value: obj[k],
          enumerable: true,
          writable: true,
          configurable: true,
        });
      for (const [k, v] of extra) {
        if (!Object.prototype.hasOwnProperty.call(out, k)) {
          Object.defineProperty(out, k, { value: v, enumerable: true, writable: true, configurable: true });
        }
      }
      return out;
    });
}

const arbitraries = new Map<Schema, fc.Arbitrary<JsonValue>>();

/** A value the model accepts at this schema; optional members are never empty (the importer drops those). */
function arbitraryFor(schema: Schema): fc.Arbitrary<JsonValue> {
  const hit = arbitraries.get(schema);
  if (hit) return hit;
  const { expect: e } = describeSchema(schema);
  let arb: fc.Arbitrary<JsonValue>;
  switch (e.kind) {
    case 'object': {
      const model: Record<string, fc.Arbitrary<JsonValue>> = {};
      const required: string[] = [];
      for (const key of e.keys) {
        const member = e.shape[key];
        if (!member) continue;
        model[key] = arbitraryFor(member);
        if (!describeSchema(member).optional) required.push(key);
      }
      const known = fc
        .record(model, { requiredKeys: required })
        .filter((o) => Object.keys(o).length > 0) as fc.Arbitrary<JsonObject>;
      arb = withUnknown(known);
      break;
    }
    case 'array':
      arb = fc.array(arbitraryFor(e.element), { minLength: 1, maxLength: 2 });
      break;
    case 'record':
      arb = fc.dictionary(fc.oneof(text, fc.constant('__proto__')), arbitraryFor(e.value), {
        minKeys: 1,
        maxKeys: 2,
      });
      break;
    case 'enum':
      arb = fc.constantFrom(...e.values);
      break;
    case 'string':
      arb = text;
      break;
    case 'number':
      arb = fc.integer({ min: 0, max: 100000 });
      break;
    case 'boolean':
      arb = fc.boolean();
      break;
    default:
      arb = text;
  }
  arbitraries.set(schema, arb);
  return arb;
}

const documents = arbitraryFor(ROOT_SCHEMA) as fc.Arbitrary<JsonObject>;

describe('round trips (fast-check)', () => {
  it('the generator produces unknown keys, __proto__ keys and nested members', () => {
    const samples = fc.sample(documents, { numRuns: 60, seed: 42 }).map((d) => JSON.stringify(d));
    expect(samples.some((s) => s.includes('"__proto__"'))).toBe(true);
    expect(samples.some((s) => s.includes('"x-'))).toBe(true);
    expect(samples.some((s) => s.includes('"logConfiguration"'))).toBe(true);
  });

  it('a valid document imports unchanged, with no fixes', () => {
    fc.assert(
      fc.property(documents, (doc) => {
        const r = importValue(doc);
        expect(r.ok && r.fixes).toEqual([]);
        expect(r.ok && jsonEqual(r.document, doc)).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  it('import -> export -> import gives the same document, unknown fields included', () => {
    fc.assert(
      fc.property(documents, (doc) => {
        const r = importText(exportJson(doc));
        if (!r.ok) throw new Error(r.error.message);
        expect(r.kind).toBe('register-input');
        expect(jsonEqual(r.document, doc)).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  it('export is idempotent: exportJson(import(exportJson(d))) === exportJson(d)', () => {
    fc.assert(
      fc.property(documents, (doc) => {
        const once = exportJson(doc);
        const r = importText(once);
        if (!r.ok) throw new Error(r.error.message);
        expect(exportJson(r.document)).toBe(once);
      }),
      { numRuns: 150 },
    );
  });

  it('importText never throws on arbitrary text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json(), fc.string({ unit: 'binary' })), (input) => {
        const r = importText(input);
        expect(typeof r.ok).toBe('boolean');
        if (!r.ok) expect(r.error.line).toBeGreaterThanOrEqual(1);
      }),
      { numRuns: 300 },
    );
  });
});
