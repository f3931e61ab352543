import { ShortlistEntrySchema, type ShortlistEntry } from '../contracts/shortlist-entry';
import { compactRow, expandRow } from '../shortlist/stored-row';
import type { StampedEntry } from '../sync/resolve-creator';
import { CreatorDocSchema, creatorDocId, type CreatorDoc } from '../sync/sync-doc';

/** A creator's document as written: the entry stored as the shortlist stores it (report without its duplicate snapshot). */
export function toCreatorDoc(version: StampedEntry, rev: string | null): CreatorDoc {
  return {
    _id: creatorDocId(version.entry.key),
    ...(rev ? { _rev: rev } : {}),
    kind: 'creator',
    entry: compactRow(version.entry) as unknown as Record<string, unknown>,
    stamps: version.stamps,
  };
}

/** A document as received: checked like an imported row; anything that does not pass is left out. */
export function readCreatorDoc(doc: unknown, key: string): { version: StampedEntry } | { problem: string } {
  const parsed = CreatorDocSchema.safeParse(doc);
  if (!parsed.success) return { problem: `document of ${key}: ${parsed.error.issues[0]?.message ?? 'invalid'}` };
  const entry = ShortlistEntrySchema.safeParse(expandRow(parsed.data.entry));
  if (!entry.success) return { problem: `document of ${key}: entry.${entry.error.issues[0]?.path.join('.')}: ${entry.error.issues[0]?.message}` };
  if (entry.data.key !== key) return { problem: `document of ${key} holds ${entry.data.key.slice(0, 100)}` };
  return { version: { entry: entry.data as ShortlistEntry, stamps: parsed.data.stamps } };
}
