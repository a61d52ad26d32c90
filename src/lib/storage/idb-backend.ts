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
    update(key, decide) {
      return new Promise<void>((resolve, reject) => {
        let failure: unknown;
        let tx: IDBTransaction;
        try {
          tx = db.transaction(STORE, 'readwrite');
        } catch (error) {
          reject(error instanceof Error ? error : new StorageFailure(String(error)));
          return;
        }
        const store = tx.objectStore(STORE);
        const req = store.get(key);
        req.onsuccess = () => {
          // A throw here (a quota error from put) would escape as an uncaught page error: catch it
          // and abort, so the caller gets it as a rejection.
          try {
            const change = decide(req.result);
            if (change && 'put' in change) store.put(change.put, key);
            else if (change) store.delete(key);
          } catch (error) {
            failure = error;
            tx.abort();
          }
        };
        tx.oncomplete = () => {
          resolve();
        };
        tx.onerror = (event) => {
          event.preventDefault();
        };
        tx.onabort = () => {
          if (failure instanceof Error) reject(failure);
          else reject(tx.error ?? new StorageFailure('IndexedDB write was aborted'));
        };
      });
    },
  };
}
