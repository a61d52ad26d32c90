// A document parsed from the pane's text shares nothing with the one before it. Giving it back the
// previous document's subtrees wherever they did not change makes a typing step in the pane cost what
// a form edit costs (the changed path), for the undo history that keeps each step's document, and lets
// every later comparison stop at a shared reference. No ECS knowledge.
import { isJsonObject, own, type JsonObject, type JsonValue } from '../../domain/index.ts';

function put(obj: JsonObject, key: string, value: JsonValue): void {
  // defineProperty: a key such as `__proto__` stays an own data property.
  Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
}

/**
 * `next`, with each subtree that equals the one at the same place in `prev` (objects: the same keys
 * in the same order) replaced by `prev`'s; `prev` itself when the two are equal. Mutates `next`, which
 * must be a fresh value the caller owns (just parsed). The result is equal to `next`, key order included.
 */
export function shareUnchanged(prev: JsonValue | undefined, next: JsonValue): JsonValue {
  if (prev === next || prev === undefined) return next;
  if (Array.isArray(next)) {
    if (!Array.isArray(prev)) return next;
    let same = prev.length === next.length;
    for (let i = 0; i < next.length; i++) {
      const item = next[i] as JsonValue;
      const before = i < prev.length ? prev[i] : undefined;
      const s = shareUnchanged(before, item);
      if (s !== item) next[i] = s;
      if (s !== before) same = false;
    }
    return same ? prev : next;
  }
  if (isJsonObject(next)) {
    if (!isJsonObject(prev)) return next;
    const keys = Object.keys(next);
    const prevKeys = Object.keys(prev);
    let same = keys.length === prevKeys.length;
    keys.forEach((k, i) => {
      const item = next[k] as JsonValue;
      const before = own(prev, k);
      const s = shareUnchanged(before, item);
      if (s !== item) put(next, k, s);
      if (s !== before || prevKeys[i] !== k) same = false;
    });
    return same ? prev : next;
  }
  return next;
}
