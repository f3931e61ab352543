import type { Platform } from '../contracts/creator';
import type { ShortlistEntry, ShortlistStatus, ShortlistSummary } from '../contracts/shortlist-entry';
import { fitSummaryOf } from '../csv/report-figures';
import { summarizeEntry } from '../csv/entry-summary';

/** One creator flattened for the table and the popup list: every sortable and filterable value, read once. */
export interface ViewRow {
  key: string;
  /** What the row was made from: what the CSV export writes. */
  summary: ShortlistSummary;
  platform: Platform;
  handle: string;
  displayName: string;
  profileUrl: string;
  followers: number | null;
  tier: string | null;
  engagementRate: number | null;
  authenticityScore: number | null;
  fitScore: number | null;
  fitVerdict: string | null;
  /** The verdict line ("Outside brief · 1.1M followers > 100k"); worded from the verdict for older rows. */
  fitSummary: string | null;
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

/** The lists work on summaries (listSummaries); a full entry (get, update, list) is summarized first. */
export function summaryOf(source: ShortlistSummary | ShortlistEntry): ShortlistSummary {
  return 'snapshot' in source ? summarizeEntry(source) : source;
}

export function toViewRow(source: ShortlistSummary | ShortlistEntry): ViewRow {
  const summary = summaryOf(source);
  const { figures } = summary;
  const identityText = `${summary.displayName}\n@${summary.handle}`.toLowerCase();
  return {
    key: summary.key,
    summary,
    platform: summary.platform,
    handle: summary.handle,
    displayName: summary.displayName,
    profileUrl: summary.profile.profileUrl,
    followers: summary.profile.followers,
    tier: figures.tier,
    engagementRate: figures.engagementRate,
    authenticityScore: figures.authenticityScore,
    fitScore: figures.fitScore,
    fitVerdict: figures.fitVerdict,
    fitSummary: fitSummaryOf(figures),
    priceLow: figures.priceLow,
    priceHigh: figures.priceHigh,
    status: summary.status,
    tags: summary.tags,
    notes: summary.notes,
    briefId: summary.briefId,
    briefName: figures.briefName,
    updatedAt: Date.parse(summary.updatedAt),
    identityText,
    allText: `${identityText}\n${summary.tags.join('\n')}\n${summary.notes}`.toLowerCase(),
  };
}
