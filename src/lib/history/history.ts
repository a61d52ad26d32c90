// Document-level undo and redo over the one store. A snapshot is the document reference itself
// (documents are immutable with structural sharing), so an entry costs one pointer. No ECS knowledge.
import type { DocumentStore, UpdateOrigin } from '../document-store.ts';

export interface HistoryState {
  readonly canUndo: boolean;
  readonly canRedo: boolean;
  /** Where the next undo / redo comes from ('form', 'json', 'fix', 'import', 'sidecar'). */
  readonly undoOrigin: UpdateOrigin | undefined;
  readonly redoOrigin: UpdateOrigin | undefined;
}

export interface DocumentHistory {
  readonly getState: () => HistoryState;
  readonly subscribe: (listener: () => void) => () => void;
  readonly undo: () => boolean;
  readonly redo: () => boolean;
  /** Forget every step (another draft was opened). */
  readonly reset: () => void;
  readonly dispose: () => void;
}

export interface HistoryOptions<T> {
  /** Most steps kept; the oldest fall off. */
  readonly limit?: number;
  /** Typing from the same origin on the same path within this window is one step. */
  readonly coalesceMs?: number;
  /** What a change touched (a path); bursts coalesce only on the same key. */
  readonly changeKey?: (before: T, after: T) => string;
  readonly now?: () => number;
}

interface Entry<T> {
  readonly before: T;
  readonly origin: UpdateOrigin;
  readonly key: string;
  at: number;
}

/** Origins whose bursts (one keystroke each) are merged into one step. */
const TYPING: ReadonlySet<UpdateOrigin> = new Set(['form', 'json']);

export function createDocumentHistory<T>(
  store: DocumentStore<T>,
  options: HistoryOptions<T> = {},
): DocumentHistory {
  const limit = options.limit ?? 200;
  const span = options.coalesceMs ?? 1000;
  const now = options.now ?? (() => Date.now());
  const changeKey = options.changeKey ?? (() => '');
  let undoStack: Entry<T>[] = [];
  let redoStack: Entry<T>[] = [];
  let current = store.get().value;
  // After an undo or redo the next edit starts a new step, even if it looks like the same burst.
  let sealed = true;
  let state = computeState();
  const listeners = new Set<() => void>();

  function computeState(): HistoryState {
    return {
      canUndo: undoStack.length > 0,
      canRedo: redoStack.length > 0,
      undoOrigin: undoStack.at(-1)?.origin,
      redoOrigin: redoStack.at(-1)?.origin,
    };
  }
  function changed(): void {
    const next = computeState();
    if (
      next.canUndo === state.canUndo &&
      next.canRedo === state.canRedo &&
      next.undoOrigin === state.undoOrigin &&
      next.redoOrigin === state.redoOrigin
    )
      return;
    state = next;
    for (const l of [...listeners]) l();
  }

  const unsubscribe = store.subscribe((update) => {
    if (update.origin === 'history') return; // our own undo or redo
    const before = current;
    current = update.value;
    if (update.origin === 'init') {
      undoStack = [];
      redoStack = [];
      sealed = true;
      changed();
      return;
    }
    const t = now();
    const key = changeKey(before, update.value);
    const top = undoStack.at(-1);
    if (
      !sealed &&
      top !== undefined &&
      TYPING.has(update.origin) &&
      top.origin === update.origin &&
      top.key === key &&
      t - top.at <= span
    ) {
      top.at = t; // the step keeps its first `before`: undo reverts the whole burst
    } else {
      undoStack.push({ before, origin: update.origin, key, at: t });
      if (undoStack.length > limit) undoStack.splice(0, undoStack.length - limit);
    }
    sealed = false;
    redoStack = [];
    changed();
  });

  function move(from: Entry<T>[], to: Entry<T>[]): boolean {
    const entry = from.pop();
    if (!entry) return false;
    to.push({ before: current, origin: entry.origin, key: entry.key, at: entry.at });
    current = entry.before;
    sealed = true;
    store.set(entry.before, 'history');
    changed();
    return true;
  }

  return {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    undo: () => move(undoStack, redoStack),
    redo: () => move(redoStack, undoStack),
    reset() {
      undoStack = [];
      redoStack = [];
      current = store.get().value;
      sealed = true;
      changed();
    },
    dispose: unsubscribe,
  };
}
