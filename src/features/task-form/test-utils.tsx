// Shared by this folder's tests: render the form over a fresh store.
import { act, render, type RenderResult } from '@testing-library/react';
import type { JsonObject, Problem } from '../../domain/index.ts';
import { createDocumentStore, type DocumentStore } from '../../lib/document-store.ts';
import { flushDeferred } from './deferred-mount.ts';
import { TaskForm, type TaskFormProps } from './task-form.tsx';

export function renderForm(
  doc: JsonObject,
  options: {
    problems?: readonly Problem[];
    availability?: TaskFormProps['availability'];
    /** Leave the work deferred to idle time (the rest of large tasks' cards) queued; default: run it. */
    deferred?: boolean;
  } = {},
): RenderResult & { store: DocumentStore<JsonObject>; rerenderProblems: (p: readonly Problem[]) => void } {
  const store = createDocumentStore<JsonObject>(doc);
  const extra = options.availability ? { availability: options.availability } : {};
  const result = render(<TaskForm store={store} problems={options.problems ?? []} {...extra} />);
  if (options.deferred !== true) act(flushDeferred);
  return {
    ...result,
    store,
    rerenderProblems: (p) => {
      result.rerender(<TaskForm store={store} problems={p} {...extra} />);
    },
  };
}
