// Recognizes what was pasted and unwraps it into a RegisterTaskDefinition-shaped object.
import { isJsonObject, own, type JsonObject, type JsonValue } from '../json.ts';
import { fromCloudFormation } from './cloudformation.ts';
import { CONTAINER_SCHEMA, ROOT_SCHEMA } from './model-walk.ts';
import { READ_ONLY_MEMBERS } from './normalize.ts';
import { put } from './to-json.ts';
import type { AppliedFix, InputKind } from './types.ts';

export type Unwrapped =
  | { ok: true; kind: InputKind; document: JsonObject; fixes: AppliedFix[]; notes: string[] }
  | { ok: false; message: string };

const TASK_DEFINITION_TYPE = 'AWS::ECS::TaskDefinition';

export function unwrap(value: JsonValue): Unwrapped {
  const fixes: AppliedFix[] = [];
  const notes: string[] = [];
  let root = value;
  // Recorded SDK responses (e.g. placebo files) wrap the response in {"status_code": ..., "data": {...}}.
  const data = isJsonObject(root) ? own(root, 'data') : undefined;
  if (isJsonObject(root) && isJsonObject(data) && isJsonObject(own(data, 'taskDefinition'))) {
    fixes.push({
      code: 'unwrapped-envelope',
      path: '',
      message: 'Took the API response out of its recording envelope ("data").',
    });
    root = data;
  }
  if (Array.isArray(root)) return containers(root, fixes, notes);
  if (!isJsonObject(root)) {
    return {
      ok: false,
      message: `Expected a task definition (an object), but the text holds ${describe(root)}.`,
    };
  }
  const list = own(root, 'taskDefinitions');
  if (!has(root, 'containerDefinitions') && Array.isArray(list) && isJsonObject(list[0])) {
    if (list.length > 1)
      notes.push(`The input lists ${list.length} task definitions; only the first was imported.`);
    root = { taskDefinition: list[0] };
  }
  const wrapped = own(root, 'taskDefinition');
  if (!has(root, 'containerDefinitions') && isJsonObject(wrapped))
    return describeOutput(root, wrapped, fixes, notes);
  const resources = own(root, 'Resources');
  if (!has(root, 'containerDefinitions') && isJsonObject(resources)) return template(resources, fixes, notes);
  if (own(root, 'Type') === TASK_DEFINITION_TYPE || has(root, 'ContainerDefinitions')) {
    const props = own(root, 'Type') === TASK_DEFINITION_TYPE ? own(root, 'Properties') : root;
    if (!isJsonObject(props)) return { ok: false, message: 'The CloudFormation resource has no Properties.' };
    return cloudFormation('cloudformation-resource', props, fixes, notes);
  }
  if (
    !has(root, 'containerDefinitions') &&
    !has(root, 'family') &&
    (has(root, 'image') || has(root, 'Image'))
  ) {
    return containers([root], fixes, notes, 'container');
  }
  const fromDescribe = READ_ONLY_MEMBERS.some((k) => has(root, k));
  return {
    ok: true,
    kind: fromDescribe ? 'describe-output' : 'register-input',
    document: root,
    fixes,
    notes,
  };
}

function has(obj: JsonObject, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(obj, key);
}

function describe(v: JsonValue): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  return typeof v === 'string' ? 'a string' : `a ${typeof v}`;
}

function describeOutput(root: JsonObject, td: JsonObject, fixes: AppliedFix[], notes: string[]): Unwrapped {
  fixes.push({
    code: 'unwrapped-describe',
    path: '',
    message:
      'Took the task definition out of the {"taskDefinition": ...} wrapper of describe-task-definition output.',
  });
  const document: JsonObject = {};
  for (const k of Object.keys(td)) put(document, k, td[k] ?? null);
  const tags = own(root, 'tags');
  if (Array.isArray(tags) && !has(document, 'tags')) {
    put(document, 'tags', tags);
    if (tags.length > 0)
      fixes.push({
        code: 'tags-hoisted',
        path: 'tags',
        message: "Moved the response's top-level tags into the task definition.",
      });
  }
  const dropped = Object.keys(root).filter((k) => k !== 'taskDefinition' && k !== 'tags');
  if (dropped.length > 0)
    notes.push(`Ignored the response members outside the task definition: ${dropped.join(', ')}.`);
  return { ok: true, kind: 'describe-output', document, fixes, notes };
}

function template(resources: JsonObject, fixes: AppliedFix[], notes: string[]): Unwrapped {
  const found = Object.keys(resources).filter((k) => {
    const r = resources[k];
    return isJsonObject(r) && own(r, 'Type') === TASK_DEFINITION_TYPE;
  });
  const [first] = found;
  if (first === undefined)
    return { ok: false, message: `The CloudFormation template has no ${TASK_DEFINITION_TYPE} resource.` };
  if (found.length > 1) {
    notes.push(
      `The template defines ${found.length} task definitions (${found.join(', ')}); imported the first, ${first}.`,
    );
  }
  const resource = resources[first];
  const props = isJsonObject(resource) ? own(resource, 'Properties') : undefined;
  notes.push(`Imported the CloudFormation resource ${first}.`);
  return cloudFormation('cloudformation-template', isJsonObject(props) ? props : {}, fixes, notes);
}

function cloudFormation(kind: InputKind, props: JsonObject, fixes: AppliedFix[], notes: string[]): Unwrapped {
  const converted = fromCloudFormation(props, ROOT_SCHEMA, fixes);
  fixes.unshift({
    code: 'cfn-properties',
    path: '',
    message:
      "Renamed the CloudFormation properties to the API's names (ContainerDefinitions -> containerDefinitions, ProxyConfigurationProperties -> properties, ...).",
  });
  return { ok: true, kind, document: isJsonObject(converted) ? converted : {}, fixes, notes };
}

function containers(
  items: JsonValue[],
  fixes: AppliedFix[],
  notes: string[],
  kind: InputKind = 'container-array',
): Unwrapped {
  if (items.length === 0 || !items.every(isJsonObject)) {
    return {
      ok: false,
      message: 'Expected a task definition, or a list of container definitions (objects).',
    };
  }
  const pascal = items.some(
    (c) => isJsonObject(c) && (has(c, 'Name') || has(c, 'Image')) && !has(c, 'name') && !has(c, 'image'),
  );
  const list = pascal ? items.map((c) => fromCloudFormation(c, CONTAINER_SCHEMA, fixes)) : items;
  const first = list[0];
  const name = isJsonObject(first) ? own(first, 'name') : undefined;
  const family = typeof name === 'string' && name !== '' ? name : 'imported-task';
  const document: JsonObject = { family, containerDefinitions: list };
  fixes.push({
    code: kind === 'container' ? 'wrapped-container' : 'wrapped-containers',
    path: 'family',
    message: `Wrapped the container definition${list.length === 1 ? '' : 's'} in a task definition with family "${family}"${family === name ? " (the first container's name)" : ''}.`,
  });
  return { ok: true, kind, document, fixes, notes };
}
