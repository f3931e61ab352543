import type { ShortlistSummary } from '../contracts/shortlist-entry';
import type { StoredRow } from './db';
import { checkSummary } from './summary-guard';

/**
 * The summary after a user edit, from the summary before it: an edit (applyPatch) changes only the
 * user's fields and the update date, so a summary of a sound row takes those over from the written
 * row and needs no full read of it — a bulk edit of 10,000 creators does not check 10,000 reports.
 * Null when that shortcut is not safe (no sound summary, or the result fails its schema): the
 * caller then rebuilds the summary from the row.
 */
export function patchedSummary(before: ShortlistSummary | null, row: StoredRow): ShortlistSummary | null {
  if (!before || before.repairs !== null || before.key !== row.key) return null;
  return checkSummary({
    ...before,
    status: row.status,
    tags: row.tags,
    notes: row.notes,
    briefId: row.briefId,
    promoCode: row.promoCode,
    trackingLink: row.trackingLink,
    updatedAt: row.updatedAt,
  });
}
