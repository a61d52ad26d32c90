// fast-check generators for task-definition-like documents, read off the zod model: every structure
// of RegisterTaskDefinitionRequest with a random subset of its members, plus unknown keys, keys that
// name prototype members, wrong types, nulls, markup and template sequences, big numbers.
import fc from 'fast-check';
import { describeSchema, ROOT_SCHEMA, type Schema } from '../import/model-walk.ts';
import type { JsonObject, JsonValue } from '../json.ts';

/** Keys that would reach a prototype if an object were built with plain assignment. */
export const PROTO_KEYS = ['__proto__', 'constructor', 'prototype'] as const;

/** Strings a renderer or a template language could mistake for code. */
export const MARKUP = [
  '<img src=x onerror=alert(1)>',
  '<script>alert(1)</script>',
  '"><svg onload=alert(1)>',
  '${var.secret}',
  '%{ if true }x%{ endif }',
  '$${already}',
  '{{Ref AWS::Region}}',
  '`rm -rf /`',
  "'; DROP TABLE x; --",
  '\u2028\u2029\u0007\u001b[31m',
  'a\\b"c\'d\ne\tf',
  '\uFFFD\uD83D\uDE00',
] as const;

const KEY_SAMPLES = ['x', 'imagex', 'Name', 'data', 'Type', 'toString', 'hasOwnProperty', '0', '1e3', ''];

/** A key the model does not know (or one that names a prototype member). */
export const unknownKey: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.constantFrom(...PROTO_KEYS), weight: 3 },
  { arbitrary: fc.constantFrom(...KEY_SAMPLES), weight: 2 },
  { arbitrary: fc.constantFrom(...MARKUP), weight: 1 },
  { arbitrary: fc.string({ maxLength: 8 }), weight: 2 },
);

export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.string({ maxLength: 12 }), weight: 4 },
  { arbitrary: fc.constantFrom(...MARKUP), weight: 2 },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 8 }), weight: 1 },
  { arbitrary: fc.constantFrom('', ' ', 'TRUE', 'false', '0', '512', '1 vCPU', 'TCP', 'awsVPC'), weight: 2 },
  {
    arbitrary: fc.constantFrom('app', 'web', 'nginx', 'FARGATE', 'awsvpc', '256', '1024', 'awslogs'),
    weight: 3,
  },
  { arbitrary: fc.constant('x'.repeat(3000)), weight: 1 },
);

export const hostileNumber: fc.Arbitrary<number> = fc.oneof(
  { arbitrary: fc.integer({ min: -10, max: 70000 }), weight: 6 },
  { arbitrary: fc.constantFrom(0, -0, 2 ** 53, 2 ** 53 + 2, 1e21, 1e300, -1e300, 0.5, 5e-324), weight: 1 },
);

function withOwnKeys(entries: readonly (readonly [string, JsonValue])[]): JsonObject {
  const out: JsonObject = {};
  for (const [k, v] of entries)
    Object.defineProperty(out, k, { value: v, enumerable: true, writable: true, configurable: true });
  return out;
}

/** Any JSON value, with hostile keys and strings; `depth` bounds the nesting. */
export function junk(depth: number): fc.Arbitrary<JsonValue> {
  const leaf = fc.oneof(
    fc.constant(null),
    fc.boolean(),
    hostileNumber,
    hostileString,
  ) as fc.Arbitrary<JsonValue>;
  if (depth <= 0) return leaf;
  const inner = junk(depth - 1);
  return fc.oneof(
    { arbitrary: leaf, weight: 4 },
    { arbitrary: fc.array(inner, { maxLength: 3 }), weight: 1 },
    { arbitrary: fc.array(fc.tuple(unknownKey, inner), { maxLength: 3 }).map(withOwnKeys), weight: 1 },
  );
}

export interface DocOptions {
  /** Chance (0..1) that a member gets a value of the wrong type or null. */
  readonly wrong: number;
  /** Add unknown keys (and prototype-named keys) to objects. */
  readonly unknown: boolean;
}

/** Members that most rules look at, so that generated documents reach the rules' deeper branches. */
const PREFERRED = new Set([
  'containerDefinitions',
  'family',
  'networkMode',
  'requiresCompatibilities',
  'cpu',
  'memory',
  'name',
  'image',
  'portMappings',
  'essential',
  'containerPort',
  'hostPort',
  'dependsOn',
  'containerName',
  'logConfiguration',
  'logDriver',
]);

const cache = new Map<string, fc.Arbitrary<JsonValue>>();

/** A value for a schema of the model, mostly well-typed; see DocOptions. */
export function forSchema(schema: Schema, options: DocOptions, depth = 0): fc.Arbitrary<JsonValue> {
  const { expect } = describeSchema(schema);
  const valid = ((): fc.Arbitrary<JsonValue> => {
    switch (expect.kind) {
      case 'string':
        return hostileString;
      case 'number':
        return hostileNumber;
      case 'boolean':
        return fc.boolean();
      case 'enum':
        return fc.constantFrom(...expect.values);
      case 'array':
        return depth > 6
          ? fc.constant([])
          : fc.array(forSchema(expect.element, options, depth + 1), { maxLength: 3 });
      case 'record':
        return fc
          .array(
            fc.tuple(
              fc.oneof(unknownKey, fc.string({ maxLength: 6 })),
              forSchema(expect.value, options, depth + 1),
            ),
            {
              maxLength: 3,
            },
          )
          .map(withOwnKeys);
      case 'object':
        return objectFor(expect.keys, expect.shape, options, depth);
      default:
        return junk(1);
    }
  })();
  if (options.wrong <= 0) return valid;
  const bad = Math.max(1, Math.round(options.wrong * 100));
  return fc.oneof({ arbitrary: valid, weight: 100 - bad }, { arbitrary: junk(1), weight: bad });
}

function objectFor(
  keys: readonly string[],
  shape: Readonly<Record<string, Schema>>,
  options: DocOptions,
  depth: number,
): fc.Arbitrary<JsonValue> {
  const id = `${keys.join(',')}|${options.wrong}|${options.unknown}|${depth}`;
  const hit = cache.get(id);
  if (hit) return hit;
  const preferred = keys.filter((k) => PREFERRED.has(k));
  const others = keys.filter((k) => !PREFERRED.has(k));
  const chosenKeys = fc
    .tuple(
      fc.tuple(
        ...preferred.map((k) =>
          fc.oneof({ arbitrary: fc.constant(k), weight: 7 }, { arbitrary: fc.constant(''), weight: 3 }),
        ),
      ),
      fc.subarray(others, { maxLength: Math.min(others.length, 3) }),
    )
    .map(([p, o]) => [...p.filter((k) => k !== ''), ...o]);
  const members = chosenKeys.chain((chosen) =>
    fc.tuple(
      ...chosen.map((k) => {
        const member = shape[k];
        return (member ? forSchema(member, options, depth + 1) : junk(1)).map((v) => [k, v] as const);
      }),
    ),
  );
  const extra = options.unknown
    ? fc.array(fc.tuple(unknownKey, junk(2)), { maxLength: depth === 0 ? 3 : 1 })
    : fc.constant([]);
  const arb = fc
    .tuple(members, extra, fc.boolean())
    .map(([m, e, unknownFirst]) => withOwnKeys(unknownFirst ? [...e, ...m] : [...m, ...e]));
  cache.set(id, arb);
  return arb;
}

/** A RegisterTaskDefinition-input-like document (always an object). */
export function taskDefinition(options: DocOptions): fc.Arbitrary<JsonObject> {
  const { expect } = describeSchema(ROOT_SCHEMA);
  if (expect.kind !== 'object') throw new Error('the model root is not an object');
  // The root itself is never of the wrong type; its members are.
  return objectFor(expect.keys, expect.shape, options, 0) as fc.Arbitrary<JsonObject>;
}

/** One that the importer reads as register input: it has containerDefinitions (a list of objects). */
export function registerInput(options: DocOptions): fc.Arbitrary<JsonObject> {
  return taskDefinition(options).map((d) => {
    const cds = Object.prototype.hasOwnProperty.call(d, 'containerDefinitions')
      ? d.containerDefinitions
      : undefined;
    return Array.isArray(cds) ? d : withOwnKeys([...Object.entries(d), ['containerDefinitions', []]]);
  });
}

/** Anything at all: task definitions, wrong-typed ones, and plain JSON values of every kind. */
export const anyValue: fc.Arbitrary<JsonValue> = fc.oneof(
  { arbitrary: taskDefinition({ wrong: 0.15, unknown: true }), weight: 6 },
  { arbitrary: taskDefinition({ wrong: 0.6, unknown: true }), weight: 2 },
  { arbitrary: junk(3), weight: 2 },
);
