import type { ShortlistSummary } from '../contracts/shortlist-entry';
import { fitSummaryOf } from './report-figures';

/**
 * How a column is written and read back:
 * - text: as is, formula-guarded; list: items joined with "; ", formula-guarded;
 * - count: a non-negative integer; figure: a number, plain decimal notation (rates as fractions);
 *   numbers are never formula-guarded: a cell written from a number is only ever read as one;
 * - boolean: true / false; date: ISO 8601 UTC.
 * Every kind writes an empty cell for null.
 */
export type CsvColumnKind = 'text' | 'list' | 'count' | 'figure' | 'boolean' | 'date';

/**
 * How a figure is rounded before any file gets it, so that a person reads 0.05585, not
 * 0.05585137207639122: rates to four significant digits, days to whole days, money to cents.
 */
export type FigureRounding = 'rate' | 'days' | 'money';

export interface CsvColumn {
  name: string;
  kind: CsvColumnKind;
  round?: FigureRounding;
  /** The value, read straight from the stored summary (listSummaries): no full row is needed. */
  read(summary: ShortlistSummary): unknown;
}

/**
 * The export's columns, in order. The first 29 are the documented interface (people build sheets
 * on them: never reorder or rename); new columns only ever go at the end.
 */
export const CSV_COLUMNS = [
  { name: 'platform', kind: 'text', read: (s) => s.platform },
  { name: 'handle', kind: 'text', read: (s) => s.handle },
  { name: 'display_name', kind: 'text', read: (s) => s.displayName },
  { name: 'profile_url', kind: 'text', read: (s) => s.profile.profileUrl },
  { name: 'followers', kind: 'count', read: (s) => s.profile.followers },
  { name: 'following', kind: 'count', read: (s) => s.profile.following },
  { name: 'posts_count', kind: 'count', read: (s) => s.profile.postsCount },
  { name: 'verified', kind: 'boolean', read: (s) => s.profile.verified },
  { name: 'tier', kind: 'text', read: (s) => s.figures.tier },
  { name: 'engagement_rate', kind: 'figure', round: 'rate', read: (s) => s.figures.engagementRate },
  { name: 'engagement_rate_basis', kind: 'text', read: (s) => s.figures.engagementRateBasis },
  { name: 'posts_per_week', kind: 'figure', round: 'rate', read: (s) => s.figures.postsPerWeek },
  { name: 'days_since_last_post', kind: 'figure', round: 'days', read: (s) => s.figures.daysSinceLastPost },
  { name: 'sponsored_share', kind: 'figure', round: 'rate', read: (s) => s.figures.sponsoredShare },
  { name: 'authenticity_score', kind: 'figure', read: (s) => s.figures.authenticityScore },
  { name: 'fit_score', kind: 'figure', read: (s) => s.figures.fitScore },
  { name: 'fit_verdict', kind: 'text', read: (s) => s.figures.fitVerdict },
  { name: 'brief', kind: 'text', read: (s) => s.figures.briefName },
  { name: 'price_low', kind: 'figure', round: 'money', read: (s) => s.figures.priceLow },
  { name: 'price_high', kind: 'figure', round: 'money', read: (s) => s.figures.priceHigh },
  { name: 'emails', kind: 'list', read: (s) => s.profile.emails },
  { name: 'links', kind: 'list', read: (s) => s.profile.links },
  { name: 'status', kind: 'text', read: (s) => s.status },
  { name: 'tags', kind: 'list', read: (s) => s.tags },
  { name: 'notes', kind: 'text', read: (s) => s.notes },
  { name: 'promo_code', kind: 'text', read: (s) => s.promoCode },
  { name: 'tracking_link', kind: 'text', read: (s) => s.trackingLink },
  { name: 'first_saved_at', kind: 'date', read: (s) => s.firstSavedAt },
  { name: 'updated_at', kind: 'date', read: (s) => s.updatedAt },
  // Added after the documented 29: needed for the import to give back what the export took.
  { name: 'brief_id', kind: 'text', read: (s) => s.briefId },
  { name: 'total_likes', kind: 'count', read: (s) => s.profile.totalLikes },
  { name: 'category', kind: 'text', read: (s) => s.profile.category },
  // The verdict line ("Outside brief · 1.1M followers > 100k"), after every older column.
  { name: 'fit_summary', kind: 'text', read: (s) => fitSummaryOf(s.figures) },
] as const satisfies readonly CsvColumn[];

export type CsvColumnName = (typeof CSV_COLUMNS)[number]['name'];

export const CSV_HEADER: readonly CsvColumnName[] = CSV_COLUMNS.map((c) => c.name);

/** The separator of list cells (emails, links, tags). Tags cannot contain ";", URLs and e-mails cannot contain a space. */
export const LIST_SEPARATOR = '; ';
