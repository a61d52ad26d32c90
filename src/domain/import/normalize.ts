// The mechanical fixes, guided by the model: drop nulls and empty optional values, turn numbers and
// booleans into the strings the API wants (and back), fix the case of enum values, strip the
// read-only members of describe output. Unknown keys are kept (only their nulls go).
import { isJsonObject, type JsonObject, type JsonValue } from '../json.ts';
import { KeyValuePairSchema, SystemControlSchema, TagSchema, VolumeSchema } from '../model/index.ts';
import { formatPath, type PathSegment } from '../path.ts';
import { describeSchema, memberOf, ROOT_SCHEMA, type Expect, type Schema } from './model-walk.ts';
import { MAX_DEPTH, put } from './to-json.ts';
import type { ImportFix } from './types.ts';

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
  /** Ids (`code@path`) of the fixes to leave out: each is still reported, but the value stays. */
  readonly declined?: ReadonlySet<string>;
  /** Paths (in the input) whose value is kept exactly as it is: not walked, not cleaned. */
  readonly verbatim?: ReadonlySet<string>;
}

/**
 * Where a place was in the input, when that differs from where it is in the output (a null item
 * removed before it in a list); null while both are the same, which is almost always.
 */
type From = PathSegment[] | null;

/** Nulls and empty optional values removed, nothing else changed. */
export function normalizeClean(doc: JsonObject): JsonObject {
  const walker = new Walker({ cleanOnly: true }, []);
  const out = walker.value(doc, ROOT_SCHEMA, [], null);
  return isJsonObject(out) ? out : {};
}

export function normalizeDocument(doc: JsonObject): { document: JsonObject; fixes: ImportFix[] } {
  return normalizeWith(doc, {});
}

export function normalizeWith(
  doc: JsonObject,
  options: NormalizeOptions,
): { document: JsonObject; fixes: ImportFix[] } {
  const fixes: ImportFix[] = [];
  const stripped: JsonObject = {};
  const kept = new Set(options.verbatim);
  for (const key of Object.keys(doc)) {
    if ((READ_ONLY_MEMBERS as readonly string[]).includes(key)) {
      const path = formatPath([key]);
      const id = `read-only-removed@${path}`;
      fixes.push({
        code: 'read-only-removed',
        path,
        message: `Removed ${key}: DescribeTaskDefinition returns it, but RegisterTaskDefinition does not accept it (the AWS CLI answers "Unknown parameter in input").`,
        id,
      });
      if (!options.declined?.has(id)) continue;
      // Declined: the field stays exactly as it was pasted (the problems list then reports it).
      kept.add(path);
    }
    put(stripped, key, doc[key] ?? null);
  }
  const walker = new Walker({ ...options, verbatim: kept }, fixes);
  const out = walker.value(stripped, ROOT_SCHEMA, [], null);
  return { document: isJsonObject(out) ? out : {}, fixes };
}

function kindOf(v: JsonValue): string {
  return Array.isArray(v) ? 'list' : isJsonObject(v) ? 'object' : typeof v;
}

// Each place is known by two paths: `path` in the output (what the user sees in the fix) and `from` in
// the input (the fix's id, which must not move when an earlier null in a list is kept or removed).
class Walker {
  private readonly verbatim: ReadonlySet<string> | undefined;

  constructor(
    private readonly options: NormalizeOptions,
    private readonly fixes: ImportFix[],
  ) {
    this.verbatim = options.verbatim && options.verbatim.size > 0 ? options.verbatim : undefined;
  }

  /** Records the fix (`where`: the formatted output path); false when it is declined (keep the value). */
  private fix(code: string, where: string, from: From, message: string): boolean {
    const id = `${code}@${from ? formatPath(from) : where}`;
    this.fixes.push({ code, path: where, message, id });
    return this.options.declined?.has(id) !== true;
  }

  private keep(path: readonly PathSegment[], from: From): boolean {
    return this.verbatim !== undefined && this.verbatim.has(formatPath(from ?? path));
  }

  value(v: JsonValue, schema: Schema | undefined, path: PathSegment[], from: From): JsonValue | undefined {
    if (v === null) return undefined;
    // Documents from the editor are not depth-checked like imported text: never recurse without bound.
    if (path.length >= MAX_DEPTH) return v;
    if (!schema) return this.untyped(v, path, from);
    const { expect } = describeSchema(schema);
    if (Array.isArray(v))
      return this.array(v, expect.kind === 'array' ? expect.element : undefined, path, from);
    if (isJsonObject(v)) {
      if (expect.kind === 'object') return this.object(v, schema, expect, path, from);
      if (expect.kind === 'record') return this.record(v, expect.value, path, from);
      return this.untyped(v, path, from);
    }
    return this.scalar(v, expect, path, from);
  }

  /** Unknown keys: kept as they are, only nulls go. */
  private untyped(v: JsonValue, path: PathSegment[], from: From): JsonValue | undefined {
    if (Array.isArray(v)) return this.array(v, undefined, path, from);
    if (isJsonObject(v)) return this.record(v, undefined, path, from);
    return v === null ? undefined : v;
  }

  private array(v: JsonValue[], element: Schema | undefined, path: PathSegment[], from: From): JsonValue[] {
    const out: JsonValue[] = [];
    for (let i = 0; i < v.length; i++) {
      const item = v[i] ?? null;
      const p = [...path, out.length];
      const f: From = from === null && out.length === i ? null : [...(from ?? path), i];
      if (this.keep(p, f)) out.push(item);
      else if (item === null) {
        const message = `Removed a null item from ${formatPath(path)}.`;
        if (!this.fix('null-removed', formatPath(p), f, message)) out.push(null);
      } else {
        const child = this.value(item, element, p, f);
        if (child !== undefined) out.push(child);
      }
    }
    return out;
  }

  private record(
    v: JsonObject,
    valueSchema: Schema | undefined,
    path: PathSegment[],
    from: From,
  ): JsonObject {
    const out: JsonObject = {};
    for (const key of Object.keys(v)) {
      const item = v[key] ?? null;
      const p = [...path, key];
      const f: From = from && [...from, key];
      if (this.keep(p, f)) put(out, key, item);
      else if (item === null) {
        const where = formatPath(p);
        if (!this.fix('null-removed', where, f, `Removed ${where}, which was null.`)) put(out, key, null);
      } else {
        const child = this.value(item, valueSchema, p, f);
        if (child !== undefined) put(out, key, child);
      }
    }
    return out;
  }

  private object(v: JsonObject, schema: Schema, expect: Expect, path: PathSegment[], from: From): JsonObject {
    const out: JsonObject = {};
    for (const key of Object.keys(v)) {
      const item = v[key] ?? null;
      const member = memberOf(expect, key);
      const p = [...path, key];
      const f: From = from && [...from, key];
      if (this.keep(p, f)) {
        put(out, key, item);
        continue;
      }
      if (item === null) {
        const message = `Removed ${key}, which was null: the AWS CLI rejects null ("Invalid type for parameter").`;
        if (!this.fix('null-removed', formatPath(p), f, message)) put(out, key, null);
        continue;
      }
      if (!member) {
        const child = this.untyped(item, p, f);
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
        const message = 'Removed cpu 0: DescribeTaskDefinition reports an unset container cpu as 0.';
        if (!this.fix('describe-default-removed', formatPath(p), f, message)) put(out, key, item);
        continue;
      }
      const child = this.value(item, member, p, f);
      if (child === undefined) continue;
      if (
        describeSchema(member).optional &&
        this.isEmpty(child, schema, member) &&
        this.fix(
          'empty-removed',
          formatPath(p),
          f,
          `Removed the empty ${kindOf(child)} ${key}: ECS treats it as absent.`,
        )
      ) {
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

  private scalar(v: JsonValue, expect: Expect, path: PathSegment[], from: From): JsonValue {
    if (this.options.cleanOnly) return v;
    // The path is formatted only where a fix is made: most scalars need none.
    if (expect.kind === 'string' && (typeof v === 'number' || typeof v === 'boolean')) {
      const text = (typeof v === 'number' && this.options.bigIntegers?.get(v)) || String(v);
      const where = formatPath(path);
      const message = `Converted ${where} from the ${typeof v} ${text} to the string "${text}": the API expects a string here.`;
      return this.fix('coerce-to-string', where, from, message) ? text : v;
    }
    if (expect.kind === 'number' && typeof v === 'string' && /^\s*-?\d+\s*$/.test(v)) {
      const n = Number(v);
      if (Number.isSafeInteger(n)) {
        const where = formatPath(path);
        const message = `Converted ${where} from the string "${v}" to the number ${n}: the API expects an integer here.`;
        return this.fix('coerce-to-number', where, from, message) ? n : v;
      }
    }
    if (expect.kind === 'boolean' && typeof v === 'string' && /^\s*(true|false)\s*$/i.test(v)) {
      const b = v.trim().toLowerCase() === 'true';
      const where = formatPath(path);
      const message = `Converted ${where} from the string "${v}" to ${b}: the API expects a boolean here.`;
      return this.fix('coerce-to-boolean', where, from, message) ? b : v;
    }
    if (expect.kind === 'enum' && typeof v === 'string' && !expect.values.includes(v)) {
      const match = expect.values.filter((e) => e.toLowerCase() === v.trim().toLowerCase());
      if (match.length === 1 && match[0] !== undefined) {
        const where = formatPath(path);
        const message = `Changed ${where} from "${v}" to "${match[0]}": the API's values are case-sensitive.`;
        return this.fix('enum-case', where, from, message) ? match[0] : v;
      }
    }
    return v;
  }
}
