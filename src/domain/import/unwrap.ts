// Recognizes what was pasted and unwraps it into a RegisterTaskDefinition-shaped object.
import { isJsonObject, own, type JsonObject, type JsonValue } from '../json.ts';
import type { PathSegment } from '../path.ts';
import { cloudFormationPath, fromCloudFormation } from './cloudformation.ts';
import { CONTAINER_SCHEMA, ROOT_SCHEMA } from './model-walk.ts';
import { READ_ONLY_MEMBERS } from './normalize.ts';
import { put } from './to-json.ts';
import type { AppliedFix, InputKind } from './types.ts';

export type Unwrapped =
  | {
      ok: true;
      kind: InputKind;
      document: JsonObject;
      fixes: AppliedFix[];
      notes: string[];
      /** Maps a path in the pasted value to the same place in `document` (undefined: no longer there). */
      rebase: (path: readonly PathSegment[]) => PathSegment[] | undefined;
    }
  | { ok: false; message: string };

const TASK_DEFINITION_TYPE = 'AWS::ECS::TaskDefinition';

interface Context {
  readonly fixes: AppliedFix[];
  readonly notes: string[];
  /** Where the task definition sits in the pasted value. */
  from: PathSegment[];
}

export function unwrap(value: JsonValue): Unwrapped {
  const ctx: Context = { fixes: [], notes: [], from: [] };
  let root = value;
  // Recorded SDK responses (e.g. placebo files) wrap the response in {"status_code": ..., "data": {...}}.
  const data = isJsonObject(root) ? own(root, 'data') : undefined;
  if (isJsonObject(root) && isJsonObject(data) && isJsonObject(own(data, 'taskDefinition'))) {
    ctx.fixes.push({
      code: 'unwrapped-envelope',
      path: '',
      message: 'Took the API response out of its recording envelope ("data").',
    });
    root = data;
    ctx.from = ['data'];
  }
  if (Array.isArray(root)) return containers(root, ctx, 'container-array');
  if (!isJsonObject(root)) {
    return {
      ok: false,
      message: `Expected a task definition (an object), but the text holds ${describe(root)}.`,
    };
  }
  const register = has(root, 'containerDefinitions');
  const list = own(root, 'taskDefinitions');
  if (!register && Array.isArray(list) && isJsonObject(list[0])) {
    if (list.length > 1)
      ctx.notes.push(`The input lists ${list.length} task definitions; only the first was imported.`);
    ctx.from = [...ctx.from, 'taskDefinitions', 0];
    return describeOutput(root, list[0], ctx);
  }
  const wrapped = own(root, 'taskDefinition');
  if (!register && isJsonObject(wrapped)) {
    ctx.from = [...ctx.from, 'taskDefinition'];
    return describeOutput(root, wrapped, ctx);
  }
  const resources = own(root, 'Resources');
  if (!register && isJsonObject(resources)) return template(resources, ctx);
  if (own(root, 'Type') === TASK_DEFINITION_TYPE || has(root, 'ContainerDefinitions')) {
    const isResource = own(root, 'Type') === TASK_DEFINITION_TYPE;
    const props = isResource ? own(root, 'Properties') : root;
    if (!isJsonObject(props)) return { ok: false, message: 'The CloudFormation resource has no Properties.' };
    if (isResource) ctx.from = [...ctx.from, 'Properties'];
    return cloudFormation('cloudformation-resource', props, ctx);
  }
  if (!register && !has(root, 'family') && (has(root, 'image') || has(root, 'Image'))) {
    return containers([root], ctx, 'container');
  }
  const fromDescribe = READ_ONLY_MEMBERS.some((k) => has(root, k));
  return done(fromDescribe ? 'describe-output' : 'register-input', root, ctx, (rest) => rest);
}

function done(
  kind: InputKind,
  document: JsonObject,
  ctx: Context,
  map: (rest: PathSegment[]) => PathSegment[] | undefined,
): Unwrapped {
  const from = ctx.from;
  const rebase = (path: readonly PathSegment[]) =>
    from.every((s, i) => path[i] === s) ? map(path.slice(from.length)) : undefined;
  return { ok: true, kind, document, fixes: ctx.fixes, notes: ctx.notes, rebase };
}

function has(obj: JsonObject, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(obj, key);
}

function describe(v: JsonValue): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  return typeof v === 'string' ? 'a string' : `a ${typeof v}`;
}

function describeOutput(root: JsonObject, td: JsonObject, ctx: Context): Unwrapped {
  ctx.fixes.push({
    code: 'unwrapped-describe',
    path: '',
    message:
      'Took the task definition out of the {"taskDefinition": ...} wrapper of describe-task-definition output.',
  });
  const document: JsonObject = {};
  for (const k of Object.keys(td)) put(document, k, td[k] ?? null);
  const tags = own(root, 'tags');
  // Empty tags stay behind: moving them would be a change that no fix reports (and cleaning drops them).
  if (Array.isArray(tags) && tags.length > 0 && !has(document, 'tags')) {
    put(document, 'tags', tags);
    ctx.fixes.push({
      code: 'tags-hoisted',
      path: 'tags',
      message: "Moved the response's top-level tags into the task definition.",
    });
  }
  const ignored = Object.keys(root).filter(
    (k) => k !== 'taskDefinition' && k !== 'taskDefinitions' && k !== 'tags',
  );
  if (ignored.length > 0)
    ctx.notes.push(`Ignored the response members outside the task definition: ${ignored.join(', ')}.`);
  return done('describe-output', document, ctx, (rest) => rest);
}

function template(resources: JsonObject, ctx: Context): Unwrapped {
  const found = Object.keys(resources).filter((k) => {
    const r = resources[k];
    return isJsonObject(r) && own(r, 'Type') === TASK_DEFINITION_TYPE;
  });
  const [first] = found;
  if (first === undefined) {
    return { ok: false, message: `The CloudFormation template has no ${TASK_DEFINITION_TYPE} resource.` };
  }
  if (found.length > 1) {
    ctx.notes.push(
      `The template defines ${found.length} task definitions (${found.join(', ')}); imported the first, ${first}.`,
    );
  } else ctx.notes.push(`Imported the CloudFormation resource ${first}.`);
  const resource = resources[first];
  const props = isJsonObject(resource) ? own(resource, 'Properties') : undefined;
  ctx.from = [...ctx.from, 'Resources', first, 'Properties'];
  return cloudFormation('cloudformation-template', isJsonObject(props) ? props : {}, ctx);
}

function cloudFormation(kind: InputKind, props: JsonObject, ctx: Context): Unwrapped {
  ctx.fixes.push({
    code: 'cfn-properties',
    path: '',
    message:
      "Renamed the CloudFormation properties to the API's names (ContainerDefinitions -> containerDefinitions, ProxyConfigurationProperties -> properties, ...).",
  });
  const converted = fromCloudFormation(props, ROOT_SCHEMA, ctx.fixes);
  const document = isJsonObject(converted) ? converted : {};
  return done(kind, document, ctx, (rest) => cloudFormationPath(rest, ROOT_SCHEMA));
}

function containers(items: JsonValue[], ctx: Context, kind: InputKind): Unwrapped {
  if (items.length === 0 || !items.every(isJsonObject)) {
    return {
      ok: false,
      message: 'Expected a task definition, or a list of container definitions (objects).',
    };
  }
  const pascal = items.some(
    (c) => (has(c, 'Name') || has(c, 'Image')) && !has(c, 'name') && !has(c, 'image'),
  );
  const list = pascal ? items.map((c) => fromCloudFormation(c, CONTAINER_SCHEMA, ctx.fixes)) : items;
  const first = list[0];
  const name = isJsonObject(first) ? own(first, 'name') : undefined;
  const family = typeof name === 'string' && name !== '' ? name : 'imported-task';
  const document: JsonObject = { family, containerDefinitions: list };
  const plural = list.length === 1 ? '' : 's';
  ctx.fixes.push({
    code: kind === 'container' ? 'wrapped-container' : 'wrapped-containers',
    path: 'family',
    message: `Wrapped the container definition${plural} in a task definition with family "${family}"${family === name ? " (the first container's name)" : ''}.`,
  });
  const map = (rest: PathSegment[]): PathSegment[] => {
    const [index, ...inside] = kind === 'container' ? [0, ...rest] : rest;
    if (index === undefined) return ['containerDefinitions'];
    return [
      'containerDefinitions',
      index,
      ...(pascal ? cloudFormationPath(inside, CONTAINER_SCHEMA) : inside),
    ];
  };
  return done(kind, document, ctx, map);
}
