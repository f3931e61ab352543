import { TIERS } from '../contracts/brief';
import type { Platform } from '../contracts/creator';
import type { FitVerdict } from '../contracts/report';
import { SHORTLIST_STATUSES, type ShortlistStatus } from '../contracts/shortlist-entry';
import type { ViewRow } from './view-row';

export interface ShortlistFilters {
  text: string;
  platform: Platform | '';
  status: ShortlistStatus | '';
  /** Compared without regard to case, like the store compares tags. */
  tag: string;
  tier: string;
  /** One of the five verdicts (report.fit.verdict). */
  verdict: FitVerdict | '';
  briefId: string;
  /** Fit score bounds, inclusive; a row without a fit score is left out once either is set. */
  minScore: number | null;
  maxScore: number | null;
}

export const NO_FILTERS: ShortlistFilters = { text: '', platform: '', status: '', tag: '', tier: '', verdict: '', briefId: '', minScore: null, maxScore: null };

export function hasFilters(f: ShortlistFilters): boolean {
  return (
    f.text.trim() !== '' ||
    f.platform !== '' ||
    f.status !== '' ||
    f.tag !== '' ||
    f.tier !== '' ||
    f.verdict !== '' ||
    f.briefId !== '' ||
    f.minScore !== null ||
    f.maxScore !== null
  );
}

/** The search words: every one must appear; a leading "@" is part of how handles are shown, so it matches too. */
function words(text: string): string[] {
  return text.toLowerCase().split(/\s+/).filter(Boolean);
}

export function matchesText(haystack: string, query: string): boolean {
  return words(query).every((w) => haystack.includes(w));
}

export function filterRows(rows: readonly ViewRow[], f: ShortlistFilters, searchIn: 'identity' | 'all' = 'all'): ViewRow[] {
  const tag = f.tag.toLowerCase();
  const query = f.text.trim();
  const ranged = f.minScore !== null || f.maxScore !== null;
  return rows.filter((row) => {
    if (f.platform && row.platform !== f.platform) return false;
    if (f.status && row.status !== f.status) return false;
    if (f.tier && row.tier !== f.tier) return false;
    if (f.verdict && row.fitVerdict !== f.verdict) return false;
    if (f.briefId && row.briefId !== f.briefId) return false;
    if (tag && !row.tags.some((t) => t.toLowerCase() === tag)) return false;
    if (ranged) {
      if (row.fitScore === null) return false;
      if (f.minScore !== null && row.fitScore < f.minScore) return false;
      if (f.maxScore !== null && row.fitScore > f.maxScore) return false;
    }
    return !query || matchesText(searchIn === 'all' ? row.allText : row.identityText, query);
  });
}

export type SortKind = 'text' | 'number' | 'rank' | 'date';

export interface SortColumn {
  id: string;
  label: string;
  kind: SortKind;
  /** null (and '' for text) sorts last in both directions: an unknown figure is not a small one. */
  value(row: ViewRow): string | number | null;
}

const rankOf = (order: readonly string[]) => (value: string | null) => {
  if (value === null) return null;
  const i = order.indexOf(value);
  return i === -1 ? null : i;
};
const tierRank = rankOf(TIERS);
const statusRank = rankOf(SHORTLIST_STATUSES);

/** Best first: a fit, then what could not be judged, then what falls outside the brief. */
export const VERDICT_ORDER: readonly FitVerdict[] = ['strong', 'possible', 'weak', 'insufficient-evidence', 'outside-brief'];
const verdictRankOf = rankOf(VERDICT_ORDER);
/** By verdict, then by score within it (higher first when ascending): one number, so the sort stays a plain compare. */
function verdictRank(row: ViewRow): number | null {
  const rank = verdictRankOf(row.fitVerdict);
  return rank === null ? null : rank * 1000 + (100 - (row.fitScore ?? 0));
}

export const SORT_COLUMNS = [
  { id: 'name', label: 'Creator', kind: 'text', value: (r) => r.displayName || r.handle },
  { id: 'platform', label: 'Platform', kind: 'text', value: (r) => r.platform },
  { id: 'followers', label: 'Followers', kind: 'number', value: (r) => r.followers },
  { id: 'tier', label: 'Tier', kind: 'rank', value: (r) => tierRank(r.tier) },
  { id: 'engagementRate', label: 'Engagement', kind: 'number', value: (r) => r.engagementRate },
  { id: 'authenticityScore', label: 'Authenticity', kind: 'number', value: (r) => r.authenticityScore },
  { id: 'fitScore', label: 'Fit', kind: 'number', value: (r) => r.fitScore },
  { id: 'verdict', label: 'Verdict', kind: 'rank', value: verdictRank },
  { id: 'price', label: 'Price', kind: 'number', value: (r) => r.priceLow },
  { id: 'status', label: 'Status', kind: 'rank', value: (r) => statusRank(r.status) },
  { id: 'tags', label: 'Tags', kind: 'text', value: (r) => r.tags.join(', ') },
  { id: 'notes', label: 'Notes', kind: 'text', value: (r) => r.notes },
  { id: 'brief', label: 'Brief', kind: 'text', value: (r) => r.briefName ?? '' },
  { id: 'updatedAt', label: 'Updated', kind: 'date', value: (r) => r.updatedAt },
] as const satisfies readonly SortColumn[];

export type SortColumnId = (typeof SORT_COLUMNS)[number]['id'];

export interface SortOrder {
  column: SortColumnId;
  direction: 'asc' | 'desc';
}

/** Most recently updated first, like the store lists them. */
export const DEFAULT_SORT: SortOrder = { column: 'updatedAt', direction: 'desc' };

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

function isMissing(value: string | number | null): boolean {
  return value === null || value === '' || (typeof value === 'number' && Number.isNaN(value));
}

/** A sorted copy. Stable: ties keep the key order, so a re-sort never shuffles equal rows. */
export function sortRows(rows: readonly ViewRow[], order: SortOrder): ViewRow[] {
  const column: SortColumn | undefined = SORT_COLUMNS.find((c) => c.id === order.column);
  if (!column) return [...rows];
  const sign = order.direction === 'asc' ? 1 : -1;
  // Read each value once: a 10,000-row sort calls the comparator ~130,000 times.
  const keyed = rows.map((row) => ({ row, value: column.value(row) }));
  keyed.sort((a, b) => {
    const aMissing = isMissing(a.value);
    const bMissing = isMissing(b.value);
    if (aMissing || bMissing) return aMissing === bMissing ? a.row.key.localeCompare(b.row.key) : aMissing ? 1 : -1;
    const cmp =
      typeof a.value === 'number' && typeof b.value === 'number' ? a.value - b.value : collator.compare(String(a.value), String(b.value));
    return cmp === 0 ? a.row.key.localeCompare(b.row.key) : sign * cmp;
  });
  return keyed.map((k) => k.row);
}

/** Clicking a column: sort by it (numbers and dates largest first), or flip it if it is already the one. */
export function toggleSort(current: SortOrder, column: SortColumnId): SortOrder {
  if (current.column === column) return { column, direction: current.direction === 'asc' ? 'desc' : 'asc' };
  const kind = SORT_COLUMNS.find((c) => c.id === column)?.kind;
  return { column, direction: kind === 'number' || kind === 'date' ? 'desc' : 'asc' };
}

/** Every tag in use, once each (first spelling wins), alphabetically: the tag filter's choices. */
export function tagsInUse(rows: readonly ViewRow[]): string[] {
  const seen = new Map<string, string>();
  for (const row of rows) for (const tag of row.tags) if (!seen.has(tag.toLowerCase())) seen.set(tag.toLowerCase(), tag);
  return [...seen.values()].sort(collator.compare);
}
