// The mechanical fixes, guided by the model: drop nulls and empty optional values, turn numbers and
// booleans into the strings the API wants (and back), fix the case of enum values, strip the
// read-only members of describe output. Unknown keys are kept (only their nulls go).
import { isJsonObject, type JsonObject, type JsonValue } from '../json.ts';
import { KeyValuePairSchema, SystemControlSchema, TagSchema, VolumeSchema } from '../model/index.ts';
import { formatPath, type PathSegment } from '../path.ts';
import { describeSchema, memberOf, ROOT_SCHEMA, type Expect, type Schema } from './model-walk.ts';
import { MAX_DEPTH, put } from './to-json.ts';
import type { AppliedFix } from './types.ts';

/** Members of DescribeTaskDefinition's TaskDefinition that RegisterTaskDefinition does not accept. */
export const READ_ONLY_MEMBERS = [
  'taskDefinitionArn',
  'revision',
  'status',
  'requiresAttributes',
  'compatibilities',
  'registeredAt',
  'registeredBy',
  'deregisteredAt',
  'deleteRequestedAt',
] as const;

/** Structures where an empty string is a real value (an empty env value, tag value, sysctl value). */
const EMPTY_STRING_IS_VALUE: ReadonlySet<Schema> = new Set<Schema>([
  KeyValuePairSchema,
  TagSchema,
  SystemControlSchema,
]);
/** Structures where an empty object is a real choice (`host: {}` picks a Docker-managed bind mount). */
const EMPTY_OBJECT_IS_VALUE: ReadonlySet<Schema> = new Set<Schema>([VolumeSchema]);

export interface NormalizeOptions {
  /** The input was describe output: drop the defaults DescribeTaskDefinition adds (container cpu 0). */
  readonly describe?: boolean;
  /** Exact digits of integers beyond 2^53, by their rounded value (from the text reader). */
  readonly bigIntegers?: ReadonlyMap<number, string>;
  /** Only drop nulls and empty optional values (the exporter's cleaning); no coercion, no stripping. */
  readonly cleanOnly?: boolean;
}

/** Nulls and empty optional values removed, nothing else changed. */
export function normalizeClean(doc: JsonObject): JsonObject {
  const walker = new Walker({ cleanOnly: true }, []);
  const out = walker.value(doc, ROOT_SCHEMA, []);
  return isJsonObject(out) ? out : {};
}

export function normalizeDocument(doc: JsonObject): { document: JsonObject; fixes: AppliedFix[] } {
  return normalizeWith(doc, {});
}

export function normalizeWith(
  doc: JsonObject,
  options: NormalizeOptions,
): { document: JsonObject; fixes: AppliedFix[] } {
  const fixes: AppliedFix[] = [];
  const stripped: JsonObject = {};
  for (const key of Object.keys(doc)) {
    if ((READ_ONLY_MEMBERS as readonly string[]).includes(key)) {
      fixes.push({
        code: 'read-only-removed',
        path: formatPath([key]),
        message: `Removed ${key}: DescribeTaskDefinition returns it, but RegisterTaskDefinition does not accept it (the AWS CLI answers "Unknown parameter in input").`,
      });
    } else put(stripped, key, doc[key] ?? null);
  }
  const walker = new Walker(options, fixes);
  const out = walker.value(stripped, ROOT_SCHEMA, []);
  return { document: isJsonObject(out) ? out : {}, fixes };
}

function kindOf(v: JsonValue): string {
  return Array.isArray(v) ? 'list' : isJsonObject(v) ? 'object' : typeof v;
}

class Walker {
  constructor(
    private readonly options: NormalizeOptions,
    private readonly fixes: AppliedFix[],
  ) {}

  private fix(code: string, path: readonly PathSegment[], message: string): void {
    this.fixes.push({ code, path: formatPath(path), message });
  }

  value(v: JsonValue, schema: Schema | undefined, path: PathSegment[]): JsonValue | undefined {
    if (v === null) return undefined;
    // Documents from the editor are not depth-checked like imported text: never recurse without bound.
    if (path.length >= MAX_DEPTH) return v;
    if (!schema) return this.untyped(v, path);
    const { expect } = describeSchema(schema);
    if (Array.isArray(v)) return this.array(v, expect.kind === 'array' ? expect.element : undefined, path);
    if (isJsonObject(v)) {
      if (expect.kind === 'object') return this.object(v, schema, expect, path);
      if (expect.kind === 'record') return this.record(v, expect.value, path);
      return this.untyped(v, path);
    }
    return this.scalar(v, expect, path);
  }

  /** Unknown keys: kept as they are, only nulls go. */
  private untyped(v: JsonValue, path: PathSegment[]): JsonValue | undefined {
    if (Array.isArray(v)) return this.array(v, undefined, path);
    if (isJsonObject(v)) return this.record(v, undefined, path);
    return v === null ? undefined : v;
  }

  private array(v: JsonValue[], element: Schema | undefined, path: PathSegment[]): JsonValue[] {
    const out: JsonValue[] = [];
    for (const item of v) {
      const p = [...path, out.length];
      if (item === null) {
        this.fix('null-removed', p, `Removed a null item from ${formatPath(path)}.`);
        continue;
      }
      const child = this.value(item, element, p);
      if (child !== undefined) out.push(child);
    }
    return out;
  }

  private record(v: JsonObject, valueSchema: Schema | undefined, path: PathSegment[]): JsonObject {
    const out: JsonObject = {};
    for (const key of Object.keys(v)) {
      const item = v[key] ?? null;
      const p = [...path, key];
      if (item === null) {
        this.fix('null-removed', p, `Removed ${formatPath(p)}, which was null.`);
        continue;
      }
      const child = this.value(item, valueSchema, p);
      if (child !== undefined) put(out, key, child);
    }
    return out;
  }

  private object(v: JsonObject, schema: Schema, expect: Expect, path: PathSegment[]): JsonObject {
    const out: JsonObject = {};
    for (const key of Object.keys(v)) {
      const item = v[key] ?? null;
      const member = memberOf(expect, key);
      const p = [...path, key];
      if (item === null) {
        this.fix(
          'null-removed',
          p,
          `Removed ${key}, which was null: the AWS CLI rejects null ("Invalid type for parameter").`,
        );
        continue;
      }
      if (!member) {
        const child = this.untyped(item, p);
        if (child !== undefined) put(out, key, child);
        continue;
      }
      if (
        this.options.describe &&
        key === 'cpu' &&
        item === 0 &&
        path.length === 2 &&
        path[0] === 'containerDefinitions'
      ) {
        this.fix(
          'describe-default-removed',
          p,
          'Removed cpu 0: DescribeTaskDefinition reports an unset container cpu as 0.',
        );
        continue;
      }
      const child = this.value(item, member, p);
      if (child === undefined) continue;
      if (describeSchema(member).optional && this.isEmpty(child, schema, member)) {
        this.fix('empty-removed', p, `Removed the empty ${kindOf(child)} ${key}: ECS treats it as absent.`);
        continue;
      }
      put(out, key, child);
    }
    return out;
  }

  private isEmpty(v: JsonValue, parent: Schema, member: Schema): boolean {
    if (Array.isArray(v)) return v.length === 0;
    // An object holding only empty strings is an unfilled console form, e.g. repositoryCredentials
    // {"credentialsParameter": ""}, which RegisterTaskDefinition rejects (deploy-task-definition PR #52).
    if (isJsonObject(v)) {
      if (EMPTY_OBJECT_IS_VALUE.has(parent)) return false;
      // Free-form maps: an empty-string value is a real value.
      if (describeSchema(member).expect.kind === 'record') return Object.keys(v).length === 0;
      return Object.values(v).every((x) => x === '');
    }
    return v === '' && !EMPTY_STRING_IS_VALUE.has(parent);
  }

  private scalar(v: JsonValue, expect: Expect, path: PathSegment[]): JsonValue {
    if (this.options.cleanOnly) return v;
    const where = formatPath(path);
    if (expect.kind === 'string' && (typeof v === 'number' || typeof v === 'boolean')) {
      const text = (typeof v === 'number' && this.options.bigIntegers?.get(v)) || String(v);
      this.fix(
        'coerce-to-string',
        path,
        `Converted ${where} from the ${typeof v} ${text} to the string "${text}": the API expects a string here.`,
      );
      return text;
    }
    if (expect.kind === 'number' && typeof v === 'string' && /^\s*-?\d+\s*$/.test(v)) {
      const n = Number(v);
      if (Number.isSafeInteger(n)) {
        this.fix(
          'coerce-to-number',
          path,
          `Converted ${where} from the string "${v}" to the number ${n}: the API expects an integer here.`,
        );
        return n;
      }
    }
    if (expect.kind === 'boolean' && typeof v === 'string' && /^\s*(true|false)\s*$/i.test(v)) {
      const b = v.trim().toLowerCase() === 'true';
      this.fix(
        'coerce-to-boolean',
        path,
        `Converted ${where} from the string "${v}" to ${b}: the API expects a boolean here.`,
      );
      return b;
    }
    if (expect.kind === 'enum' && typeof v === 'string' && !expect.values.includes(v)) {
      const match = expect.values.filter((e) => e.toLowerCase() === v.trim().toLowerCase());
      if (match.length === 1 && match[0] !== undefined) {
        this.fix(
          'enum-case',
          path,
          `Changed ${where} from "${v}" to "${match[0]}": the API's values are case-sensitive.`,
        );
        return match[0];
      }
    }
    return v;
  }
}
