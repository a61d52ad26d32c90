// IndexedDB: one object store of JSON-able values. `update` runs its read and its write in one
// readwrite transaction, which the browser serializes against every other tab's.
import { StorageFailure, type KeyValueBackend } from './backend.ts';

const STORE = 'records';

export function openIndexedDbBackend(name: string, timeoutMs = 3000): Promise<KeyValueBackend> {
  return new Promise((resolve, reject) => {
    if (typeof indexedDB === 'undefined') {
      reject(new StorageFailure('IndexedDB is not available'));
      return;
    }
    const timer = setTimeout(() => {
      reject(new StorageFailure('IndexedDB did not open in time'));
    }, timeoutMs);
    let request: IDBOpenDBRequest;
    try {
      request = indexedDB.open(name, 1);
    } catch (error) {
      clearTimeout(timer);
      reject(error instanceof Error ? error : new StorageFailure(String(error)));
      return;
    }
    request.onupgradeneeded = () => {
      request.result.createObjectStore(STORE);
    };
    request.onerror = () => {
      clearTimeout(timer);
      reject(request.error ?? new StorageFailure('IndexedDB failed to open'));
    };
    request.onsuccess = () => {
      clearTimeout(timer);
      resolve(wrap(request.result));
    };
  });
}

function wrap(db: IDBDatabase): KeyValueBackend {
  // Another tab upgrading the database would block on us: step aside.
  db.onversionchange = () => {
    db.close();
  };
  const run = <T>(mode: IDBTransactionMode, body: (store: IDBObjectStore) => IDBRequest<T> | undefined) =>
    new Promise<T | undefined>((resolve, reject) => {
      let tx: IDBTransaction;
      try {
        tx = db.transaction(STORE, mode);
      } catch (error) {
        reject(error instanceof Error ? error : new StorageFailure(String(error)));
        return;
      }
      let result: T | undefined;
      const req = body(tx.objectStore(STORE));
      if (req)
        req.onsuccess = () => {
          result = req.result;
        };
      tx.oncomplete = () => {
        resolve(result);
      };
      tx.onerror = () => {
        reject(tx.error ?? new StorageFailure('IndexedDB write failed'));
      };
      tx.onabort = () => {
        reject(tx.error ?? new StorageFailure('IndexedDB write was aborted'));
      };
    });
  return {
    kind: 'indexeddb',
    get: (key) => run<unknown>('readonly', (s) => s.get(key)),
    values: async () => (await run<unknown[]>('readonly', (s) => s.getAll())) ?? [],
    async update(key, decide) {
      await run<unknown>('readwrite', (s) => {
        const req = s.get(key);
        req.onsuccess = () => {
          const change = decide(req.result);
          if (change && 'put' in change) s.put(change.put, key);
          else if (change) s.delete(key);
        };
        return undefined;
      });
    },
  };
}
