// CloudFormation `AWS::ECS::TaskDefinition` properties -> RegisterTaskDefinition input. Names map to the
// model's members case-insensitively (PascalCase -> camelCase, `FilesystemId` -> `fileSystemId`), plus the
// one real rename; keys of free-form maps (DockerLabels, Options, DriverOpts, Labels) keep their spelling.
// Intrinsic functions are kept visibly as placeholder text, never resolved or dropped silently.
import { isJsonObject, type JsonObject, type JsonValue } from '../json.ts';
import { formatPath, type PathSegment } from '../path.ts';
import { describeSchema, memberOf, type Expect, type Schema } from './model-walk.ts';
import { put } from './to-json.ts';
import type { AppliedFix } from './types.ts';

/** CloudFormation names that are not a case variant of the API's name. */
const RENAMES: Readonly<Record<string, string>> = { ProxyConfigurationProperties: 'properties' };

const keyIndex = new WeakMap<Schema, Map<string, string>>();

function apiName(schema: Schema, key: string): string | undefined {
  const { expect } = describeSchema(schema);
  if (expect.kind !== 'object') return undefined;
  let index = keyIndex.get(schema);
  if (!index) {
    index = new Map(expect.keys.map((k) => [k.toLowerCase(), k]));
    keyIndex.set(schema, index);
  }
  const renamed = Object.prototype.hasOwnProperty.call(RENAMES, key) ? RENAMES[key] : undefined;
  if (renamed !== undefined && memberOf(expect, renamed)) return renamed;
  return index.get(key.toLowerCase());
}

/**
 * An object with one key `Ref` or `Fn::*`: a CloudFormation intrinsic function. (`Condition` is left out:
 * it only appears inside Fn::If/And/Or, and `{"Condition": "START"}` is a plausible dependsOn entry.)
 */
export function intrinsicName(value: JsonValue): string | undefined {
  if (!isJsonObject(value)) return undefined;
  const keys = Object.keys(value);
  const [key] = keys;
  if (keys.length !== 1 || key === undefined) return undefined;
  return key === 'Ref' || key.startsWith('Fn::') ? key : undefined;
}

function argText(name: string, arg: JsonValue): string {
  if (typeof arg === 'string') return arg;
  if (name === 'Fn::GetAtt' && Array.isArray(arg) && arg.every((a) => typeof a === 'string'))
    return arg.join('.');
  return JSON.stringify(arg);
}

/** The intrinsic function each `cfn-intrinsic` fix turned into text: the import dialog can put it back. */
export const INTRINSIC_SOURCE = new WeakMap<AppliedFix, JsonValue>();

export function fromCloudFormation(
  value: JsonValue,
  schema: Schema | undefined,
  fixes: AppliedFix[],
): JsonValue {
  return convert(value, schema, [], fixes) ?? null;
}

function convert(
  value: JsonValue,
  schema: Schema | undefined,
  path: PathSegment[],
  fixes: AppliedFix[],
): JsonValue | undefined {
  const fn = intrinsicName(value);
  if (fn !== undefined && isJsonObject(value)) {
    const arg = value[fn] ?? null;
    if (fn === 'Ref' && arg === 'AWS::NoValue') {
      fixes.push({
        code: 'cfn-novalue',
        path: formatPath(path),
        message: 'Removed a property set to !Ref AWS::NoValue (CloudFormation treats it as absent).',
      });
      return undefined;
    }
    const inner = argText(fn, arg);
    const text = `{{${fn} ${inner}}}`;
    const fix: AppliedFix = {
      code: 'cfn-intrinsic',
      path: formatPath(path),
      message: `Kept !${fn.replace(/^Fn::/, '')} ${inner} as the text '${text}': replace it with the real value before registering.`,
    };
    INTRINSIC_SOURCE.set(fix, value);
    fixes.push(fix);
    return text;
  }
  const expect = schema ? describeSchema(schema).expect : undefined;
  if (Array.isArray(value)) {
    const element = expect?.kind === 'array' ? expect.element : undefined;
    const out: JsonValue[] = [];
    for (const item of value) {
      const v = convert(item, element, [...path, out.length], fixes);
      if (v !== undefined) out.push(v);
    }
    return out;
  }
  if (!isJsonObject(value)) return value;
  const out: JsonObject = {};
  for (const key of Object.keys(value)) {
    const child = value[key] ?? null;
    let name = key;
    let childSchema: Schema | undefined;
    if (expect?.kind === 'record') childSchema = expect.value;
    else if (schema && expect?.kind === 'object') {
      const mapped = apiName(schema, key);
      if (mapped !== undefined) {
        name = mapped;
        childSchema = memberOf(expect, mapped);
      }
    }
    const v = convert(child, childSchema, [...path, name], fixes);
    if (v !== undefined) put(out, name, v);
  }
  return out;
}

/** The API path of a place given by its CloudFormation path (for errors found while reading the text). */
export function cloudFormationPath(segments: readonly PathSegment[], schema: Schema): PathSegment[] {
  const out: PathSegment[] = [];
  let cur: Schema | undefined = schema;
  for (const s of segments) {
    const expect: Expect | undefined = cur ? describeSchema(cur).expect : undefined;
    if (typeof s === 'number') {
      cur = expect?.kind === 'array' ? expect.element : undefined;
      out.push(s);
    } else if (expect?.kind === 'record') {
      cur = expect.value;
      out.push(s);
    } else {
      const name = cur ? apiName(cur, s) : undefined;
      cur = name !== undefined && expect ? memberOf(expect, name) : undefined;
      out.push(name ?? s);
    }
  }
  return out;
}
