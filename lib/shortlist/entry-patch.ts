import { SHORTLIST_CAPS, type EntryPatch } from '../contracts/shortlist-entry';
import type { StoredRow } from './db';
import { StoreError } from './errors';
import { salvageUserFields } from './row-repair';

function sameTag(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

/**
 * The stored row after a user edit. The patch is applied to the row as stored, so fields the edit
 * does not touch stay exactly as they were, even ones the reader would have to repair.
 */
export function applyPatch(row: StoredRow, patch: EntryPatch, now: Date): StoredRow {
  const next: StoredRow = { ...row, updatedAt: now.toISOString() };
  if (patch.tags !== undefined || patch.addTags !== undefined || patch.removeTags !== undefined) {
    let tags = patch.tags ?? salvageUserFields(row).fields.tags;
    for (const tag of patch.addTags ?? []) if (!tags.some((t) => sameTag(t, tag))) tags = [...tags, tag];
    const removed = patch.removeTags ?? [];
    tags = tags.filter((t) => !removed.some((r) => sameTag(t, r)));
    if (tags.length > SHORTLIST_CAPS.tags) throw new StoreError('invalid', `a creator can have at most ${SHORTLIST_CAPS.tags} tags`);
    next.tags = tags;
  }
  if (patch.status !== undefined) next.status = patch.status;
  if (patch.notes !== undefined) next.notes = patch.notes;
  if (patch.briefId !== undefined) next.briefId = patch.briefId;
  if (patch.promoCode !== undefined) next.promoCode = patch.promoCode;
  if (patch.trackingLink !== undefined) next.trackingLink = patch.trackingLink;
  return next;
}
