/** The part of `navigator.storage` this needs, passed in so that lib/ reads no browser global. */
export interface StorageManagerLike {
  persist?: () => Promise<boolean>;
  persisted?: () => Promise<boolean>;
}

export type PersistenceOutcome = 'persisted' | 'denied' | 'unsupported';

/**
 * Ask the browser not to evict the shortlist under storage pressure. Without it, Chrome may clear
 * an extension's IndexedDB when the disk runs low, and the user's notes go with it.
 * Asks only when not already granted; never throws.
 */
export async function requestPersistence(storage: StorageManagerLike | null | undefined): Promise<PersistenceOutcome> {
  if (!storage || typeof storage.persist !== 'function') return 'unsupported';
  try {
    if (typeof storage.persisted === 'function' && (await storage.persisted())) return 'persisted';
    return (await storage.persist()) ? 'persisted' : 'denied';
  } catch {
    return 'denied';
  }
}
