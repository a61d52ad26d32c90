// Small observables for what the form derives from its props (problems) or from the document
// (availability), so that each field subscribes to its own entry only.
import type { JsonObject, Problem } from '../../domain/index.ts';
import type { DocumentStore } from '../../lib/document-store.ts';
import type { Signal } from './form-store.ts';

export interface WritableSignal<T> extends Signal<T> {
  set(value: T): void;
}

export function createSignal<T>(initial: T): WritableSignal<T> {
  let value = initial;
  const listeners = new Set<() => void>();
  return {
    get: () => value,
    set(next) {
      if (next === value) return;
      value = next;
      for (const l of [...listeners]) l();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}

function sameProblems(a: readonly Problem[], b: readonly Problem[]): boolean {
  return (
    a.length === b.length &&
    a.every((p, i) => {
      const q = b[i];
      return q !== undefined && p.code === q.code && p.message === q.message && p.severity === q.severity;
    })
  );
}

/**
 * Groups problems by path. A path whose problems did not change keeps its previous array, so the
 * fields showing it do not re-render when the page recomputes problems after every keystroke.
 */
export function groupProblems(
  problems: readonly Problem[],
  previous: ReadonlyMap<string, readonly Problem[]>,
): ReadonlyMap<string, readonly Problem[]> {
  const next = new Map<string, Problem[]>();
  for (const p of problems) {
    const list = next.get(p.path);
    if (list) list.push(p);
    else next.set(p.path, [p]);
  }
  const out = new Map<string, readonly Problem[]>();
  for (const [path, list] of next) {
    const old = previous.get(path);
    out.set(path, old && sameProblems(old, list) ? old : list);
  }
  return out;
}

/** Availability recomputed lazily per document version (a keystroke costs one call, not one per field). */
export function availabilitySignal(
  store: DocumentStore<JsonObject>,
  compute: (doc: JsonObject) => Readonly<Record<string, string>>,
): Signal<Readonly<Record<string, string>>> {
  let doc: JsonObject | undefined;
  let cached: Readonly<Record<string, string>> = {};
  return {
    get() {
      const current = store.get().value;
      if (current !== doc) {
        doc = current;
        cached = compute(current);
      }
      return cached;
    },
    subscribe(listener) {
      return store.subscribe(() => {
        listener();
      });
    },
  };
}
