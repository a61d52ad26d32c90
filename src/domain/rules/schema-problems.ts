// The shape check: TaskDefinitionSchema (botocore's model as zod) issues become Problems worded like
// botocore's client-side validation ("Invalid type for parameter ...", "Missing required parameter in
// ...": what the AWS CLI prints before anything is sent), plus what to do and, where mechanical, a fix.
import type { z } from 'zod';
import type { JsonObject, JsonValue } from '../json.ts';
import { TaskDefinitionSchema } from '../model/index.ts';
import { formatPath, getAt, type PathSegment } from '../path.ts';
import type { Fix, Problem } from '../problem.ts';
import { formatAdvice } from './format-advice.ts';
import { setIn } from './task/util.ts';

type Issue = z.core.$ZodIssue;

const PY_VALID: Record<string, string> = {
  string: "<class 'str'>",
  number: "<class 'int'>",
  int: "<class 'int'>",
  boolean: "<class 'bool'>",
  array: "<class 'list'>, <class 'tuple'>",
  object: "<class 'dict'>",
  record: "<class 'dict'>",
};

const NOUN: Record<string, string> = {
  string: 'a string',
  number: 'a number',
  record: 'a map of strings',
  int: 'a whole number',
  array: 'a list',
  object: 'an object',
  boolean: 'true or false',
};

function pyType(v: JsonValue): string {
  if (v === null) return "<class 'NoneType'>";
  if (Array.isArray(v)) return "<class 'list'>";
  if (typeof v === 'number') return Number.isInteger(v) ? "<class 'int'>" : "<class 'float'>";
  if (typeof v === 'string') return "<class 'str'>";
  if (typeof v === 'boolean') return "<class 'bool'>";
  return "<class 'dict'>";
}

function pyRepr(v: JsonValue): string {
  return typeof v === 'string' ? `'${v.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'` : pyStr(v);
}

/** The value as botocore prints it (Python's str() of the decoded JSON), so messages match the CLI. */
export function pyStr(v: JsonValue): string {
  if (v === null) return 'None';
  if (typeof v === 'boolean') return v ? 'True' : 'False';
  if (typeof v === 'string' || typeof v === 'number') return String(v);
  if (Array.isArray(v)) return `[${v.map(pyRepr).join(', ')}]`;
  return `{${Object.keys(v)
    .map((k) => `${pyRepr(k)}: ${pyRepr(v[k] ?? null)}`)
    .join(', ')}}`;
}

const clip = (s: string): string => (s.length > 200 ? `${s.slice(0, 197)}...` : s);

/** A short JSON rendering of a value for the advice part of a message. */
export function show(v: JsonValue): string {
  const s = JSON.stringify(v);
  return s.length > 60 ? `${s.slice(0, 57)}...` : s;
}

function conversion(expected: string, v: JsonValue): { value: JsonValue; title: string } | undefined {
  if ((expected === 'number' || expected === 'int') && typeof v === 'string' && /^\s*-?\d+\s*$/.test(v))
    return { value: Number(v), title: `Change to the number ${Number(v)}` };
  if (expected === 'string' && (typeof v === 'number' || typeof v === 'boolean'))
    return { value: String(v), title: `Change to the string "${String(v)}"` };
  if (expected === 'boolean' && typeof v === 'string' && /^\s*(true|false)\s*$/i.test(v)) {
    const b = v.trim().toLowerCase() === 'true';
    return { value: b, title: `Change to the boolean ${b}` };
  }
  if (expected === 'array' && v !== null && typeof v === 'object' && !Array.isArray(v))
    return { value: [v], title: 'Wrap it in a list' };
  return undefined;
}

const fixAt = (title: string, path: readonly PathSegment[], value: JsonValue | undefined): Fix => ({
  title,
  apply: (doc) => setIn(doc, path, value),
});

function missing(at: readonly PathSegment[], what: string): Problem {
  const key = String(at[at.length - 1]);
  const parent = at.length > 1 ? formatPath(at.slice(0, -1)) : 'input';
  return {
    path: formatPath(at),
    severity: 'error',
    code: 'missing-required',
    message: `Missing required parameter in ${parent}: "${key}". Add ${key} (${what}).`,
  };
}

function invalidType(
  doc: JsonObject,
  issue: Issue & { code: 'invalid_type' },
  at: PathSegment[],
): Problem | undefined {
  const value = getAt(doc, at);
  const path = formatPath(at);
  const key = at[at.length - 1];
  if (value === undefined) {
    if (at.length === 1 && key === 'family') return undefined; // family.ts says it with F02's text
    return missing(at, NOUN[issue.expected] ?? `a ${issue.expected}`);
  }
  const expected = issue.expected;
  const base = `Invalid type for parameter ${path}, value: ${clip(pyStr(value))}, type: ${pyType(value)}, valid types: ${PY_VALID[expected] ?? expected}.`;
  if (value === null)
    return {
      path,
      severity: 'error',
      code: 'invalid-type',
      message: `${base} null is not a value here: remove the key or give it a value.`,
      fix: fixAt(`Remove ${String(key)}`, at, undefined),
    };
  const conv = conversion(expected, value);
  const advice = conv
    ? `${conv.title}.`
    : expected === 'int' && typeof value === 'number'
      ? 'Use a whole number.'
      : `Give it ${NOUN[expected] ?? `a ${expected}`}.`;
  return {
    path,
    severity: 'error',
    code: 'invalid-type',
    message: `${base} ${advice}`,
    ...(conv ? { fix: fixAt(conv.title, at, conv.value) } : {}),
  };
}

function toProblem(doc: JsonObject, issue: Issue): Problem | undefined {
  const at = issue.path.filter((s): s is PathSegment => typeof s === 'string' || typeof s === 'number');
  const path = formatPath(at);
  const value = getAt(doc, at);
  switch (issue.code) {
    case 'invalid_type':
      return invalidType(doc, issue, at);
    case 'invalid_value': {
      const allowed = issue.values.map(String);
      // zod reports a missing enum member as a bad value; botocore calls it missing.
      if (value === undefined) return missing(at, `one of ${allowed.join(', ')}`);
      const match =
        typeof value === 'string'
          ? allowed.find((a) => a.toLowerCase() === value.trim().toLowerCase())
          : undefined;
      return {
        path,
        severity: 'error',
        code: 'invalid-value',
        message: `Invalid value for parameter ${path}, value: ${value === undefined ? 'undefined' : show(value)}, valid values: ${allowed.join(', ')}.${match !== undefined ? ` Did you mean "${match}"?` : ''}`,
        ...(match !== undefined ? { fix: fixAt(`Change to "${match}"`, at, match) } : {}),
      };
    }
    case 'too_big':
    case 'too_small': {
      const bound =
        issue.code === 'too_big'
          ? `valid max length: ${issue.maximum}`
          : `valid min length: ${issue.minimum}`;
      const isLength = issue.origin === 'string' || issue.origin === 'array';
      const size =
        Array.isArray(value) || typeof value === 'string'
          ? value.length
          : value === undefined
            ? ''
            : show(value);
      return {
        path,
        severity: 'error',
        code: isLength ? 'invalid-length' : 'invalid-range',
        message: isLength
          ? `Invalid length for parameter ${path}, value: ${size}, ${bound}.`
          : `Invalid range for parameter ${path}, value: ${size}, ${bound.replace('length', 'value')}.`,
      };
    }
    case 'invalid_format': {
      const advice =
        typeof value === 'string' && issue.pattern !== undefined
          ? formatAdvice(issue.pattern, value)
          : undefined;
      return {
        path,
        severity: 'error',
        code: 'invalid-format',
        message: `Invalid value for parameter ${path}, value: ${value === undefined ? '' : show(value)}: ${advice ?? `it must match ${issue.pattern ?? issue.format}.`}`,
      };
    }
    default:
      return {
        path,
        severity: 'error',
        code: 'invalid-value',
        message: `Invalid parameter ${path || 'input'}: ${issue.message}`,
      };
  }
}

/** Problems from the shape check alone (types, required members, enums, model limits). */
export function schemaProblems(doc: JsonObject): Problem[] {
  const result = TaskDefinitionSchema.safeParse(doc);
  if (result.success) return [];
  const out: Problem[] = [];
  for (const issue of result.error.issues) {
    const p = toProblem(doc, issue);
    if (p) out.push(p);
  }
  return out;
}
