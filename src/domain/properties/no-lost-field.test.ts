// Properties 2 and 3: the importer drops only what it documents (nulls, read-only describe members,
// empty optional values, describe's container cpu 0), unknown keys survive import -> export -> import,
// and export is idempotent.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportDocument, exportJson } from '../export/index.ts';
import { importText, importValue, READ_ONLY_MEMBERS } from '../import/index.ts';
import { describeSchema, memberOf, ROOT_SCHEMA, type Schema } from '../import/model-walk.ts';
import { isJsonObject, jsonEqual, own, type JsonObject, type JsonValue } from '../json.ts';
import { formatPath, type PathSegment } from '../path.ts';
import { junk, registerInput, unknownKey } from './arbitraries.test-util.ts';

/** Nothing left once nulls are gone: '', [], {} or containers of only such values. */
function deepEmpty(v: JsonValue): boolean {
  if (v === null || v === '') return true;
  if (Array.isArray(v)) return v.every(deepEmpty);
  if (isJsonObject(v)) return Object.values(v).every(deepEmpty);
  return false;
}

interface Walk {
  readonly describe: boolean;
  readonly lost: string[];
}

/** Records every key of `input` that is missing from `output` without a documented reason. */
function compare(
  input: JsonValue,
  output: JsonValue | undefined,
  schema: Schema | undefined,
  path: PathSegment[],
  w: Walk,
): void {
  const expect = schema ? describeSchema(schema).expect : undefined;
  if (Array.isArray(input)) {
    if (!Array.isArray(output)) return; // the value itself was kept or dropped; judged by the caller
    const kept = input.filter((x) => x !== null);
    const element = expect?.kind === 'array' ? expect.element : undefined;
    kept.forEach((x, i) => {
      compare(x, output[i], element, [...path, i], w);
    });
    return;
  }
  if (!isJsonObject(input) || !isJsonObject(output)) return;
  for (const key of Object.keys(input)) {
    const value = own(input, key) ?? null;
    const member = expect?.kind === 'object' ? memberOf(expect, key) : undefined;
    const p = [...path, key];
    const out = own(output, key);
    if (out !== undefined) {
      const childSchema = member ?? (expect?.kind === 'record' ? expect.value : undefined);
      compare(value, out, childSchema, p, w);
      continue;
    }
    const documented =
      value === null ||
      (path.length === 0 && (READ_ONLY_MEMBERS as readonly string[]).includes(key)) ||
      (member !== undefined && describeSchema(member).optional && deepEmpty(value)) ||
      (w.describe && key === 'cpu' && value === 0 && path.length === 2 && path[0] === 'containerDefinitions');
    if (!documented) w.lost.push(`${formatPath(p)} = ${JSON.stringify(value).slice(0, 80)}`);
  }
}

function lostKeys(input: JsonObject): string[] {
  const r = importValue(input);
  if (!r.ok) return [`import failed: ${r.error.message}`];
  const w: Walk = { describe: r.kind === 'describe-output', lost: [] };
  compare(input, r.document, ROOT_SCHEMA, [], w);
  return w.lost;
}

/** Register input with read-only describe members mixed in now and then. */
const withReadOnly = fc
  .tuple(
    registerInput({ wrong: 0.15, unknown: true }),
    fc.subarray([...READ_ONLY_MEMBERS], { maxLength: 2 }),
    junk(1),
  )
  .map(([d, readOnly, value]) => {
    const out: JsonObject = { ...d };
    for (const k of readOnly) out[k] = value;
    return out;
  });

describe('no lost field (property 2)', () => {
  it('import keeps every key it does not document dropping', () => {
    fc.assert(
      fc.property(withReadOnly, (d) => {
        expect(lostKeys(d)).toEqual([]);
      }),
      { numRuns: 2000 },
    );
  });

  it('the comparison itself catches a lost key', () => {
    const w: Walk = { describe: false, lost: [] };
    compare({ family: 'f', imagex: 'nginx', cpu: '' }, { family: 'f' }, ROOT_SCHEMA, [], w);
    expect(w.lost).toEqual(['imagex = "nginx"']);
  });

  it('unknown keys survive import -> export -> import, at any depth', () => {
    const withUnknown = fc
      .tuple(registerInput({ wrong: 0.1, unknown: true }), unknownKey, fc.string({ minLength: 1 }))
      .map(([d, key, value]) => {
        const out: JsonObject = JSON.parse(JSON.stringify(d)) as JsonObject;
        out.containerDefinitions = [
          ...(Array.isArray(out.containerDefinitions) ? out.containerDefinitions : []),
          JSON.parse(
            `{"name":"u","image":"i",${JSON.stringify(key)}:{"k":${JSON.stringify(value)}}}`,
          ) as JsonValue,
        ];
        return { doc: out, key, value };
      });
    fc.assert(
      fc.property(withUnknown, ({ doc, key, value }) => {
        const first = importValue(doc);
        expect(first.ok).toBe(true);
        if (!first.ok) return;
        const text = exportJson(first.document);
        const second = importText(text);
        expect(second.ok).toBe(true);
        if (!second.ok) return;
        expect(jsonEqual(second.document, exportDocument(first.document))).toBe(true);
        const list = own(second.document, 'containerDefinitions');
        const last = Array.isArray(list) ? list[list.length - 1] : undefined;
        const kept = isJsonObject(last) ? own(last, key) : undefined;
        expect(isJsonObject(kept) && own(kept, 'k')).toBe(value);
      }),
      { numRuns: 800 },
    );
  });
});

describe('export is idempotent (property 3)', () => {
  it('exportJson(importText(exportJson(d))) === exportJson(d) for well-typed register input', () => {
    fc.assert(
      fc.property(registerInput({ wrong: 0, unknown: true }), (d) => {
        const text = exportJson(d);
        const back = importText(text);
        expect(back.ok).toBe(true);
        if (back.ok) expect(exportJson(back.document)).toBe(text);
      }),
      { numRuns: 1500 },
    );
  });

  it('import then export is a fixed point for any register input, wrong types included', () => {
    fc.assert(
      fc.property(registerInput({ wrong: 0.3, unknown: true }), (d) => {
        const first = importValue(d);
        expect(first.ok).toBe(true);
        if (!first.ok) return;
        const text = exportJson(first.document);
        const back = importText(text);
        expect(back.ok).toBe(true);
        if (!back.ok) return;
        expect(exportJson(back.document)).toBe(text);
        expect(exportJson(exportDocument(back.document))).toBe(text);
      }),
      { numRuns: 1500 },
    );
  });
});
