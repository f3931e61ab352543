/**
 * TikTok's user object with its `stats` and `statsV2` (embedded userInfo, SIGI's UserModule,
 * `__NEXT_DATA__` pageProps, the user-detail response) read into ProfileParts. Shared by the page
 * reader and the capture reader, so both treat rounding the same way.
 */
import { CAPS, capCount, capText } from '../../contracts/caps';
import type { CreatorCount, SourceKind } from '../../contracts/creator';
import { extractEmails, extractLinks, normalizeLink } from '../../parse/contact';
import { asString, at } from '../../parse/json-path';
import type { CountReading, ProfileParts } from '../source-ladder';
import { isoFromUnix } from './dates';
import { PROFILE_STAT_KEYS, PROFILE_URL_PREFIX } from './paths';
import { keyOf, type KeyPath } from '../page-path';

const HANDLE = /^[a-z0-9._-]{1,64}$/;

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
 * of its unit. Below 10 000 it shows every digit ("9850", "2156", "1204" in the saved pages).
 */
export function looksRounded(value: number): boolean {
  if (value < 10_000) return false;
  const unit = value < 1e6 ? 100 : value < 1e9 ? 1e5 : 1e8;
  return value % unit === 0;
}

/**
 * One counter from `statsV2` (strings, exact on the profile) or else `stats` (ints, rounded).
 * statsV2 is not always exact: on video pages it repeats the rounded value ("25500" = 25500 in
 * 2025-12_video_rendered-dom_universal-data_en-ES_illojuan.html), so a round statsV2 value that
 * merely echoes stats counts as rounded.
 */
export function statCount(stats: unknown, statsV2: unknown, key: string, source: SourceKind, via: string): CountReading | null {
  const v1 = capCount(at(stats, key));
  const v2 = capCount(at(statsV2, key));
  if (v2 !== null) {
    return { value: v2, exact: !looksRounded(v2) || (v1 !== null && v1 !== v2), source, via: `${via}.statsV2.${key}` };
  }
  if (v1 !== null) return { value: v1, exact: !looksRounded(v1), source, via: `${via}.stats.${key}` };
  return null;
}

export interface UserInfoParts {
  user: unknown;
  stats: unknown;
  statsV2: unknown;
}

export interface UserInfoRead {
  handle: string;
  parts: ProfileParts;
}

export function profileFromUserInfo({ user, stats, statsV2 }: UserInfoParts, source: SourceKind, via: string, now: Date): UserInfoRead | null {
  const handle = normalizeHandle(at(user, 'uniqueId'));
  if (!handle) return null;
  const counts: Partial<Record<CreatorCount, CountReading>> = {};
  for (const [field, entry] of Object.entries(PROFILE_STAT_KEYS) as Array<[CreatorCount, KeyPath]>) {
    const count = statCount(stats, statsV2, keyOf(entry), source, via);
    if (count) counts[field] = count;
  }
  const link = asString(at(user, 'bioLink', 'link'));
  const normalized = link ? normalizeLink(link) : null;
  const verified = at(user, 'verified');
  const bio = capText(at(user, 'signature'), CAPS.bio);
  // createTime is 0 when TikTok does not share it (2023-02, 2024-02): unknown, not 1970.
  const joinedAt = isoFromUnix(at(user, 'createTime'), now);
  return {
    handle,
    parts: {
      displayName: capText(at(user, 'nickname'), CAPS.displayName),
      bio,
      verified: typeof verified === 'boolean' ? verified : undefined,
      links: [...(normalized ? [normalized] : []), ...extractLinks(bio)],
      emails: extractEmails(bio),
      joinedAt: joinedAt ?? undefined,
      isPrivate: at(user, 'privateAccount') === true || at(user, 'secret') === true,
      counts,
    },
  };
}
