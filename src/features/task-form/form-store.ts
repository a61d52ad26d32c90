// The form's view of the one document store: slice subscriptions (a field re-renders only when its
// own value changes) and single-path writes with structural sharing.
import { createContext, useCallback, useContext, useSyncExternalStore } from 'react';
import {
  getAt,
  isJsonObject,
  setAt,
  type JsonObject,
  type JsonValue,
  type PathSegment,
  type Problem,
} from '../../domain/index.ts';
import type { DocumentStore } from '../../lib/document-store.ts';

/** A tiny observable value: problems and availability live here so a field subscribes to its own slice. */
export interface Signal<T> {
  readonly get: () => T;
  readonly subscribe: (listener: () => void) => () => void;
}

export interface FormContextValue {
  readonly store: DocumentStore<JsonObject>;
  readonly problems: Signal<ReadonlyMap<string, readonly Problem[]>>;
  readonly unavailable: Signal<Readonly<Record<string, string>>>;
}

export const FormContext = createContext<FormContextValue | null>(null);

export function useFormContext(): FormContextValue {
  const ctx = useContext(FormContext);
  if (!ctx) throw new Error('Task form fields must be rendered inside <TaskForm>');
  return ctx;
}

type Snapshot = string | number | boolean | null | undefined;

/**
 * Subscribes to a value derived from the document. The selector must return a primitive (or a value
 * taken from the document itself) so that an unrelated edit yields the same snapshot and no render.
 */
export function useDocSelect<T extends Snapshot | JsonValue>(select: (doc: JsonObject) => T): T {
  const { store } = useFormContext();
  const subscribe = useCallback((listener: () => void) => store.subscribe(listener), [store]);
  return useSyncExternalStore(subscribe, () => select(store.get().value));
}

export function useValueAt(segments: readonly PathSegment[]): JsonValue | undefined {
  return useDocSelect((doc) => getAt(doc, segments));
}

/** Length of the array at a path (0 when missing or not an array). */
export function useLengthAt(segments: readonly PathSegment[]): number {
  return useDocSelect((doc) => {
    const v = getAt(doc, segments);
    return Array.isArray(v) ? v.length : 0;
  });
}

/** Structures whose presence itself means something (a volume's kind, the required container list). */
const KEEP_WHEN_EMPTY = new Set([
  'containerDefinitions',
  'dockerVolumeConfiguration',
  'efsVolumeConfiguration',
  'fsxWindowsFileServerVolumeConfiguration',
]);

function isEmptyContainer(v: JsonValue | undefined): boolean {
  return Array.isArray(v) ? v.length === 0 : isJsonObject(v) && Object.keys(v).length === 0;
}

/**
 * One field's write. `undefined` removes the key (or the array item); an object or list left empty by
 * that removal is removed too, up to the nearest array item, so clearing never leaves `{}` or `[]`.
 */
export function writeAt(
  doc: JsonObject,
  segments: readonly PathSegment[],
  value: JsonValue | undefined,
): JsonObject {
  const current = getAt(doc, segments);
  if (current === value) return doc;
  if (value === undefined && current === undefined) return doc;
  let next = setAt(doc, segments, value) as JsonObject;
  if (value !== undefined) return next;
  let parent = segments.slice(0, -1);
  for (;;) {
    const key = parent[parent.length - 1];
    if (typeof key !== 'string' || KEEP_WHEN_EMPTY.has(key) || !isEmptyContainer(getAt(next, parent))) break;
    next = setAt(next, parent, undefined) as JsonObject;
    parent = parent.slice(0, -1);
  }
  return next;
}

export function useWrite(): (segments: readonly PathSegment[], value: JsonValue | undefined) => void {
  const { store } = useFormContext();
  return (segments, value) => {
    const doc = store.get().value;
    const next = writeAt(doc, segments, value);
    if (next !== doc) store.set(next, 'form');
  };
}

export function useProblemsAt(path: string): readonly Problem[] {
  const { problems } = useFormContext();
  return useSyncExternalStore(problems.subscribe, () => problems.get().get(path) ?? NONE);
}

const NONE: readonly Problem[] = [];

/** `containerDefinitions[2].portMappings[0].hostPort` -> `containerDefinitions[].portMappings[].hostPort` */
export function patternOf(path: string): string {
  return path.replace(/\[\d+\]/g, '[]');
}

/** The pattern of a path and of each of its ancestors, nearest first. */
export function patternChain(path: string): string[] {
  const pattern = patternOf(path);
  const out = [pattern];
  for (let i = pattern.length - 1; i > 0; i--) {
    const ch = pattern[i];
    if (ch === '.' || ch === '[') out.push(pattern.slice(0, i));
  }
  return out;
}

/** Why the field at `path` (or the structure holding it) cannot be used here; undefined when it can. */
export function useUnavailableReason(path: string): string | undefined {
  const { unavailable } = useFormContext();
  return useSyncExternalStore(unavailable.subscribe, () => {
    const map = unavailable.get();
    for (const key of patternChain(path)) if (Object.prototype.hasOwnProperty.call(map, key)) return map[key];
    return undefined;
  });
}

function isUnder(path: string, prefix: string): boolean {
  return path === prefix || path.startsWith(`${prefix}.`) || path.startsWith(`${prefix}[`);
}

/** "1 error, 2 warnings" about anything under these paths ('' when none): for collapsed groups. */
export function useProblemSummary(prefixes: readonly string[]): string {
  const { problems } = useFormContext();
  return useSyncExternalStore(problems.subscribe, () => {
    let errors = 0;
    let warnings = 0;
    for (const [path, list] of problems.get()) {
      if (!prefixes.some((p) => isUnder(path, p))) continue;
      for (const p of list) {
        if (p.severity === 'error') errors++;
        else if (p.severity === 'warning') warnings++;
      }
    }
    const parts = [];
    if (errors > 0) parts.push(`${errors} ${errors === 1 ? 'error' : 'errors'}`);
    if (warnings > 0) parts.push(`${warnings} ${warnings === 1 ? 'warning' : 'warnings'}`);
    return parts.join(', ');
  });
}

/** Messages of the problems at a path and under it, one a line ('' when none): a primitive snapshot. */
export function useProblemTextUnder(prefix: string): string {
  const { problems } = useFormContext();
  return useSyncExternalStore(problems.subscribe, () => {
    const out: string[] = [];
    for (const [path, list] of problems.get())
      if (isUnder(path, prefix)) for (const p of list) out.push(p.message);
    return out.join('\n');
  });
}
