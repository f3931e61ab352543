import { CAPS, capText } from '../contracts/caps';
import { hiddenCharacterProblem } from '../contracts/hidden-text';
import { CreatorSchema, PLATFORMS, type Creator, type Platform } from '../contracts/creator';
import {
  SHORTLIST_CAPS,
  SHORTLIST_STATUSES,
  TagSchema,
  shortlistKey,
  type ReportFigures,
  type ShortlistStatus,
} from '../contracts/shortlist-entry';
import { normalizeLink } from '../parse/contact';
import { isoInstant } from '../parse/iso-instant';
import { profileRefFromUrl } from '../platforms/profile-url';
import type { CsvColumnName } from './csv-columns';
import type { CsvRecord } from './from-csv';
import { unguardFormula } from './formula-guard';

type ImportedCreatorFields = Pick<
  Creator,
  'displayName' | 'profileUrl' | 'followers' | 'following' | 'postsCount' | 'totalLikes' | 'verified' | 'emails' | 'links' | 'category'
>;

export interface ImportedUserFields {
  status: ShortlistStatus;
  tags: string[];
  notes: string;
  promoCode: string | null;
  trackingLink: string | null;
  briefId: string | null;
}

/**
 * One valid row of an imported sheet. Only the columns the sheet has are set: a column that is
 * present but empty clears the field (null, [] or ''), a column that is absent leaves it alone.
 */
export interface CsvCreatorRow {
  row: number;
  key: string;
  platform: Platform;
  handle: string;
  creator: Partial<ImportedCreatorFields>;
  figures: Partial<ReportFigures>;
  user: Partial<ImportedUserFields>;
  firstSavedAt?: string;
  updatedAt?: string;
}

export type CsvRowResult = { ok: true; row: CsvCreatorRow } | { ok: false; errors: string[] };

/** A sheet can be imported when each row can name its creator: by profile_url, or by platform and handle. */
export function missingKeyColumns(columns: readonly string[]): string | null {
  if (columns.includes('profile_url') || (columns.includes('platform') && columns.includes('handle'))) return null;
  return 'The file needs a profile_url column, or platform and handle columns.';
}

const PLATFORM_ALIASES: Record<string, Platform> = { twitter: 'x', 'x.com': 'x', ig: 'instagram', yt: 'youtube' };
const EMAIL = /^[^\s@;]{1,64}@[^\s@;]{1,190}\.[a-z]{2,24}$/i;
const URL_TEXT = /^https?:\/\/\S+$/i;

class RowReader {
  readonly errors: string[] = [];
  constructor(private readonly record: CsvRecord) {}

  /** The raw cell, or undefined when the sheet has no such column. */
  cell(name: CsvColumnName): string | undefined {
    return this.record.cells.get(name);
  }

  fail(name: string, problem: string): undefined {
    this.errors.push(`${name} ${problem}`);
    return undefined;
  }

  text(name: CsvColumnName): string | undefined {
    const raw = this.cell(name);
    return raw === undefined ? undefined : unguardFormula(raw);
  }

  /** Present but empty → null; absent → undefined. */
  optionalText(name: CsvColumnName, max: number): string | null | undefined {
    const value = this.text(name)?.trim();
    if (value === undefined) return undefined;
    if (value === '') return null;
    return value.length > max ? this.fail(name, `is longer than ${max} characters`) : value;
  }

  count(name: CsvColumnName): number | null | undefined {
    const value = this.cell(name)?.trim();
    if (value === undefined) return undefined;
    if (value === '') return null;
    // Plain digits, or digits grouped by commas as a sheet formats them ("1,250,000").
    if (!/^\d+$/.test(value) && !/^\d{1,3}(,\d{3})+$/.test(value)) return this.fail(name, 'is not a number');
    const n = Number(value.replace(/,/g, ''));
    return n > CAPS.count ? this.fail(name, 'is too large') : n;
  }

  figure(name: CsvColumnName, percentAllowed = false): number | null | undefined {
    const value = this.cell(name)?.trim();
    if (value === undefined) return undefined;
    if (value === '') return null;
    const percent = percentAllowed && value.endsWith('%');
    const digits = percent ? value.slice(0, -1).trim() : value;
    if (!/^\d+(\.\d+)?([eE][-+]?\d+)?$/.test(digits)) return this.fail(name, 'is not a number');
    const n = Number(digits);
    return Number.isFinite(n) ? (percent ? n / 100 : n) : this.fail(name, 'is not a number');
  }

  boolean(name: CsvColumnName): boolean | null | undefined {
    const value = this.cell(name)?.trim().toLowerCase();
    if (value === undefined) return undefined;
    if (value === '') return null;
    if (['true', 'yes', '1'].includes(value)) return true;
    if (['false', 'no', '0'].includes(value)) return false;
    return this.fail(name, 'is not true or false');
  }

  date(name: CsvColumnName): string | undefined {
    const value = this.cell(name)?.trim();
    if (!value) return undefined;
    const instant = /^\d{4}-\d{2}-\d{2}/.test(value) ? isoInstant(value) : null;
    return instant ?? this.fail(name, 'is not a date (expected like 2026-03-05T14:00:00Z)');
  }

  list(name: CsvColumnName, split: RegExp): string[] | undefined {
    const value = this.text(name);
    if (value === undefined) return undefined;
    return value
      .split(split)
      .map((item) => item.trim())
      .filter(Boolean);
  }
}

function readPlatformHandle(r: RowReader): { platform: Platform; handle: string; profileUrl?: string } | undefined {
  const platformText = r.text('platform')?.trim().toLowerCase() ?? '';
  const handleText = r.text('handle')?.trim().replace(/^@/, '').toLowerCase() ?? '';
  const urlText = r.text('profile_url')?.trim() ?? '';
  let profileUrl: string | undefined;
  if (urlText) {
    if (!URL_TEXT.test(urlText) || urlText.length > CAPS.url) return r.fail('profile_url', 'is not a web address');
    profileUrl = urlText;
  }
  const ref = profileUrl === undefined ? null : refOf(profileUrl);
  if (platformText || handleText) {
    const platform = (PLATFORMS as readonly string[]).includes(platformText) ? (platformText as Platform) : PLATFORM_ALIASES[platformText];
    if (!platform) return r.fail('platform', `must be one of ${PLATFORMS.join(', ')}`);
    if (!CreatorSchema.shape.handle.safeParse(handleText).success) return r.fail('handle', 'is not a valid handle');
    // The table links the handle to profile_url: a row must not make "@ana" open another site.
    if (profileUrl !== undefined && (!ref || ref.platform !== platform || (ref.handle !== null && ref.handle !== handleText))) {
      return r.fail('profile_url', `is not the ${platform} profile of ${handleText}`);
    }
    return { platform, handle: handleText, ...(profileUrl ? { profileUrl } : {}) };
  }
  if (!profileUrl) return r.fail('profile_url', 'is empty, and so are platform and handle');
  if (!ref) return r.fail('profile_url', 'is not an Instagram, TikTok, YouTube or X profile address');
  if (!ref.handle) return r.fail('profile_url', 'has no handle in it (a YouTube /channel/ address): add platform and handle columns');
  return { platform: ref.platform, handle: ref.handle, profileUrl };
}

function refOf(profileUrl: string): ReturnType<typeof profileRefFromUrl> {
  try {
    return profileRefFromUrl(new URL(profileUrl));
  } catch {
    return null;
  }
}

/** A free-text cell (notes, a promo code) with nothing invisible in it. */
function visibleText<T extends string | null | undefined>(r: RowReader, name: CsvColumnName, value: T, inline: boolean): T | undefined {
  const problem = typeof value === 'string' ? hiddenCharacterProblem(value, inline) : null;
  return problem ? r.fail(name, problem) : value;
}

function readStatus(r: RowReader): ShortlistStatus | undefined {
  const value = r.text('status')?.trim().toLowerCase();
  if (!value) return undefined;
  if ((SHORTLIST_STATUSES as readonly string[]).includes(value)) return value as ShortlistStatus;
  return r.fail('status', `must be one of ${SHORTLIST_STATUSES.join(', ')}`);
}

function readTags(r: RowReader): string[] | undefined {
  const items = r.list('tags', /;/);
  if (items === undefined) return undefined;
  const tags: string[] = [];
  for (const tag of items) {
    const hidden = hiddenCharacterProblem(tag, true);
    if (hidden) return r.fail('tags', `has a tag that ${hidden}`);
    if (!TagSchema.safeParse(tag).success) return r.fail('tags', `has an invalid tag "${tag.slice(0, 40)}"`);
    if (!tags.some((t) => t.toLowerCase() === tag.toLowerCase())) tags.push(tag);
  }
  return tags.length > SHORTLIST_CAPS.tags ? r.fail('tags', `has more than ${SHORTLIST_CAPS.tags} tags`) : tags;
}

function readEmails(r: RowReader): string[] | undefined {
  const items = r.list('emails', /[;\s]+/);
  if (items === undefined) return undefined;
  const bad = items.find((e) => !EMAIL.test(e) || e.length > 254);
  if (bad !== undefined) return r.fail('emails', `has "${bad.slice(0, 60)}", which is not an e-mail address`);
  return items.length > CAPS.listItems ? r.fail('emails', `has more than ${CAPS.listItems} addresses`) : [...new Set(items.map((e) => e.toLowerCase()))];
}

function readLinks(r: RowReader): string[] | undefined {
  // Split on "; " or on white space: a URL contains neither, but may contain a bare ";".
  const items = r.list('links', /;\s+|\s+/);
  if (items === undefined) return undefined;
  const links: string[] = [];
  for (const item of items) {
    const link = normalizeLink(item.replace(/;$/, ''));
    if (!link) return r.fail('links', `has "${item.slice(0, 60)}", which is not a web address`);
    if (!links.includes(link)) links.push(link);
  }
  return links.length > CAPS.listItems ? r.fail('links', `has more than ${CAPS.listItems} links`) : links;
}

function readTrackingLink(r: RowReader): string | null | undefined {
  const value = r.optionalText('tracking_link', CAPS.url);
  if (typeof value === 'string' && !URL_TEXT.test(value)) return r.fail('tracking_link', 'is not a web address');
  return value;
}

/** Drop the fields whose column the sheet does not have. */
function defined<T>(value: { [K in keyof T]-?: T[K] | undefined }): Partial<T> {
  // A loop, not fromEntries(entries().filter()): three calls a row, and the arrays added up on a 5,000-row import.
  const out: Record<string, unknown> = {};
  for (const key in value) if (value[key] !== undefined) out[key] = value[key];
  return out as Partial<T>;
}

/**
 * Check one record and turn it into a CsvCreatorRow; every problem in the row is reported, each as
 * "row 14: followers is not a number".
 */
export function readCsvRow(record: CsvRecord): CsvRowResult {
  const r = new RowReader(record);
  const who = readPlatformHandle(r);
  const displayName = r.text('display_name');
  const category = r.optionalText('category', CAPS.category);
  const creator = defined<ImportedCreatorFields>({
    displayName: displayName === undefined ? undefined : capText(displayName, CAPS.displayName),
    profileUrl: who?.profileUrl,
    followers: r.count('followers'),
    following: r.count('following'),
    postsCount: r.count('posts_count'),
    totalLikes: r.count('total_likes'),
    verified: r.boolean('verified'),
    emails: readEmails(r),
    links: readLinks(r),
    category: category === undefined ? undefined : category && capText(category, CAPS.category),
  });
  const figures = defined<ReportFigures>({
    tier: r.optionalText('tier', 200),
    engagementRate: r.figure('engagement_rate', true),
    engagementRateBasis: r.optionalText('engagement_rate_basis', 200),
    postsPerWeek: r.figure('posts_per_week'),
    daysSinceLastPost: r.figure('days_since_last_post'),
    sponsoredShare: r.figure('sponsored_share', true),
    authenticityScore: r.figure('authenticity_score'),
    fitScore: r.figure('fit_score'),
    fitVerdict: r.optionalText('fit_verdict', 200),
    fitSummary: r.optionalText('fit_summary', 200),
    briefName: r.optionalText('brief', 200),
    priceLow: r.figure('price_low'),
    priceHigh: r.figure('price_high'),
  });
  let notes = r.text('notes');
  if (notes !== undefined && notes.length > SHORTLIST_CAPS.notes) notes = r.fail('notes', `is longer than ${SHORTLIST_CAPS.notes} characters`);
  notes = visibleText(r, 'notes', notes, false);
  const promoCode = visibleText(r, 'promo_code', r.optionalText('promo_code', SHORTLIST_CAPS.promoCode), true);
  const user = defined<ImportedUserFields>({
    status: readStatus(r),
    tags: readTags(r),
    notes,
    promoCode,
    trackingLink: readTrackingLink(r),
    briefId: r.optionalText('brief_id', SHORTLIST_CAPS.briefId),
  });
  const firstSavedAt = r.date('first_saved_at');
  const updatedAt = r.date('updated_at');

  if (r.errors.length || !who) return { ok: false, errors: r.errors.map((e) => `row ${record.row}: ${e}`) };
  return {
    ok: true,
    row: {
      row: record.row,
      key: shortlistKey(who.platform, who.handle),
      platform: who.platform,
      handle: who.handle,
      creator,
      figures,
      user,
      ...(firstSavedAt ? { firstSavedAt } : {}),
      ...(updatedAt ? { updatedAt } : {}),
    },
  };
}
