// The JSON pane shows the core's problems as its only markers (Monaco's own schema validation is off),
// so everything the emitted JSON Schema rejects must also be a core error at the same path: wrong
// types, nulls, enum values, missing required members, model limits. Checked with ajv over the corpus
// documents and, for each, a mutation of every value. Unknown keys: the schema is open (it must not
// flag them) and the core reports each one.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv, type ErrorObject } from 'ajv';
import { describe, expect, it } from 'vitest';
import { check } from './check.ts';
import { isJsonObject, type JsonObject, type JsonValue } from './json.ts';
import { formatPath, getAt, setAt, type PathSegment } from './path.ts';
import { taskDefinitionJsonSchema } from './schema.ts';

const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: true });
const validate = ajv.compile(taskDefinitionJsonSchema());

const corpus = join(process.cwd(), '..', 'shared', 'corpus');
const documents: [string, JsonObject][] = readdirSync(corpus)
  .filter((f) => f.endsWith('.json'))
  .flatMap((f): [string, JsonObject][] => {
    try {
      const value: unknown = JSON.parse(readFileSync(join(corpus, f), 'utf8'));
      return isJsonObject(value) && Array.isArray(value.containerDefinitions) ? [[f, value]] : [];
    } catch {
      return [];
    }
  });

/** The ajv error's place as a path of the document (a missing member: the member's own path). */
function pathOf(doc: JsonValue, error: ErrorObject): string {
  const segments: PathSegment[] = [];
  for (const raw of error.instancePath.split('/').slice(1)) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    segments.push(Array.isArray(getAt(doc, segments)) ? Number(key) : key);
  }
  if (error.keyword === 'required') {
    const missing = (error.params as { missingProperty?: string }).missingProperty;
    if (missing !== undefined) segments.push(missing);
  }
  return formatPath(segments);
}

/** Schema rejections with no core error at the same path. */
function unmatched(doc: JsonObject): string[] {
  if (validate(doc)) return [];
  const errorPaths = new Set(check(doc).flatMap((p) => (p.severity === 'error' ? [p.path] : [])));
  return (validate.errors ?? [])
    .map((e) => ({ keyword: e.keyword, path: pathOf(doc, e) }))
    .filter((e) => !errorPaths.has(e.path))
    .map((e) => `${e.keyword} at ${e.path}`);
}

/** Every value's path, depth first. */
function* paths(value: JsonValue, at: PathSegment[] = []): Generator<PathSegment[]> {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const item = value[i];
      if (item !== undefined) yield* paths(item, [...at, i]);
    }
  } else if (isJsonObject(value)) {
    for (const k of Object.keys(value)) {
      const item = value[k];
      if (item !== undefined) yield* paths(item, [...at, k]);
    }
  }
  if (at.length > 0) yield at;
}

/** A value of another JSON type than the original, cycling through the kinds by position. */
const WRONG: readonly JsonValue[] = [123, 'text', true, null, [], {}, 1.5, 'awsvpcx'];
function wrongFor(value: JsonValue, n: number): JsonValue {
  for (let i = 0; i < WRONG.length; i++) {
    const w = WRONG[(n + i) % WRONG.length] ?? null;
    if (JSON.stringify(w) !== JSON.stringify(value) && typeof w !== typeof value) return w;
  }
  return 'text';
}

describe('the JSON Schema and the core agree', () => {
  it('reads a set of corpus documents', () => {
    expect(documents.length).toBeGreaterThan(40);
  });

  it('every corpus document: each schema rejection is a core error at the same path', () => {
    const misses = documents.flatMap(([f, doc]) => unmatched(doc).map((m) => `${f}: ${m}`));
    expect(misses).toEqual([]);
  });

  it('each value of each document replaced by a wrong type, removed, or a bad enum value', () => {
    const misses: string[] = [];
    let rejected = 0;
    for (const [f, doc] of documents) {
      let n = 0;
      for (const at of paths(doc)) {
        const value = getAt(doc, at);
        if (value === undefined) continue;
        const variants = [
          setAt(doc, at, wrongFor(value, n++)),
          setAt(doc, at, undefined),
          ...(typeof value === 'string' ? [setAt(doc, at, `${value}-not-a-member`)] : []),
        ];
        for (const variant of variants) {
          if (!isJsonObject(variant)) continue;
          if (!validate(variant)) rejected++;
          for (const m of unmatched(variant)) misses.push(`${f} (${formatPath(at)} changed): ${m}`);
        }
      }
    }
    expect(rejected).toBeGreaterThan(1000); // the mutations do reach the schema's checks
    expect(misses.slice(0, 20)).toEqual([]);
  });

  it('the schema lets an unknown key through and the core reports it', () => {
    const doc: JsonObject = {
      family: 'web',
      containerDefinitions: [{ name: 'web', image: 'nginx', memory: 512, imagex: 'nginx' }],
    };
    expect(validate(doc)).toBe(true);
    expect(check(doc)).toContainEqual(
      expect.objectContaining({
        path: 'containerDefinitions[0].imagex',
        severity: 'error',
        code: 'unknown-parameter',
      }),
    );
  });
});
