// The one owner of the document. The form and the JSON pane both subscribe; every update carries its
// origin so a view can ignore its own echo. No ECS knowledge here.
export type UpdateOrigin = 'form' | 'json' | 'fix' | 'import' | 'sidecar' | 'history' | 'init';

export interface DocumentUpdate<T> {
  readonly value: T;
  readonly origin: UpdateOrigin;
  readonly version: number;
}

export interface DocumentStore<T> {
  get(): DocumentUpdate<T>;
  set(value: T, origin: UpdateOrigin): void;
  subscribe(listener: (update: DocumentUpdate<T>) => void): () => void;
}

export function createDocumentStore<T>(initial: T): DocumentStore<T> {
  let current: DocumentUpdate<T> = { value: initial, origin: 'init', version: 0 };
  const listeners = new Set<(update: DocumentUpdate<T>) => void>();
  return {
    get: () => current,
    set(value, origin) {
      if (value === current.value) return;
      current = { value, origin, version: current.version + 1 };
      for (const l of [...listeners]) l(current);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
