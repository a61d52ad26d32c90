// Problems = check(document), computed off the critical path: after the browser has painted the
// keystroke, at idle, but never later than a short deadline, so the list stays visibly current.
import { useEffect, useState } from 'react';
import type { JsonObject, Problem } from '../domain/index.ts';
import type { DocumentStore } from '../lib/document-store.ts';
import { checkDocument } from './domain-ops.ts';

const DEADLINE_MS = 50;

export function useProblems(store: DocumentStore<JsonObject>): readonly Problem[] {
  const [problems, setProblems] = useState<readonly Problem[]>(() => checkDocument(store.get().value));
  useEffect(() => {
    let cancel: (() => void) | undefined;
    const schedule = (): void => {
      cancel?.();
      cancel = afterPaint(() => {
        cancel = undefined;
        setProblems(checkDocument(store.get().value));
      });
    };
    const unsubscribe = store.subscribe(schedule);
    return () => {
      unsubscribe();
      cancel?.();
    };
  }, [store]);
  return problems;
}

function afterPaint(run: () => void): () => void {
  if (typeof requestIdleCallback === 'function' && typeof requestAnimationFrame === 'function') {
    // The deadline counts from the next frame, so that a slow change (a 56 KB paste) is painted
    // before the check runs, even when the change itself took longer than the deadline.
    let idle = 0;
    const frame = requestAnimationFrame(() => {
      idle = requestIdleCallback(run, { timeout: DEADLINE_MS });
    });
    return () => {
      cancelAnimationFrame(frame);
      cancelIdleCallback(idle);
    };
  }
  const id = setTimeout(run, 0);
  return () => {
    clearTimeout(id);
  };
}
