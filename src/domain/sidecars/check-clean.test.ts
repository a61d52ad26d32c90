// Whatever the network mode and launch type, a document with a sidecar passes every rule (check()) and
// botocore's validation of the register input; on the real corpus too.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { botocoreValidate } from '../../../scripts/botocore-oracle.ts';
import { check } from '../check.ts';
import { isJsonObject, jsonEqual, type JsonObject } from '../json.ts';
import { isWindows, networkMode } from '../rules/rule.ts';
import { addSidecar } from './add.ts';
import { removeSidecar } from './remove.ts';
import { FIXTURES, awsvpcFargate } from './test-docs.ts';

const errors = (doc: JsonObject) =>
  check(doc)
    .filter((p) => p.severity === 'error')
    .map((p) => `${p.path} ${p.code}: ${p.message}`);

function withSidecars(doc: JsonObject): Record<string, JsonObject> {
  const out: Record<string, JsonObject> = {};
  const x = addSidecar(doc, 'xray', { growTask: true });
  const a = addSidecar(doc, 'adot', { growTask: true });
  if (x.ok) out.xray = x.document;
  if (a.ok) out.adot = a.document;
  const both = x.ok ? addSidecar(x.document, 'adot', { growTask: true }) : undefined;
  if (both?.ok) out.both = both.document;
  return out;
}

describe('sidecars are clean under check()', () => {
  const results: JsonObject[] = [];
  for (const [name, make] of Object.entries(FIXTURES)) {
    it(`${name}: clean before, and after each add (both sidecars too)`, () => {
      expect(errors(make())).toEqual([]);
      const variants = withSidecars(make());
      expect(Object.keys(variants).sort()).toEqual(['adot', 'both', 'xray']);
      for (const [kind, doc] of Object.entries(variants)) {
        expect(errors(doc), `${name} + ${kind}`).toEqual([]);
        results.push(doc);
      }
    });
  }

  it('a grown Fargate task is clean too', () => {
    const small = awsvpcFargate('256', '512');
    for (const doc of Object.values(withSidecars(small))) {
      expect(errors(doc)).toEqual([]);
      results.push(doc);
    }
  });

  it('every result passes botocore validation of RegisterTaskDefinition', () => {
    expect(results.length).toBeGreaterThan(10);
    for (const [i, verdict] of botocoreValidate(results).entries())
      expect(verdict, JSON.stringify(results[i])).toEqual({ ok: true });
  });
});

describe('on the corpus', () => {
  const dir = join(process.cwd(), '..', 'shared', 'corpus');
  const docs: [string, JsonObject][] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
    try {
      const value: unknown = JSON.parse(readFileSync(join(dir, file), 'utf8'));
      if (isJsonObject(value) && Array.isArray(value.containerDefinitions)) docs.push([file, value]);
    } catch {
      // templated or invalid JSON: the import tests cover those
    }
  }
  const eligible = docs.filter(
    ([, d]) =>
      errors(d).length === 0 &&
      !isWindows(d) &&
      networkMode(d) !== 'none' &&
      (d.containerDefinitions as unknown[]).length < 10,
  );

  it('has clean Linux task definitions to try', () => {
    expect(eligible.length).toBeGreaterThan(10);
  });

  it('adding either sidecar keeps every clean document clean, and remove restores it exactly', () => {
    let added = 0;
    for (const [file, doc] of eligible)
      for (const kind of ['xray', 'adot'] as const) {
        const result = addSidecar(doc, kind, { growTask: true });
        if (!result.ok) {
          // The only refusals on clean documents: the sidecar is already there, or its port is taken.
          expect(result.message, `${file} ${kind}`).toMatch(/already|is already used|no Fargate size/);
          continue;
        }
        added += 1;
        expect(errors(result.document), `${file} + ${kind}`).toEqual([]);
        const back = removeSidecar(result.document, kind);
        if (result.changes.length > 0)
          expect(back.ok && jsonEqual(back.document, doc), `${file} ${kind}`).toBe(true);
      }
    expect(added).toBeGreaterThan(10);
  });
});
