import { readFileSync, readdirSync } from 'node:fs';
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isJsonObject, type JsonObject, type JsonValue } from '../json.ts';
import { CONTAINER_RULES } from './registry-container.ts';

const here = new URL('./container/', import.meta.url);
const corpus = new URL('../../../../shared/corpus/', import.meta.url);
const docs = readFileSync(new URL('../../../docs/rules-container.md', import.meta.url), 'utf8');

function runAll(doc: JsonObject) {
  return CONTAINER_RULES.flatMap((r) => r.check(doc));
}

/** Every `'severity', 'code'` pair written in the rule sources. */
function sourceCodes(): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const file of readdirSync(here)) {
    if (!file.endsWith('.ts') || file.endsWith('.test.ts')) continue;
    const text = readFileSync(new URL(file, here), 'utf8');
    for (const m of text.matchAll(/'(error|warning|info)',\s*'([a-z0-9-]+)'/g)) {
      const set = out.get(m[2]!) ?? new Set<string>();
      set.add(m[1]!);
      out.set(m[2]!, set);
    }
  }
  return out;
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

describe('CONTAINER_RULES', () => {
  it('has unique rule ids', () => {
    const ids = CONTAINER_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('documents every code with its severity in docs/rules-container.md', () => {
    const codes = sourceCodes();
    expect(codes.size).toBeGreaterThan(80);
    for (const [code, severities] of codes) {
      expect(severities.size, code).toBe(1);
      const row = new RegExp(`^\\|\\s*\x60${code}\x60\\s*\\|\\s*${[...severities][0]!}\\s*\\|`, 'm');
      expect(docs, code).toMatch(row);
    }
  });

  it('gives no error to the register-input documents of the corpus', () => {
    const rows = readFileSync(new URL('MANIFEST.tsv', corpus), 'utf8').split('\n').slice(1);
    let checked = 0;
    for (const row of rows) {
      const [file, , , , , kind] = row.split('\t');
      if (!file || kind !== 'register-input') continue;
      let doc: JsonValue;
      try {
        doc = JSON.parse(readFileSync(new URL(file, corpus), 'utf8')) as JsonValue;
      } catch {
        continue;
      }
      if (isJsonObject(doc) && isJsonObject(doc.taskDefinition)) doc = doc.taskDefinition;
      if (!isJsonObject(doc)) continue;
      checked++;
      const errors = runAll(doc).filter((p) => p.severity === 'error');
      expect(
        errors.map((p) => `${p.code} ${p.path}`),
        file,
      ).toEqual([]);
    }
    expect(checked).toBeGreaterThan(30);
  });

  it('finds the known problems in a broken Fargate document', () => {
    const doc: JsonObject = {
      family: 'x',
      requiresCompatibilities: ['FARGATE'],
      networkMode: 'awsvpc',
      ipcMode: 'host',
      containerDefinitions: [
        {
          name: 'app',
          image: '123456789012.dkr.ecr.us-east-1.amazonaws.com/app:1',
          secrets: [{ name: 'A', valueFrom: 'a' }],
        },
      ],
    };
    const codes = runAll(doc).map((p) => p.code);
    expect(codes).toEqual(
      expect.arrayContaining(['fargate-ipc-mode', 'fargate-ecr-execution-role', 'secrets-execution-role']),
    );
  });

  it('never throws, and fixes never mutate their input and always return an object', () => {
    const container = fc.dictionary(
      fc.constantFrom(
        'name',
        'image',
        'essential',
        'links',
        'dependsOn',
        'volumesFrom',
        'healthCheck',
        'logConfiguration',
        'linuxParameters',
        'ulimits',
        'mountPoints',
        'secrets',
        'environment',
        'resourceRequirements',
        'systemControls',
        'user',
        'privileged',
      ),
      fc.jsonValue({ maxDepth: 3 }),
    );
    const docArb = fc.record({
      family: fc.constant('f'),
      requiresCompatibilities: fc.oneof(
        fc.constant(['FARGATE']),
        fc.constant(['EC2']),
        fc.jsonValue({ maxDepth: 1 }),
      ),
      networkMode: fc.constantFrom('awsvpc', 'bridge', 'host', 'none', 7),
      runtimePlatform: fc.oneof(
        fc.constant({ operatingSystemFamily: 'WINDOWS_SERVER_2022_CORE' }),
        fc.jsonValue({ maxDepth: 1 }),
      ),
      volumes: fc.jsonValue({ maxDepth: 3 }),
      pidMode: fc.jsonValue({ maxDepth: 1 }),
      containerDefinitions: fc.array(container, { maxLength: 4 }),
    });
    fc.assert(
      fc.property(docArb, (raw) => {
        const doc = deepFreeze(JSON.parse(JSON.stringify(raw)) as JsonObject);
        for (const p of runAll(doc)) if (p.fix) expect(isJsonObject(p.fix.apply(doc))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
