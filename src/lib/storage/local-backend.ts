// localStorage: synchronous, so a read and the write that follows it cannot interleave with another tab's.
import { StorageFailure, type KeyValueBackend } from './backend.ts';

export function localStorageBackend(storage: Storage, prefix: string): KeyValueBackend {
  const parse = (text: string | null): unknown => {
    if (text === null) return undefined;
    try {
      return JSON.parse(text);
    } catch {
      return undefined; // a damaged entry reads as missing; it is overwritten by the next save
    }
  };
  return {
    kind: 'localstorage',
    get: (key) => Promise.resolve(parse(storage.getItem(prefix + key))),
    values() {
      const out: unknown[] = [];
      for (let i = 0; i < storage.length; i++) {
        const k = storage.key(i);
        if (k?.startsWith(prefix)) out.push(parse(storage.getItem(k)));
      }
      return Promise.resolve(out);
    },
    update(key, decide) {
      try {
        const change = decide(parse(storage.getItem(prefix + key)));
        if (change && 'put' in change) storage.setItem(prefix + key, JSON.stringify(change.put));
        else if (change) storage.removeItem(prefix + key);
        return Promise.resolve();
      } catch (error) {
        return Promise.reject(error instanceof Error ? error : new StorageFailure(String(error)));
      }
    },
  };
}

/** localStorage if it exists and accepts a write (it throws in some private modes). */
export function usableLocalStorage(): Storage | undefined {
  try {
    const s = globalThis.localStorage;
    const probe = 'taskdef:probe';
    s.setItem(probe, '1');
    s.removeItem(probe);
    return s;
  } catch {
    return undefined;
  }
}
