// Shared by this folder's tests: render the form over a fresh store.
import { render, type RenderResult } from '@testing-library/react';
import type { JsonObject, Problem } from '../../domain/index.ts';
import { createDocumentStore, type DocumentStore } from '../../lib/document-store.ts';
import { TaskForm, type TaskFormProps } from './task-form.tsx';

export function renderForm(
  doc: JsonObject,
  options: { problems?: readonly Problem[]; availability?: TaskFormProps['availability'] } = {},
): RenderResult & { store: DocumentStore<JsonObject>; rerenderProblems: (p: readonly Problem[]) => void } {
  const store = createDocumentStore<JsonObject>(doc);
  const extra = options.availability ? { availability: options.availability } : {};
  const result = render(<TaskForm store={store} problems={options.problems ?? []} {...extra} />);
  return {
    ...result,
    store,
    rerenderProblems: (p) => {
      result.rerender(<TaskForm store={store} problems={p} {...extra} />);
    },
  };
}
