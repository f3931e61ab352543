/**
 * An Instagram user object of any generation read into ProfileParts and its first posts: the
 * `_sharedData`/`?__a=1` graphql.user (2018-04_profile_html_sharedData_logged-out_pavel_galeta.html,
 * 2018-03_profile_a1-json_graphql-user_pavel_galeta.json), web_profile_info's data.user (2023+, [S])
 * and the 2026 xig user (2026-07_user_derived-from-xig_user_by_username_scrapfly.json). Used by the
 * embedded-JSON sources and by readCapture.
 */
import { CAPS, capCount, capText } from '../../contracts/caps';
import type { Post, SourceKind } from '../../contracts/creator';
import { extractEmails, extractLinks, normalizeLink } from '../../parse/contact';
import { asArray, asObject, asString, at } from '../../parse/json-path';
import { firstAt } from '../page-path';
import type { ProfileParts } from '../source-ladder';
import { cleanHandle } from './handle';
import { postsFromNodes } from './media';
import { IG_USER_COUNTS } from './paths';

export interface UserRead {
  /** The user's own handle, when the object says. */
  username: string | undefined;
  parts: ProfileParts;
  posts: Post[];
}

function linksOf(user: unknown, bio: string): string[] {
  const raw: string[] = [];
  const external = asString(at(user, 'external_url'));
  if (external) raw.push(external);
  for (const entry of asArray(at(user, 'bio_links'))) {
    const url = asString(entry) ?? asString(at(entry, 'url')) ?? asString(at(entry, 'lynx_url'));
    if (url) raw.push(url);
  }
  const links = raw.map(normalizeLink).filter((l): l is string => l !== null);
  return [...new Set([...links, ...extractLinks(bio)])].slice(0, CAPS.listItems);
}

/** A user object of any generation, or null when it is not one. */
export function readUserObject(user: unknown, source: SourceKind, viaPrefix: string): UserRead | null {
  const obj = asObject(user);
  if (!obj) return null;
  const username = cleanHandle(obj.username);
  const counts: ProfileParts['counts'] = {};
  for (const key of ['followers', 'following', 'postsCount'] as const) {
    const found = firstAt(obj, IG_USER_COUNTS[key], capCount);
    if (found) counts[key] = { value: found.value, exact: true, source, via: `${viaPrefix}.${found.where.join('.')}`.slice(0, 200) };
  }
  if (!username && Object.keys(counts).length === 0) return null;
  const bio = capText(asString(obj.biography) ?? asString(obj.bio), CAPS.bio);
  const businessEmails = [obj.business_email, obj.public_email].flatMap((e) => extractEmails(asString(e) ?? ''));
  const parts: ProfileParts = {
    displayName: capText(asString(obj.full_name) ?? asString(obj.name), CAPS.displayName) || undefined,
    bio: bio || undefined,
    category: capText(asString(obj.category_name) ?? asString(obj.category) ?? asString(obj.business_category_name), CAPS.category) || undefined,
    verified: typeof obj.is_verified === 'boolean' ? obj.is_verified : undefined,
    isPrivate: typeof obj.is_private === 'boolean' ? obj.is_private : undefined,
    emails: [...new Set([...extractEmails(bio), ...businessEmails])].slice(0, CAPS.listItems),
    links: linksOf(obj, bio),
    counts,
  };
  const edges = asArray(at(obj, 'edge_owner_to_timeline_media', 'edges'));
  return { username, parts, posts: postsFromNodes(edges, username ?? null) };
}
