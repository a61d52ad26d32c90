import { useEffect, useState } from 'react';
import type { JsonObject, Problem } from '../../domain/index.ts';
import { setAt } from '../../domain/index.ts';
import type { DocumentStore } from '../../lib/document-store.ts';

export interface TaskFormProps {
  readonly store: DocumentStore<JsonObject>;
  readonly problems: readonly Problem[];
}

export function TaskForm({ store }: TaskFormProps): React.JSX.Element {
  const [doc, setDoc] = useState(() => store.get().value);
  useEffect(
    () =>
      store.subscribe((u) => {
        setDoc(u.value);
      }),
    [store],
  );
  const family = typeof doc.family === 'string' ? doc.family : '';
  return (
    <form
      aria-label="Task definition form"
      onSubmit={(e) => {
        e.preventDefault();
      }}
    >
      <label>
        Family
        <input
          data-path="family"
          value={family}
          onChange={(e) => {
            const cur = store.get().value;
            const v = e.target.value;
            store.set(setAt(cur, ['family'], v === '' ? undefined : v) as JsonObject, 'form');
          }}
        />
      </label>
    </form>
  );
}
