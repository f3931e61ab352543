import type { ReportFigures, ShortlistEntry } from '../contracts/shortlist-entry';
import { fitSummaryOf } from './report-figures';

/**
 * How a column is written and read back:
 * - text: as is, formula-guarded; list: items joined with "; ", formula-guarded;
 * - count: a non-negative integer; figure: a non-negative number, unformatted (rates as fractions);
 * - boolean: true / false; date: ISO 8601 UTC.
 * Every kind writes an empty cell for null.
 */
export type CsvColumnKind = 'text' | 'list' | 'count' | 'figure' | 'boolean' | 'date';

export interface CsvColumn {
  name: string;
  kind: CsvColumnKind;
  read(entry: ShortlistEntry, figures: ReportFigures): unknown;
}

/**
 * The export's columns, in order. The first 29 are the documented interface (people build sheets
 * on them: never reorder or rename); new columns only ever go at the end.
 */
export const CSV_COLUMNS = [
  { name: 'platform', kind: 'text', read: (e) => e.platform },
  { name: 'handle', kind: 'text', read: (e) => e.handle },
  { name: 'display_name', kind: 'text', read: (e) => e.displayName },
  { name: 'profile_url', kind: 'text', read: (e) => e.snapshot.creator.profileUrl },
  { name: 'followers', kind: 'count', read: (e) => e.snapshot.creator.followers },
  { name: 'following', kind: 'count', read: (e) => e.snapshot.creator.following },
  { name: 'posts_count', kind: 'count', read: (e) => e.snapshot.creator.postsCount },
  { name: 'verified', kind: 'boolean', read: (e) => e.snapshot.creator.verified },
  { name: 'tier', kind: 'text', read: (_, f) => f.tier },
  { name: 'engagement_rate', kind: 'figure', read: (_, f) => f.engagementRate },
  { name: 'engagement_rate_basis', kind: 'text', read: (_, f) => f.engagementRateBasis },
  { name: 'posts_per_week', kind: 'figure', read: (_, f) => f.postsPerWeek },
  { name: 'days_since_last_post', kind: 'figure', read: (_, f) => f.daysSinceLastPost },
  { name: 'sponsored_share', kind: 'figure', read: (_, f) => f.sponsoredShare },
  { name: 'authenticity_score', kind: 'figure', read: (_, f) => f.authenticityScore },
  { name: 'fit_score', kind: 'figure', read: (_, f) => f.fitScore },
  { name: 'fit_verdict', kind: 'text', read: (_, f) => f.fitVerdict },
  { name: 'brief', kind: 'text', read: (_, f) => f.briefName },
  { name: 'price_low', kind: 'figure', read: (_, f) => f.priceLow },
  { name: 'price_high', kind: 'figure', read: (_, f) => f.priceHigh },
  { name: 'emails', kind: 'list', read: (e) => e.snapshot.creator.emails },
  { name: 'links', kind: 'list', read: (e) => e.snapshot.creator.links },
  { name: 'status', kind: 'text', read: (e) => e.status },
  { name: 'tags', kind: 'list', read: (e) => e.tags },
  { name: 'notes', kind: 'text', read: (e) => e.notes },
  { name: 'promo_code', kind: 'text', read: (e) => e.promoCode },
  { name: 'tracking_link', kind: 'text', read: (e) => e.trackingLink },
  { name: 'first_saved_at', kind: 'date', read: (e) => e.firstSavedAt },
  { name: 'updated_at', kind: 'date', read: (e) => e.updatedAt },
  // Added after the documented 29: needed for the import to give back what the export took.
  { name: 'brief_id', kind: 'text', read: (e) => e.briefId },
  { name: 'total_likes', kind: 'count', read: (e) => e.snapshot.creator.totalLikes },
  { name: 'category', kind: 'text', read: (e) => e.snapshot.creator.category },
  // The verdict line ("Outside brief · 1.1M followers > 100k"), after every older column.
  { name: 'fit_summary', kind: 'text', read: (_, f) => fitSummaryOf(f) },
] as const satisfies readonly CsvColumn[];

export type CsvColumnName = (typeof CSV_COLUMNS)[number]['name'];

export const CSV_HEADER: readonly CsvColumnName[] = CSV_COLUMNS.map((c) => c.name);

/** The separator of list cells (emails, links, tags). Tags cannot contain ";", URLs and e-mails cannot contain a space. */
export const LIST_SEPARATOR = '; ';
