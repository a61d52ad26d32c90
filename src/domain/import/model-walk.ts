// Reads the zod model as data: what the API expects at each place in the document. The importer
// uses it to coerce values and map CloudFormation names; the exporter uses it for key order.
import type { z } from 'zod';
import { TaskDefinitionSchema, ContainerDefinitionSchema } from '../model/index.ts';

export type Schema = z.core.$ZodType;

export type Expect =
  | {
      readonly kind: 'object';
      readonly shape: Readonly<Record<string, Schema>>;
      readonly keys: readonly string[];
    }
  | { readonly kind: 'array'; readonly element: Schema }
  | { readonly kind: 'record'; readonly value: Schema }
  | { readonly kind: 'enum'; readonly values: readonly string[] }
  | { readonly kind: 'string' | 'number' | 'boolean' | 'unknown' };

interface LooseDef {
  readonly type: string;
  readonly innerType?: Schema;
  readonly element?: Schema;
  readonly shape?: Record<string, Schema>;
  readonly valueType?: Schema;
  readonly entries?: Record<string, string>;
}

function defOf(schema: Schema): LooseDef {
  return schema._zod.def;
}

const cache = new WeakMap<Schema, { expect: Expect; optional: boolean }>();

/** What a schema expects, with optional/nullable/default wrappers removed. */
export function describeSchema(schema: Schema): { expect: Expect; optional: boolean } {
  const hit = cache.get(schema);
  if (hit) return hit;
  let cur = schema;
  let optional = false;
  let def = defOf(cur);
  while (
    (def.type === 'optional' || def.type === 'nullable' || def.type === 'default') &&
    def.innerType !== undefined
  ) {
    if (def.type !== 'nullable') optional = true;
    cur = def.innerType;
    def = defOf(cur);
  }
  const result = { expect: expectOf(def), optional };
  cache.set(schema, result);
  return result;
}

function expectOf(def: LooseDef): Expect {
  switch (def.type) {
    case 'object':
      return def.shape
        ? { kind: 'object', shape: def.shape, keys: Object.keys(def.shape) }
        : { kind: 'unknown' };
    case 'array':
      return def.element ? { kind: 'array', element: def.element } : { kind: 'unknown' };
    case 'record':
      return def.valueType ? { kind: 'record', value: def.valueType } : { kind: 'unknown' };
    case 'enum':
      return { kind: 'enum', values: Object.values(def.entries ?? {}) };
    case 'string':
    case 'number':
    case 'boolean':
      return { kind: def.type };
    default:
      return { kind: 'unknown' };
  }
}

/** The member schema of an object schema, by exact key (own property only). */
export function memberOf(expect: Expect, key: string): Schema | undefined {
  if (expect.kind !== 'object') return undefined;
  return Object.prototype.hasOwnProperty.call(expect.shape, key) ? expect.shape[key] : undefined;
}

export const ROOT_SCHEMA: Schema = TaskDefinitionSchema;
export const CONTAINER_SCHEMA: Schema = ContainerDefinitionSchema;
