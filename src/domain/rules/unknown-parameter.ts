// Keys the model does not know. The zod objects are loose, so nothing a user pasted is dropped; this
// rule reports each unknown key the way botocore's client-side validation does ("Unknown parameter in
// containerDefinitions[0]: "imagex", must be one of: ...", FIXTURES F33) and suggests the nearest known
// key. Free-form maps (dockerLabels, log and FireLens options, driverOpts, labels) are not walked.
// Root-level read-only describe fields are reported by read-only-fields.ts (RULES.md 10), not here.
import { z } from 'zod';
import { isJsonObject, own, type JsonObject, type JsonValue } from '../json.ts';
import { TaskDefinitionSchema } from '../model/index.ts';
import { formatPath, getAt, type PathSegment } from '../path.ts';
import type { Fix, Problem } from '../problem.ts';
import { cloudFormationProblem, containerProblem } from './pasted-template.ts';
import type { Rule } from './rule.ts';
import { READ_ONLY_FIELDS, stripReadOnly } from './task/read-only-fields.ts';
import { setIn } from './task/util.ts';

export type ModelNode =
  | {
      readonly kind: 'object';
      readonly keys: ReadonlyMap<string, ModelNode>;
      readonly names: readonly string[];
    }
  | { readonly kind: 'array'; readonly element: ModelNode }
  | { readonly kind: 'map' }
  | { readonly kind: 'leaf' };

const LEAF: ModelNode = { kind: 'leaf' };
const cache = new WeakMap<z.ZodType, ModelNode>();

function build(schema: z.ZodType): ModelNode {
  const hit = cache.get(schema);
  if (hit) return hit;
  let node: ModelNode = LEAF;
  if (schema instanceof z.ZodOptional || schema instanceof z.ZodNullable)
    node = build(schema.unwrap() as z.ZodType);
  else if (schema instanceof z.ZodArray)
    node = { kind: 'array', element: build(schema.element as z.ZodType) };
  else if (schema instanceof z.ZodRecord) node = { kind: 'map' };
  else if (schema instanceof z.ZodObject) {
    const shape = schema.shape as Record<string, z.ZodType>;
    const keys = new Map<string, ModelNode>();
    for (const k of Object.keys(shape)) {
      const child = shape[k];
      if (child) keys.set(k, build(child));
    }
    node = { kind: 'object', keys, names: [...keys.keys()] };
  }
  cache.set(schema, node);
  return node;
}

let root: ModelNode | undefined;
/** The shape of RegisterTaskDefinitionRequest as a tree of known keys (built once). */
export function modelTree(): ModelNode {
  root ??= build(TaskDefinitionSchema);
  return root;
}

const norm = (s: string): string => s.toLowerCase().replace(/[-_\s]/g, '');

function distance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0] ?? 0;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j] ?? 0;
      prev[j] = Math.min(up + 1, (prev[j - 1] ?? 0) + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
    }
  }
  return prev[b.length] ?? 0;
}

/** A known key the user most likely meant: same letters ignoring case/-/_, or one clear near miss. */
export function suggestKey(key: string, names: readonly string[]): string | undefined {
  const exact = names.find((n) => norm(n) === norm(key));
  if (exact !== undefined) return exact;
  const limit = key.length <= 4 ? 1 : 2;
  let best: string | undefined;
  let bestD = Infinity;
  let tie = false;
  const k = norm(key);
  for (const n of names) {
    // The edit distance is at least the difference in length: skip the quadratic work for keys that
    // cannot be a near miss (a pasted 100,000-character key took a quarter of a second per check).
    if (Math.abs(k.length - norm(n).length) > limit) continue;
    const d = distance(k, norm(n));
    if (d < bestD) [best, bestD, tie] = [n, d, false];
    else if (d === bestD) tie = true;
  }
  return bestD <= limit && !tie ? best : undefined;
}

function defineOwn(target: JsonObject, key: string, value: JsonValue | undefined): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/** Renames a key in place of the old one, keeping the key order the user wrote. */
export function renameKey(
  doc: JsonObject,
  parent: readonly PathSegment[],
  from: string,
  to: string,
): JsonObject {
  const target = parent.length === 0 ? doc : getAt(doc, parent);
  if (!isJsonObject(target)) return doc;
  const next: JsonObject = {};
  for (const k of Object.keys(target)) defineOwn(next, k === from ? to : k, target[k]);
  return parent.length === 0 ? next : setIn(doc, parent, next);
}

/**
 * describe-task-definition output: the definition inside, without read-only fields, and with the
 * response's tags moved in (the import does the same; `tags` beside `taskDefinition` is not unknown, so
 * dropping the wrapper must not drop them).
 */
function unwrapDescribed(doc: JsonObject, fallback: JsonObject): JsonObject {
  const current = own(doc, 'taskDefinition');
  const out = stripReadOnly(isJsonObject(current) ? current : fallback);
  const tags = own(doc, 'tags');
  if (Array.isArray(tags) && tags.length > 0 && own(out, 'tags') === undefined) defineOwn(out, 'tags', tags);
  return out;
}

function report(
  value: JsonObject,
  node: ModelNode & { kind: 'object' },
  at: PathSegment[],
  out: Problem[],
): void {
  const where = at.length === 0 ? 'input' : formatPath(at);
  for (const key of Object.keys(value)) {
    if (node.keys.has(key)) continue;
    if (at.length === 0 && READ_ONLY_FIELDS.includes(key)) continue;
    const base = `Unknown parameter in ${where}: "${key}", must be one of: ${node.names.join(', ')}.`;
    const inner = value[key];
    if (at.length === 0 && key === 'taskDefinition' && isJsonObject(inner)) {
      out.push({
        path: 'taskDefinition',
        severity: 'error',
        code: 'unknown-parameter',
        message: `${base} This looks like describe-task-definition output: register the object inside "taskDefinition", without its read-only fields.`,
        fix: { title: 'Unwrap taskDefinition', apply: (doc) => unwrapDescribed(doc, inner) },
      });
      continue;
    }
    const described =
      at.length === 0 && key === 'data' && isJsonObject(inner) ? own(inner, 'taskDefinition') : undefined;
    if (isJsonObject(described) && isJsonObject(inner)) {
      // A recorded SDK response (placebo, botocore stubs): {"status_code": 200, "data": {"taskDefinition": ...}}.
      out.push({
        path: 'data',
        severity: 'error',
        code: 'unknown-parameter',
        message: `${base} This looks like a recorded describe-task-definition response: register the object inside "data.taskDefinition", without its read-only fields.`,
        fix: {
          title: 'Unwrap data.taskDefinition',
          apply: (doc) => {
            const data = own(doc, 'data');
            return unwrapDescribed(isJsonObject(data) ? data : inner, described);
          },
        },
      });
      continue;
    }
    const cfn =
      at.length === 0
        ? (cloudFormationProblem(value, key, base) ?? containerProblem(value, key, base))
        : undefined;
    if (cfn) {
      out.push(cfn);
      continue;
    }
    const guess = suggestKey(key, node.names);
    const parent = [...at]; // `at` is mutated by the walk; the fix runs later
    const fix: Fix | undefined =
      guess !== undefined && !Object.prototype.hasOwnProperty.call(value, guess)
        ? { title: `Rename "${key}" to "${guess}"`, apply: (doc) => renameKey(doc, parent, key, guess) }
        : undefined;
    out.push({
      path: formatPath([...at, key]),
      severity: 'error',
      code: 'unknown-parameter',
      message: `${base} ${guess !== undefined ? `Did you mean "${guess}"?` : 'Remove it or check the spelling.'}`,
      ...(fix ? { fix } : {}),
    });
  }
}

function walk(value: JsonValue | undefined, node: ModelNode, at: PathSegment[], out: Problem[]): void {
  if (node.kind === 'object' && isJsonObject(value)) {
    report(value, node, at, out);
    for (const [key, child] of node.keys) {
      if (child.kind === 'leaf' || child.kind === 'map') continue;
      if (!Object.prototype.hasOwnProperty.call(value, key)) continue;
      at.push(key);
      walk(value[key], child, at, out);
      at.pop();
    }
  } else if (node.kind === 'array' && Array.isArray(value) && node.element.kind === 'object') {
    for (let i = 0; i < value.length; i++) {
      at.push(i);
      walk(value[i], node.element, at, out);
      at.pop();
    }
  }
}

export const unknownParameterRule: Rule = {
  id: 'unknown-parameter',
  check(doc) {
    const out: Problem[] = [];
    walk(doc, modelTree(), [], out);
    return out;
  },
};
