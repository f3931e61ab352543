import type { ShortlistSettings } from '../contracts/shortlist-store';
import type { IDBPObjectStore, StoreNames } from 'idb';
import type { ShortlistDB } from './db';

type AnyStores = ArrayLike<StoreNames<ShortlistDB>>;
export type SettingsStoreRead = IDBPObjectStore<ShortlistDB, AnyStores, 'settings', 'readonly' | 'readwrite'>;
export type SettingsStoreWrite = IDBPObjectStore<ShortlistDB, AnyStores, 'settings', 'readwrite'>;

function text(value: unknown): string | null {
  return typeof value === 'string' && value.length > 0 ? value : null;
}

export async function readSettings(store: SettingsStoreRead): Promise<ShortlistSettings> {
  const [activeBriefId, lastExportAt, unsavedChanges] = await Promise.all([
    store.get('activeBriefId'),
    store.get('lastExportAt'),
    store.get('unsavedChanges'),
  ]);
  return {
    activeBriefId: text(activeBriefId),
    lastExportAt: text(lastExportAt),
    unsavedChanges: typeof unsavedChanges === 'number' && Number.isInteger(unsavedChanges) && unsavedChanges >= 0 ? unsavedChanges : 0,
  };
}

/** Count `changes` more unsaved changes, in the same transaction as the change itself. */
export async function addUnsavedChanges(store: SettingsStoreWrite, changes: number): Promise<void> {
  if (changes <= 0) return;
  const current = await store.get('unsavedChanges');
  const base = typeof current === 'number' && Number.isInteger(current) && current >= 0 ? current : 0;
  await store.put(base + changes, 'unsavedChanges');
}
