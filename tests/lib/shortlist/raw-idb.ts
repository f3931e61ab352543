/** Raw IndexedDB helpers for tests: they deliberately bypass lib/shortlist to build and inspect databases. */
import type { SchemaExample } from './schema-examples/schema-example';
import { bucketOf } from '../../../lib/shortlist/summary-buckets';

function done<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

/** Build a database at the example's version with plain IndexedDB calls and fill it with its rows. */
export async function buildExampleDatabase(name: string, example: SchemaExample): Promise<void> {
  const request = indexedDB.open(name, example.version);
  request.onupgradeneeded = () => {
    const db = request.result;
    for (const store of example.stores) {
      const os = db.createObjectStore(store.name, {
        ...(store.keyPath ? { keyPath: store.keyPath } : {}),
        ...(store.autoIncrement ? { autoIncrement: true } : {}),
      });
      for (const index of store.indexes) os.createIndex(index.name, index.keyPath);
      for (const row of store.rows) {
        if (row.key === undefined) os.add(structuredClone(row.value));
        else os.add(structuredClone(row.value), row.key);
      }
    }
  };
  const db = await done(request);
  db.close();
}

/** Open whatever version is there, without upgrading. */
export function openRaw(name: string, version?: number): Promise<IDBDatabase> {
  return done(version === undefined ? indexedDB.open(name) : indexedDB.open(name, version));
}

export async function readAllRaw(name: string, storeName: string): Promise<Array<{ key: IDBValidKey; value: unknown }>> {
  const db = await openRaw(name);
  try {
    const tx = db.transaction(storeName, 'readonly');
    const store = tx.objectStore(storeName);
    const [keys, values] = await Promise.all([done(store.getAllKeys()), done(store.getAll())]);
    return keys.map((key, i) => ({ key, value: values[i] }));
  } finally {
    db.close();
  }
}

export async function putRaw(name: string, storeName: string, value: unknown, key?: IDBValidKey): Promise<void> {
  const db = await openRaw(name);
  try {
    const tx = db.transaction(storeName, 'readwrite');
    tx.objectStore(storeName).put(value, key);
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
      tx.onabort = () => reject(tx.error);
    });
  } finally {
    db.close();
  }
}

export async function describeRaw(name: string): Promise<{ version: number; stores: Record<string, string[]> }> {
  const db = await openRaw(name);
  try {
    const stores: Record<string, string[]> = {};
    const names = Array.from(db.objectStoreNames);
    if (names.length) {
      const tx = db.transaction(names, 'readonly');
      for (const storeName of names) stores[storeName] = Array.from(tx.objectStore(storeName).indexNames).sort();
    }
    return { version: db.version, stores };
  } finally {
    db.close();
  }
}

export function deleteRaw(name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.deleteDatabase(name);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error);
  });
}

/** Every summary in the bucket rows of the summaries store, in bucket order (lib/shortlist/summary-buckets.ts). */
export async function readSummariesRaw(name: string): Promise<unknown[]> {
  return (await readAllRaw(name, 'summaries')).flatMap((r) => (Array.isArray(r.value) ? r.value : []));
}

async function bucketRaw(name: string, key: string): Promise<{ n: number; items: unknown[] }> {
  const n = bucketOf(key);
  const row = (await readAllRaw(name, 'summaries')).find((r) => r.key === n)?.value;
  return { n, items: Array.isArray(row) ? row : [] };
}

/** Put `summary` (whatever it holds) in the bucket row of `key`, in place of any item with that key. */
export async function putSummaryRaw(name: string, summary: unknown, key = (summary as { key: string }).key): Promise<void> {
  const { n, items } = await bucketRaw(name, key);
  await putRaw(name, 'summaries', [...items.filter((i) => (i as { key?: unknown }).key !== key), summary], n);
}

/** Remove the summary of `key` from its bucket row. */
export async function deleteSummaryRaw(name: string, key: string): Promise<void> {
  const { n, items } = await bucketRaw(name, key);
  await putRaw(name, 'summaries', items.filter((i) => (i as { key?: unknown }).key !== key), n);
}
