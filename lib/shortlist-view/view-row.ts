import type { Platform } from '../contracts/creator';
import type { ShortlistEntry, ShortlistStatus } from '../contracts/shortlist-entry';
import { figuresOf } from '../csv/report-figures';

/** One shortlist entry flattened for the table: every sortable and filterable value, read once. */
export interface ViewRow {
  key: string;
  entry: ShortlistEntry;
  platform: Platform;
  handle: string;
  displayName: string;
  followers: number | null;
  tier: string | null;
  engagementRate: number | null;
  authenticityScore: number | null;
  fitScore: number | null;
  fitVerdict: string | null;
  priceLow: number | null;
  priceHigh: number | null;
  status: ShortlistStatus;
  tags: string[];
  notes: string;
  briefId: string | null;
  briefName: string | null;
  updatedAt: number;
  /** Lower-case name and handle: what the popup's search looks in. */
  identityText: string;
  /** Name, handle, tags and notes: what the dashboard's search looks in. */
  allText: string;
}

export function toViewRow(entry: ShortlistEntry): ViewRow {
  const figures = figuresOf(entry);
  const identityText = `${entry.displayName}\n@${entry.handle}`.toLowerCase();
  return {
    key: entry.key,
    entry,
    platform: entry.platform,
    handle: entry.handle,
    displayName: entry.displayName,
    followers: entry.snapshot.creator.followers,
    tier: figures.tier,
    engagementRate: figures.engagementRate,
    authenticityScore: figures.authenticityScore,
    fitScore: figures.fitScore,
    fitVerdict: figures.fitVerdict,
    priceLow: figures.priceLow,
    priceHigh: figures.priceHigh,
    status: entry.status,
    tags: entry.tags,
    notes: entry.notes,
    briefId: entry.briefId,
    briefName: figures.briefName,
    updatedAt: Date.parse(entry.updatedAt),
    identityText,
    allText: `${identityText}\n${entry.tags.join('\n')}\n${entry.notes}`.toLowerCase(),
  };
}
