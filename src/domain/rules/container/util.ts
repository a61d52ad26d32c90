// Small helpers shared by the container rules (RULES.md sections E–L). Everything here tolerates
// any JSON: a rule never throws on what a user pasted.
import { isJsonObject, own, type JsonObject, type JsonValue } from '../../json.ts';
import { formatPath, parsePath, setAt, type PathSegment } from '../../path.ts';
import type { Fix, Problem, Severity } from '../../problem.ts';
import { arr, containers, obj, str, type ContainerRef } from '../rule.ts';
import { placeholderAdvice, templatePlaceholders } from '../template-placeholder.ts';

export function problem(path: string, severity: Severity, code: string, message: string, fix?: Fix): Problem {
  return fix ? { path, severity, code, message, fix } : { path, severity, code, message };
}

/** Applies several writes in order; each write is `[path, value]`, `undefined` deletes. */
export function edit(
  doc: JsonObject,
  writes: readonly (readonly [string, JsonValue | undefined])[],
): JsonObject {
  let out: JsonValue = doc;
  for (const [path, value] of writes) out = setAt(out, parsePath(path), value);
  return isJsonObject(out) ? out : doc;
}

/** A fix that writes one value (or deletes it with `undefined`). */
export function setFix(title: string, path: string, value: JsonValue | undefined): Fix {
  return { title, apply: (doc) => edit(doc, [[path, value]]) };
}

/** A fix that removes an array item, given the array's path and the item's index. */
export function removeItemFix(title: string, arrayPath: string, index: number): Fix {
  const segments: PathSegment[] = [...parsePath(arrayPath), index];
  return {
    title,
    apply: (doc) => {
      const out = setAt(doc, segments, undefined);
      return isJsonObject(out) ? out : doc;
    },
  };
}

/** A non-empty string, else undefined (ECS treats "" like a missing value). */
export function text(value: JsonValue | undefined): string | undefined {
  const s = str(value);
  return s !== undefined && s.trim() !== '' ? s : undefined;
}

export function hasExecutionRole(doc: JsonObject): boolean {
  return text(own(doc, 'executionRoleArn')) !== undefined;
}

export function hasTaskRole(doc: JsonObject): boolean {
  return text(own(doc, 'taskRoleArn')) !== undefined;
}

/** Names of the task's containers (string names only). */
export function containerNames(doc: JsonObject): Set<string> {
  const names = new Set<string>();
  for (const c of containers(doc)) if (c.name !== undefined) names.add(c.name);
  return names;
}

/** Each object item of `container[key]` with its path, e.g. `containerDefinitions[0].dependsOn[1]`. */
export function items(c: ContainerRef, key: string): { item: JsonObject; index: number; path: string }[] {
  const out: { item: JsonObject; index: number; path: string }[] = [];
  arr(own(c.container, key)).forEach((v, index) => {
    if (isJsonObject(v)) out.push({ item: v, index, path: `${c.path}.${key}[${index}]` });
  });
  return out;
}

/** Each object item of a task-level array, e.g. `volumes[2]`. */
export function taskItems(doc: JsonObject, key: string): { item: JsonObject; index: number; path: string }[] {
  const out: { item: JsonObject; index: number; path: string }[] = [];
  arr(own(doc, key)).forEach((v, index) => {
    if (isJsonObject(v)) out.push({ item: v, index, path: `${key}[${index}]` });
  });
  return out;
}

/** A string map such as logConfiguration.options, as own string entries. */
export function stringMap(value: JsonValue | undefined): Map<string, string> {
  const out = new Map<string, string>();
  const o = obj(value);
  if (o)
    for (const k of Object.keys(o)) {
      const v = own(o, k);
      if (typeof v === 'string') out.set(k, v);
    }
  return out;
}

/** `containerDefinitions[0] ('web')`, for messages. */
export function label(c: ContainerRef): string {
  return c.name !== undefined ? `container '${c.name}'` : `containerDefinitions[${c.index}]`;
}

export function isNonEmptyArray(value: JsonValue | undefined): boolean {
  return Array.isArray(value) && value.length > 0;
}

/** True when the container is essential: `essential` omitted or anything but `false` (RULES.md 49). */
export function isEssential(c: JsonObject): boolean {
  return own(c, 'essential') !== false;
}

/** `parent` + one key in the canonical spelling: `.mode`, `.awslogs-group` or `["a.b"]`. */
export function child(parent: string, key: string): string {
  return parent + formatPath(['x', key]).slice(1);
}

/**
 * Entries of containerDefinitions that are still text (a template's `$ENVOY_CONTAINER_JSON`): one of
 * them may be the container a reference names, so a fix must not remove the reference.
 */
export function placeholderContainers(doc: JsonObject): string[] {
  return arr(own(doc, 'containerDefinitions')).filter((c): c is string => typeof c === 'string');
}

/**
 * The fix for a reference to an unknown container, unless the reference is itself a template
 * placeholder (`${APP_NAME}`) or a placeholder container may be the one it names.
 */
export function unknownReference(
  doc: JsonObject,
  target: string,
  message: string,
  fix: Fix,
): { message: string; fix?: Fix } {
  const named = templatePlaceholders(target);
  if (named.length > 0) return { message: `${message}${placeholderAdvice(named)}` };
  const pending = placeholderContainers(doc);
  if (pending.length === 0) return { message, fix };
  const list = pending.map((p) => JSON.stringify(p)).join(', ');
  return {
    message: `${message} The task still holds the template placeholder ${list} where a container belongs, which may be it: render the template before removing anything.`,
  };
}
