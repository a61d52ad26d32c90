// Where drafts live: IndexedDB when the browser allows it, localStorage otherwise, memory as the last
// resort (then the page says drafts are not kept). One primitive, `update`, reads and writes a key in
// one atomic step, so a revision check and the write it guards cannot be split by another tab.
export type BackendKind = 'indexeddb' | 'localstorage' | 'memory';

/** What `update` does with the key: write a value, remove it, or leave it as it is (undefined). */
export type Change = { readonly put: unknown } | { readonly remove: true } | undefined;

export interface KeyValueBackend {
  readonly kind: BackendKind;
  get(key: string): Promise<unknown>;
  values(): Promise<unknown[]>;
  update(key: string, decide: (current: unknown) => Change): Promise<void>;
}

/** A storage failure, with words a person can act on. */
export class StorageFailure extends Error {
  override readonly name = 'StorageFailure';
}

export function describeStorageError(error: unknown): string {
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  if (name === 'QuotaExceededError')
    return 'The browser’s storage for this page is full. Delete old drafts, or download the JSON to keep it.';
  if (name === 'SecurityError' || name === 'InvalidStateError')
    return 'The browser does not allow this page to store data (private browsing or a site setting).';
  return error instanceof Error ? error.message : String(error);
}

export function memoryBackend(): KeyValueBackend {
  const data = new Map<string, string>();
  return {
    kind: 'memory',
    get: (key) => Promise.resolve(read(data.get(key))),
    values: () => Promise.resolve([...data.values()].map(read)),
    update(key, decide) {
      const change = decide(read(data.get(key)));
      if (change && 'put' in change) data.set(key, JSON.stringify(change.put));
      else if (change) data.delete(key);
      return Promise.resolve();
    },
  };
}

function read(text: string | undefined): unknown {
  return text === undefined ? undefined : JSON.parse(text);
}
