// Whether a list was replaced as a whole (a paste, an import, undoing one) rather than edited: then
// its cards mount afresh and decide their layout for the new task (on a task of many containers the
// lists and less frequent fields sit in closed groups), instead of keeping the one they chose for the
// task they were first mounted in.
import { useState } from 'react';
import type { JsonValue } from '../../domain/index.ts';

/** The length changed and no item of `next` is an item of `prev` (edits keep the others' identity). */
export function replacedWholesale(prev: JsonValue | undefined, next: JsonValue | undefined): boolean {
  if (!Array.isArray(prev) || !Array.isArray(next) || prev.length === next.length) return false;
  const before = new Set<JsonValue>(prev);
  return next.every((item) => !before.has(item));
}

/** A number that changes each time the list is replaced as a whole: part of the cards' keys. */
export function useListGeneration(list: JsonValue | undefined): number {
  const [seen, setSeen] = useState({ list, generation: 0 });
  if (seen.list === list) return seen.generation;
  const generation = replacedWholesale(seen.list, list) ? seen.generation + 1 : seen.generation;
  // Adjusting state while rendering (React re-renders at once, before the children).
  setSeen({ list, generation });
  return generation;
}
