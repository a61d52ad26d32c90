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

export interface ListGeneration {
  /** Changes each time the list is replaced as a whole: part of the cards' keys. */
  readonly generation: number;
  /**
   * The list is the one the generation began with (the first render, or the render of the paste):
   * the cards mounting now mount together, as a batch; a card mounting later was added by an edit.
   */
  readonly fresh: boolean;
}

export function useListGeneration(list: JsonValue | undefined): ListGeneration {
  const [seen, setSeen] = useState({ list, generation: 0, fresh: true });
  if (seen.list === list) return { generation: seen.generation, fresh: seen.fresh };
  const whole = replacedWholesale(seen.list, list);
  const generation = whole ? seen.generation + 1 : seen.generation;
  // Adjusting state while rendering (React re-renders at once, before the children).
  setSeen({ list, generation, fresh: whole });
  return { generation, fresh: whole };
}
