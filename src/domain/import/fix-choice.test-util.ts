// Where two documents differ, and whether declining one fix changed only what that fix touches.
import { getAt, parsePath, type PathSegment } from '../path.ts';
import { isJsonObject, jsonEqual, type JsonObject, type JsonValue } from '../json.ts';
import type { ImportFix } from './types.ts';

/** The outermost places where `a` and `b` differ (a list of another length counts as the list). */
export function diffPaths(
  a: JsonValue | undefined,
  b: JsonValue | undefined,
  at: PathSegment[] = [],
): PathSegment[][] {
  if (jsonEqual(a, b)) return [];
  if (isJsonObject(a) && isJsonObject(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    return [...keys].flatMap((k) =>
      diffPaths(
        Object.prototype.hasOwnProperty.call(a, k) ? a[k] : undefined,
        Object.prototype.hasOwnProperty.call(b, k) ? b[k] : undefined,
        [...at, k],
      ),
    );
  }
  if (Array.isArray(a) && Array.isArray(b) && a.length === b.length) {
    return a.flatMap((x, i) => diffPaths(x, b[i], [...at, i]));
  }
  return [at];
}

const startsWith = (path: readonly PathSegment[], prefix: readonly PathSegment[]): boolean =>
  prefix.length <= path.length && prefix.every((s, i) => path[i] === s);

/**
 * Declining `fix` may change the document at the fix's path (or below it), at the list that holds a
 * kept null item, and at an ancestor that the accepted document lacks (a parent that was removed as
 * empty is no longer empty once the fix is declined). The differences outside those places.
 */
export function changedElsewhere(fix: ImportFix, accepted: JsonObject, declined: JsonObject): string[] {
  const at = parsePath(fix.path);
  const list = fix.code === 'null-removed' && typeof at[at.length - 1] === 'number' ? at.slice(0, -1) : at;
  return diffPaths(accepted, declined)
    .filter(
      (d) =>
        !startsWith(d, list) &&
        !(startsWith(at, d) && d.length < at.length && getAt(accepted, d) === undefined),
    )
    .map((d) => JSON.stringify(d));
}
