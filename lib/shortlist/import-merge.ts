import type { Creator, Platform } from '../contracts/creator';
import type { ShortlistEntry } from '../contracts/shortlist-entry';
import type { CsvCreatorRow } from '../csv/csv-row';
import { EMPTY_FIGURES } from '../csv/report-figures';

/** The canonical profile address, for a sheet that names a creator by platform and handle only. */
export function profileUrlFor(platform: Platform, handle: string): string {
  switch (platform) {
    case 'instagram':
      return `https://www.instagram.com/${handle}/`;
    case 'tiktok':
      return `https://www.tiktok.com/@${handle}`;
    case 'youtube':
      return `https://www.youtube.com/@${handle}`;
    case 'x':
      return `https://x.com/${handle}`;
  }
}

/**
 * A new entry from a sheet row. There is no report (the creator was not vetted in this browser):
 * the snapshot holds only what the sheet gave, with no posts and no provenance (no page was read),
 * and the report figures are kept as `imported`. Dates come from the sheet when it has them, else
 * `nowIso` (the import's time, formatted once for all its rows).
 */
export function entryFromCsvRow(row: CsvCreatorRow, nowIso: string): ShortlistEntry {
  const updatedAt = row.updatedAt ?? nowIso;
  const c = row.creator;
  const creator: Creator = {
    platform: row.platform,
    handle: row.handle,
    displayName: c.displayName ?? '',
    profileUrl: c.profileUrl ?? profileUrlFor(row.platform, row.handle),
    followers: c.followers ?? null,
    following: c.following ?? null,
    postsCount: c.postsCount ?? null,
    totalLikes: c.totalLikes ?? null,
    verified: c.verified ?? null,
    bio: '',
    emails: c.emails ?? [],
    links: c.links ?? [],
    category: c.category ?? null,
    provenance: {},
    joinedAt: null,
    capturedAt: updatedAt,
  };
  const u = row.user;
  return {
    key: row.key,
    platform: row.platform,
    handle: row.handle,
    displayName: creator.displayName,
    snapshot: { creator, posts: [], sources: ['import:csv'] },
    report: null,
    imported: { ...EMPTY_FIGURES, ...row.figures },
    status: u.status ?? 'shortlisted',
    tags: u.tags ?? [],
    notes: u.notes ?? '',
    briefId: u.briefId ?? null,
    promoCode: u.promoCode ?? null,
    trackingLink: u.trackingLink ?? null,
    firstSavedAt: row.firstSavedAt ?? updatedAt,
    updatedAt,
  };
}

/**
 * Apply a sheet row to an entry we already have. The user's own columns (status, tags, notes,
 * brief, promo code, tracking link) always apply: editing them in a spreadsheet and importing back
 * is the point. Measured columns (counts, figures, contacts) apply only to an entry without a
 * report: a report was read from the page itself, and a sheet's copy of it is at best as fresh.
 */
export function mergeCsvRow(existing: ShortlistEntry, row: CsvCreatorRow, nowIso: string): ShortlistEntry {
  const measured = existing.report === null;
  const creator = measured ? { ...existing.snapshot.creator, ...row.creator } : existing.snapshot.creator;
  return {
    ...existing,
    displayName: measured && row.creator.displayName !== undefined ? row.creator.displayName : existing.displayName,
    snapshot: { ...existing.snapshot, creator },
    imported: measured ? { ...(existing.imported ?? EMPTY_FIGURES), ...row.figures } : existing.imported,
    ...row.user,
    updatedAt: nowIso,
  };
}
