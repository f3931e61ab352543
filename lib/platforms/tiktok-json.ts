/**
 * TikTok's JSON shapes (embedded userInfo/items, item_list responses) read into counts and posts.
 * Shared by the page reader and the capture reader, so both treat rounding and dates the same way.
 */
import { CAPS, capCount, capText } from '../contracts/caps';
import type { CreatorCount, DatePrecision, Post, PostCount, SourceKind } from '../contracts/creator';
import { normalizeLink } from '../parse/contact';
import { asArray, asObject, asString, at } from '../parse/json-path';
import { hasDisclosure } from '../parse/sponsored';
import { PINNED_FLAG, POST_STAT_KEYS, PROFILE_STAT_KEYS, PROFILE_URL_PREFIX, SPONSORED_FLAGS } from './tiktok-paths';

export interface CountRead {
  value: number;
  exact: boolean;
  source: SourceKind;
  via: string;
}

/** What one source says about the profile; the reader merges several, most trusted first. */
export interface ProfileParts {
  handle: string;
  displayName: string;
  bio: string;
  verified: boolean | null;
  links: string[];
  joinedAt: string | null;
  isPrivate: boolean;
  counts: Partial<Record<CreatorCount, CountRead>>;
}

const HANDLE = /^[a-z0-9._-]{1,64}$/;
const MAX_PINNED = 3;
// TikTok (as musical.ly) did not exist before 2014: an earlier timestamp is garbage.
const EARLIEST_SECONDS = Date.UTC(2014, 0, 1) / 1000;
const FUTURE_SLACK_SECONDS = 2 * 86_400;

export function normalizeHandle(value: unknown): string | null {
  const text = asString(value)?.trim().replace(/^@/, '').toLowerCase();
  return text && HANDLE.test(text) ? text : null;
}

export function profileUrl(handle: string): string {
  return `${PROFILE_URL_PREFIX}${handle}`;
}

export function postUrl(handle: string, id: string): string {
  return `${PROFILE_URL_PREFIX}${handle}/video/${id}`;
}

/**
 * Whether a number has the shape TikTok gives a rounded count: it shows (and stores in `stats`)
 * 10 000 and up as "12.7K", "3.9M", "1.2B", so the rounded value has zeros below the first decimal
 * of its unit. Below 10 000 it shows every digit ("9850", "2156", "1204" in the fixtures).
 */
export function looksRounded(value: number): boolean {
  if (value < 10_000) return false;
  const unit = value < 1e6 ? 100 : value < 1e9 ? 1e5 : 1e8;
  return value % unit === 0;
}

/**
 * One counter from `statsV2` (strings, exact on the profile) or else `stats` (ints, rounded).
 * statsV2 is not always exact: on video pages it repeats the rounded value ("25500" = 25500,
 * fixture tiktok/2025-12_video_…), so a round statsV2 value that merely echoes stats counts as rounded.
 */
export function statCount(stats: unknown, statsV2: unknown, key: string, source: SourceKind, via: string): CountRead | null {
  const v1 = capCount(at(stats, key));
  const v2 = capCount(at(statsV2, key));
  if (v2 !== null) {
    return { value: v2, exact: !looksRounded(v2) || (v1 !== null && v1 !== v2), source, via: `${via}.statsV2.${key}` };
  }
  if (v1 !== null) return { value: v1, exact: !looksRounded(v1), source, via: `${via}.stats.${key}` };
  return null;
}

function secondsToIso(seconds: number, now: Date): string | null {
  if (!Number.isFinite(seconds) || seconds < EARLIEST_SECONDS) return null;
  if (seconds > now.getTime() / 1000 + FUTURE_SLACK_SECONDS) return null;
  return new Date(Math.floor(seconds) * 1000).toISOString();
}

/** Unix seconds as int or string ("1677084289" in SIGI and video-detail) to ISO. */
export function isoFromUnix(value: unknown, now: Date): string | null {
  const n = typeof value === 'string' && /^\s*\d{1,12}\s*$/.test(value) ? Number(value) : value;
  return typeof n === 'number' ? secondsToIso(n, now) : null;
}

/**
 * A video id's upper 32 bits are the Unix second its upload started (checked on every post of the
 * fixtures: a few seconds before `createTime`, once 16 h before — a scheduled post). Good to the day.
 */
export function dateFromVideoId(id: string, now: Date): { iso: string; precision: DatePrecision } | null {
  if (!/^\d{17,20}$/.test(id)) return null;
  const iso = secondsToIso(Math.floor(Number(id) / 2 ** 32), now);
  return iso ? { iso, precision: 'day' } : null;
}

function videoId(value: unknown): string | null {
  if (typeof value === 'string' && /^\d{1,32}$/.test(value)) return value;
  if (typeof value === 'number' && Number.isSafeInteger(value) && value > 0) return String(value);
  return null;
}

/** The author of an item: a string in SIGI's ItemModule, an object elsewhere. */
export function itemAuthor(item: unknown): string | null {
  const author = at(item, 'author');
  return normalizeHandle(typeof author === 'string' ? author : at(author, 'uniqueId'));
}

export interface UserInfoParts {
  user: unknown;
  stats: unknown;
  statsV2: unknown;
}

export function profileFromUserInfo({ user, stats, statsV2 }: UserInfoParts, source: SourceKind, via: string, now: Date): ProfileParts | null {
  const handle = normalizeHandle(at(user, 'uniqueId'));
  if (!handle) return null;
  const counts: Partial<Record<CreatorCount, CountRead>> = {};
  for (const [field, key] of Object.entries(PROFILE_STAT_KEYS) as Array<[CreatorCount, string]>) {
    const count = statCount(stats, statsV2, key, source, via);
    if (count) counts[field] = count;
  }
  const link = asString(at(user, 'bioLink', 'link'));
  const normalized = link ? normalizeLink(link) : null;
  const verified = at(user, 'verified');
  return {
    handle,
    displayName: capText(at(user, 'nickname'), CAPS.displayName),
    bio: capText(at(user, 'signature'), CAPS.bio),
    verified: typeof verified === 'boolean' ? verified : null,
    links: normalized ? [normalized] : [],
    // createTime is 0 when TikTok does not share it (2023-02, 2024-02 fixtures): unknown, not 1970.
    joinedAt: isoFromUnix(at(user, 'createTime'), now),
    isPrivate: at(user, 'privateAccount') === true || at(user, 'secret') === true,
    counts,
  };
}

export function postFromItem(item: unknown, handle: string | null, now: Date): Post | null {
  const o = asObject(item);
  const id = videoId(o?.id);
  if (!o || !id) return null;
  const counts: Record<PostCount, number | null> = { likes: null, comments: null, views: null, shares: null, saves: null };
  const rounded: PostCount[] = [];
  for (const [field, key] of Object.entries(POST_STAT_KEYS) as Array<[PostCount, string]>) {
    const count = statCount(o.stats, o.statsV2, key, 'json', 'item');
    counts[field] = count?.value ?? null;
    if (count && !count.exact) rounded.push(field);
  }
  const created = isoFromUnix(o.createTime, now);
  const fromId = created ? null : dateFromVideoId(id, now);
  const caption = capText(o.desc, CAPS.caption);
  return {
    id,
    url: handle ? postUrl(handle, id) : null,
    publishedAt: created ?? fromId?.iso ?? null,
    publishedAtPrecision: created ? 'exact' : (fromId?.precision ?? null),
    ...counts,
    rounded,
    // Photo-mode posts carry `imagePost` (several images with music).
    kind: asObject(o.imagePost) ? 'carousel' : 'video',
    pinned: o[PINNED_FLAG] === true,
    sponsored: SPONSORED_FLAGS.some((flag) => o[flag] === true) || hasDisclosure(caption),
    caption,
  };
}

/**
 * Which leading posts are pinned, from the order alone: TikTok lists a profile newest first with up
 * to three pinned posts ahead. Only when everything after them is in order, so that a grid sorted
 * by "Popular" or "Oldest" is never taken for pins.
 */
export function pinnedFromOrder(times: Array<number | null>): boolean[] {
  const none = times.map(() => false);
  for (let pins = 0; pins <= MAX_PINNED; pins++) {
    const rest = times.slice(pins);
    if (rest.length < 3 || rest.some((t) => t === null)) return none;
    const ordered = rest.every((t, i) => i === 0 || (t as number) <= (rest[i - 1] as number));
    if (ordered) return times.map((_, i) => i < pins);
  }
  return none;
}

/** Mark pinned posts from the order, unless the data said which are pinned. */
export function withPinnedFromOrder(posts: Post[]): Post[] {
  const pinned = pinnedFromOrder(posts.map((p) => (p.publishedAt ? Date.parse(p.publishedAt) : null)));
  return posts.map((p, i) => (pinned[i] && !p.pinned ? { ...p, pinned: true } : p));
}

/** Items of one list (profile page, item_list response) that belong to `pageHandle`, as posts. */
export function postsFromItems(items: unknown, pageHandle: string | null, now: Date): Post[] {
  const list = asArray(items);
  const posts: Post[] = [];
  for (const item of list) {
    if (posts.length >= CAPS.posts) break;
    const author = itemAuthor(item);
    if (pageHandle && author && author !== pageHandle) continue;
    const post = postFromItem(item, author ?? pageHandle, now);
    if (post) posts.push(post);
  }
  const flagged = list.some((item) => asObject(item)?.[PINNED_FLAG] !== undefined);
  return flagged ? posts : withPinnedFromOrder(posts);
}
