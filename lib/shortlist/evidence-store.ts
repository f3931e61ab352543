import type { IDBPObjectStore, StoreNames } from 'idb';
import { CreatorEvidenceSchema, type CreatorEvidence } from '../contracts/evidence';
import { evidenceKey, mergeEvidence, type EvidenceUpdate } from '../evidence/merge-evidence';
import type { ShortlistDB } from './db';

type AnyStores = ArrayLike<StoreNames<ShortlistDB>>;
export type EvidenceStoreRead = IDBPObjectStore<ShortlistDB, AnyStores, 'evidence', 'readonly' | 'readwrite'>;
export type EvidenceStoreWrite = IDBPObjectStore<ShortlistDB, AnyStores, 'evidence', 'readwrite'>;

/** A stored row as evidence, or null: a row that fails the contract is skipped, never trusted. */
export function readEvidenceRow(row: unknown): CreatorEvidence | null {
  const parsed = CreatorEvidenceSchema.safeParse(row);
  return parsed.success && parsed.data.key === evidenceKey(parsed.data.platform, parsed.data.handle) ? parsed.data : null;
}

export async function readEvidence(store: EvidenceStoreRead, key: string): Promise<CreatorEvidence | null> {
  return readEvidenceRow(await store.get(key));
}

/**
 * Merge a post page's reading into the creator's evidence. A stored row that no longer reads is
 * replaced: nothing in it could be used, and keeping it would refuse every later post page.
 */
export async function addEvidence(store: EvidenceStoreWrite, update: EvidenceUpdate, now: Date): Promise<CreatorEvidence> {
  const existing = await readEvidence(store, evidenceKey(update.platform, update.handle));
  const merged = mergeEvidence(existing, update, now);
  await store.put(merged);
  return merged;
}

/**
 * A stored evidence row without the comment samples read before `before` (ms), or null when it has
 * none: retention's per-reading cut-off for a row that gathers many readings. A row that does not
 * read is left to the row-level rule.
 */
export function withoutSamplesBefore(row: unknown, before: number): CreatorEvidence | null {
  const evidence = readEvidenceRow(row);
  if (!evidence) return null;
  const samples = evidence.samples.filter((s) => Date.parse(s.readAt) >= before);
  return samples.length === evidence.samples.length ? null : { ...evidence, samples };
}
