/** A GraphQL user result (`__typename: "User"`, any generation 2023-04 to 2026-08) read into ProfileParts. */
import { CAPS, capCount, capText } from '../../contracts/caps';
import type { Creator } from '../../contracts/creator';
import { extractEmails, normalizeLink } from '../../parse/contact';
import { asObject, asArray, asString, at } from '../../parse/json-path';
import { atPath, firstAt } from '../page-path';
import { buildCreator, emptyParts } from '../source-ladder';
import type { ReadContext } from '../types';
import { X_GRAPHQL, X_ORIGIN } from './paths';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const present = (value: unknown) => (value === null ? undefined : value);

/**
 * X's `created_at` ("Sat Dec 14 04:35:55 +0000 2013") as ISO 8601. Parsed by hand: `Date.parse`
 * of this format is engine-specific.
 */
export function parseXCreatedAt(value: unknown): string | null {
  const m = /^\w{3} (\w{3}) (\d{1,2}) (\d{2}):(\d{2}):(\d{2}) ([+-])(\d{2})(\d{2}) (\d{4})$/.exec(asString(value)?.trim() ?? '');
  if (!m) return null;
  const month = MONTHS.indexOf((m[1] ?? '').toLowerCase());
  if (month < 0) return null;
  const offsetMinutes = (m[6] === '-' ? -1 : 1) * (Number(m[7]) * 60 + Number(m[8]));
  const ms = Date.UTC(Number(m[9]), month, Number(m[2]), Number(m[3]), Number(m[4]), Number(m[5])) - offsetMinutes * 60_000;
  const date = new Date(ms);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

/** Expanded URLs of an `entities.*.urls` list; the t.co redirects say nothing about the creator. */
function expandedUrls(list: unknown): Array<{ short: string; expanded: string }> {
  return asArray(list).flatMap((entry) => {
    const expanded = asString(at(entry, 'expanded_url'));
    return expanded ? [{ short: asString(at(entry, 'url')) ?? '', expanded }] : [];
  });
}

/** The handle of a GraphQL user result, as X spells it. */
export function userHandle(user: unknown): string | null {
  const handle = asString(firstAt(user, X_GRAPHQL.handle, present)?.value);
  return handle && /^[A-Za-z0-9_]{1,15}$/.test(handle) ? handle : null;
}

/** A GraphQL user result as a creator; null when it is not a user. */
export function creatorFromUser(user: unknown, context: ReadContext): Creator | null {
  const typename = asString(at(user, '__typename'));
  if (!asObject(user) || (typename !== undefined && typename !== 'User')) return null;
  const handle = userHandle(user)?.toLowerCase();
  if (!handle) return null;

  const parts = emptyParts();
  for (const key of ['followers', 'following', 'postsCount'] as const) {
    const found = firstAt(user, X_GRAPHQL[key], present);
    const value = capCount(found?.value);
    if (found && value !== null) parts.counts[key] = { value, exact: true, source: 'capture', via: `graphql:${found.where.join('.')}` };
  }

  let bio = asString(firstAt(user, X_GRAPHQL.bio, present)?.value) ?? '';
  const bioUrls = expandedUrls(firstAt(user, X_GRAPHQL.bioUrls, present)?.value);
  // The bio text carries t.co links; show where they really go.
  for (const { short, expanded } of bioUrls) if (short) bio = bio.split(short).join(expanded);
  parts.bio = capText(bio, CAPS.bio);
  parts.emails = extractEmails(parts.bio);
  parts.links = [...expandedUrls(firstAt(user, X_GRAPHQL.websiteUrls, present)?.value), ...bioUrls]
    .map(({ expanded }) => normalizeLink(expanded))
    .filter((link): link is string => link !== null);

  const flags = X_GRAPHQL.verifiedFlags.map((flag) => atPath(user, flag)).filter((flag) => typeof flag === 'boolean');
  if (flags.length) parts.verified = flags.includes(true);
  parts.displayName = capText(firstAt(user, X_GRAPHQL.displayName, present)?.value, CAPS.displayName);
  parts.category = capText(atPath(user, X_GRAPHQL.category), CAPS.category);
  parts.joinedAt = parseXCreatedAt(firstAt(user, X_GRAPHQL.createdAt, present)?.value) ?? undefined;
  return buildCreator({ platform: 'x', handle, profileUrl: `${X_ORIGIN}/${handle}` }, [parts], context.now);
}
