import type { Platform } from '../../../lib/contracts/creator';
import { ShortlistEntrySchema, type ShortlistEntry } from '../../../lib/contracts/shortlist-entry';
import { makeReport, makeSnapshot, NOW, type ReportFigureOverrides } from '../shortlist/factory';

export interface EntryOverrides {
  platform?: Platform;
  handle?: string;
  displayName?: string;
  followers?: number | null;
  status?: ShortlistEntry['status'];
  tags?: string[];
  notes?: string;
  briefId?: string | null;
  updatedAt?: string;
  figures?: ReportFigureOverrides;
}

const PROFILE: Record<Platform, (h: string) => string> = {
  instagram: (h) => `https://www.instagram.com/${h}/`,
  tiktok: (h) => `https://www.tiktok.com/@${h}`,
  youtube: (h) => `https://www.youtube.com/@${h}`,
  x: (h) => `https://x.com/${h}`,
};

/** A valid shortlist entry (checked with the store's schema) built around a hand-written report. */
export function makeEntry(o: EntryOverrides = {}): ShortlistEntry {
  const platform = o.platform ?? 'instagram';
  const handle = o.handle ?? 'ana.cocina';
  const snapshot = makeSnapshot({
    platform,
    handle,
    displayName: o.displayName ?? handle,
    profileUrl: PROFILE[platform](handle),
    ...(o.followers !== undefined ? { followers: o.followers } : {}),
  });
  const report = makeReport(snapshot, o.figures);
  return ShortlistEntrySchema.parse({
    key: `${platform}:${handle}`,
    platform,
    handle,
    displayName: snapshot.creator.displayName,
    snapshot,
    report,
    imported: null,
    status: o.status ?? 'shortlisted',
    tags: o.tags ?? [],
    notes: o.notes ?? '',
    briefId: o.briefId === undefined ? report.briefId : o.briefId,
    promoCode: null,
    trackingLink: null,
    firstSavedAt: NOW.toISOString(),
    updatedAt: o.updatedAt ?? NOW.toISOString(),
  });
}

/**
 * `count` entries that share one report object (a 10,000-row table test does not need 10,000
 * distinct reports, only distinct keys and sortable figures).
 */
export function manyEntries(count: number): ShortlistEntry[] {
  const base = makeEntry();
  const out: ShortlistEntry[] = [];
  for (let i = 0; i < count; i += 1) {
    const handle = `creator.${String(i).padStart(5, '0')}`;
    const followers = 1_000 + ((i * 7_919) % 900_000);
    out.push({
      ...base,
      key: `instagram:${handle}`,
      handle,
      displayName: `Creator ${i}`,
      snapshot: { ...base.snapshot, creator: { ...base.snapshot.creator, handle, displayName: `Creator ${i}`, followers } },
      updatedAt: new Date(NOW.getTime() - i * 60_000).toISOString(),
    });
  }
  return out;
}
