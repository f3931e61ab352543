import type { Snapshot } from '../contracts/creator';
import type { VettingReport } from '../contracts/report';
import { shortlistKey, type ShortlistEntry } from '../contracts/shortlist-entry';
import type { UserFields } from './row-repair';

export interface SaveInput {
  report: VettingReport;
  snapshot: Snapshot;
  now: Date;
  tag?: string;
  note?: string;
  briefId?: string | null;
  trackingLink?: string | null;
  promoCode?: string | null;
}

function addTag(tags: readonly string[], tag: string | undefined): string[] {
  const clean = tag?.trim();
  if (!clean || tags.some((t) => t.toLowerCase() === clean.toLowerCase())) return [...tags];
  return [...tags, clean];
}

function appendNote(notes: string, note: string | undefined): string {
  const clean = note?.trim();
  if (!clean || notes.split('\n').includes(clean)) return notes;
  return notes ? `${notes}\n${clean}` : clean;
}

/**
 * The entry after saving a report: the report and its snapshot replace the old ones (and any
 * imported figures, which the report supersedes); what the user set — status, tags, notes, brief,
 * promo code, tracking link, first-saved date — is kept, a new tag or note is added to it.
 * `existing` is what could be salvaged from the stored row, or null for a new creator.
 */
export function mergeSavedReport(existing: UserFields | null, input: SaveInput): ShortlistEntry {
  const { platform, handle, displayName } = input.snapshot.creator;
  const nowIso = input.now.toISOString();
  const tags = addTag(existing?.tags ?? [], input.tag);
  return {
    key: shortlistKey(platform, handle),
    platform,
    handle,
    displayName,
    snapshot: input.snapshot,
    report: input.report,
    imported: null,
    status: existing?.status ?? 'shortlisted',
    // Over SHORTLIST_CAPS.tags fails the schema check on write: the user is told, the tag is not dropped silently.
    tags,
    notes: appendNote(existing?.notes ?? '', input.note),
    briefId: existing?.briefId ?? input.briefId ?? null,
    promoCode: existing?.promoCode ?? input.promoCode ?? null,
    trackingLink: existing?.trackingLink ?? input.trackingLink ?? null,
    firstSavedAt: existing?.firstSavedAt ?? nowIso,
    updatedAt: nowIso,
  };
}
