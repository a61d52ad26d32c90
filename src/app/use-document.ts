import { useSyncExternalStore } from 'react';
import type { JsonObject } from '../domain/index.ts';
import type { DocumentStore } from '../lib/document-store.ts';

/** The current document, re-rendering on every change. For small reads (the toolbar's family). */
export function useDocument(store: DocumentStore<JsonObject>): JsonObject {
  return useSyncExternalStore(
    (onChange) => store.subscribe(onChange),
    () => store.get().value,
  );
}
