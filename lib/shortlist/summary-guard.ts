import { CAPS } from '../contracts/caps';
import { PLATFORMS } from '../contracts/creator';
import { SHORTLIST_CAPS, SHORTLIST_ENTRY_FIELDS, SHORTLIST_STATUSES, ShortlistSummarySchema, TAG_PATTERN, type ShortlistSummary } from '../contracts/shortlist-entry';

/*
 * ShortlistSummarySchema, checked in plain code. Extension pages forbid eval, so zod runs without
 * its JIT there: parsing 10,000 summaries took 160–350 ms of a 500 ms budget, and even zod's
 * checks of single strings, run cold in a fresh popup, cost more than the regular expressions they
 * wrap (measured in Chromium). This guard is only a fast way to say yes: whatever it does not
 * accept goes to the schema (checkSummary). Its tests check, on generated summaries, that it never
 * accepts what the schema rejects, and that its handle and URL rules (copied from
 * lib/contracts/creator.ts, which does not export them) accept exactly the strings the schemas accept.
 */

const PROFILE_KEYS = ['profileUrl', 'followers', 'following', 'postsCount', 'totalLikes', 'verified', 'emails', 'links', 'category'] as const;
const FIGURE_NUMBERS = ['engagementRate', 'postsPerWeek', 'daysSinceLastPost', 'sponsoredShare', 'authenticityScore', 'fitScore', 'priceLow', 'priceHigh'] as const;
const FIGURE_LABELS = ['tier', 'engagementRateBasis', 'fitVerdict', 'fitSummary', 'briefName'] as const;
const SUMMARY_KEY_COUNT = 15;

const platforms: ReadonlySet<unknown> = new Set(PLATFORMS);
const statuses: ReadonlySet<unknown> = new Set(SHORTLIST_STATUSES);
const dateSchema = SHORTLIST_ENTRY_FIELDS.updatedAt;
const HANDLE = /^[a-z0-9._-]+$/;
const HTTP = /^https?:\/\//i;

type Record_ = Record<string, unknown>;

function isRecord(value: unknown, keys: number): value is Record_ {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && Object.keys(value).length === keys;
}

function text(value: unknown, max: number, min = 0): value is string {
  return typeof value === 'string' && value.length >= min && value.length <= max;
}

function nullableText(value: unknown, max: number, min = 0): boolean {
  return value === null || text(value, max, min);
}

function count(value: unknown): boolean {
  return value === null || (Number.isInteger(value) && (value as number) >= 0 && (value as number) <= CAPS.count);
}

function figure(value: unknown): boolean {
  return value === null || (typeof value === 'number' && Number.isFinite(value) && value >= 0);
}

/** CreatorSchema.shape.handle's rule. */
export function isHandle(value: unknown): boolean {
  return typeof value === 'string' && value.length >= 1 && value.length <= CAPS.handle && HANDLE.test(value);
}

/** The rule of the contracts' URL fields (profile URL, links, tracking link). */
export function isHttpUrl(value: unknown): boolean {
  return typeof value === 'string' && value.length <= CAPS.url && HTTP.test(value);
}

function tag(value: unknown): boolean {
  return typeof value === 'string' && value.length >= 1 && value.length <= SHORTLIST_CAPS.tag && TAG_PATTERN.test(value);
}

function list(value: unknown, max: number, item: (v: unknown) => boolean): boolean {
  if (!Array.isArray(value) || value.length > max) return false;
  for (const v of value) if (!item(v)) return false;
  return true;
}

function profileOk(p: unknown): boolean {
  if (!isRecord(p, PROFILE_KEYS.length) || !PROFILE_KEYS.every((k) => k in p)) return false;
  return (
    isHttpUrl(p.profileUrl) &&
    count(p.followers) &&
    count(p.following) &&
    count(p.postsCount) &&
    count(p.totalLikes) &&
    (p.verified === null || typeof p.verified === 'boolean') &&
    list(p.emails, CAPS.listItems, (e) => text(e, 254)) &&
    list(p.links, CAPS.listItems, isHttpUrl) &&
    nullableText(p.category, CAPS.category)
  );
}

function figuresOk(f: unknown): boolean {
  if (!isRecord(f, FIGURE_NUMBERS.length + FIGURE_LABELS.length)) return false;
  for (const k of FIGURE_NUMBERS) if (!(k in f) || !figure(f[k])) return false;
  for (const k of FIGURE_LABELS) if (!(k in f) || !nullableText(f[k], 200)) return false;
  return true;
}

/** True only for a value ShortlistSummarySchema accepts and gives back unchanged (no unknown keys). */
export function isSoundSummary(value: unknown): value is ShortlistSummary {
  if (!isRecord(value, SUMMARY_KEY_COUNT)) return false;
  const s = value;
  return (
    platforms.has(s.platform) &&
    isHandle(s.handle) &&
    text(s.key, 200, 3) &&
    s.key === `${s.platform as string}:${s.handle}` &&
    text(s.displayName, CAPS.displayName) &&
    profileOk(s.profile) &&
    figuresOk(s.figures) &&
    statuses.has(s.status) &&
    list(s.tags, SHORTLIST_CAPS.tags, tag) &&
    text(s.notes, SHORTLIST_CAPS.notes) &&
    nullableText(s.briefId, SHORTLIST_CAPS.briefId, 1) &&
    nullableText(s.promoCode, SHORTLIST_CAPS.promoCode, 1) &&
    (s.trackingLink === null || isHttpUrl(s.trackingLink)) &&
    dateSchema.safeParse(s.firstSavedAt).success &&
    dateSchema.safeParse(s.updatedAt).success &&
    nullableText(s.repairs, 500)
  );
}

/** A stored summary if it passes its schema (by the fast guard, else by zod), else null. */
export function checkSummary(value: unknown): ShortlistSummary | null {
  if (isSoundSummary(value)) return value;
  const parsed = ShortlistSummarySchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}
