/**
 * A captured Instagram API response (the page's own fetch, or a saved copy of one) read into the
 * profile fields it holds and its posts: `?__a=1`, web_profile_info, the xig user, the GraphQL
 * timeline connection, the v1 feed.
 */
import { CAPS } from '../../contracts/caps';
import type { Creator, CreatorCount, Post } from '../../contracts/creator';
import { asArray, asObject, at } from '../../parse/json-path';
import { atPath, firstAt, pathOf } from '../page-path';
import { instagramProfileRef } from './profile-url';
import type { CountReading, ProfileParts } from '../source-ladder';
import type { CaptureResult, ReadContext } from '../types';
import { ownerOf, postsFromNodes } from './media';
import { IG_CAPTURE, IG_EMBEDDED, IG_ORIGIN } from './paths';
import { cleanHandle } from './handle';
import { readUserObject } from './user';

/**
 * The profile fields a source gave, in contract form. Unknown fields are left out, not nulled:
 * mergeSnapshots fills only what the page reading lacks.
 */
function partialCreator(parts: ProfileParts, handle: string, now: Date): Partial<Creator> {
  const creator: Partial<Creator> = {
    platform: 'instagram',
    handle,
    profileUrl: `${IG_ORIGIN}/${handle}/`,
    capturedAt: now.toISOString(),
  };
  if (parts.displayName) creator.displayName = parts.displayName;
  if (parts.bio) creator.bio = parts.bio;
  if (parts.category) creator.category = parts.category;
  if (parts.verified !== undefined) creator.verified = parts.verified;
  if (parts.emails.length) creator.emails = parts.emails;
  if (parts.links.length) creator.links = parts.links;
  const provenance: Creator['provenance'] = {};
  for (const [key, reading] of Object.entries(parts.counts) as Array<[CreatorCount, CountReading]>) {
    creator[key] = reading.value;
    provenance[key] = { source: reading.source, exact: reading.exact, via: reading.via };
  }
  creator.provenance = provenance;
  return creator;
}

const USER_LADDER = [IG_CAPTURE.a1User, IG_CAPTURE.webProfileUser, IG_CAPTURE.xigUser, IG_CAPTURE.xigUserInData];

/** The media list of a response: a timeline connection (with or without `data`), `items`, or a bare array. */
function captureMedia(json: unknown): unknown[] {
  if (Array.isArray(json)) return json;
  const single = atPath(json, IG_CAPTURE.a1Media);
  if (asObject(single)) return [single];
  for (const root of [at(json, 'data'), json]) {
    const edges = at(root, ...pathOf(IG_EMBEDDED.timelineKey), 'edges');
    if (Array.isArray(edges)) return edges;
  }
  const data = at(json, 'data');
  if (Array.isArray(data)) return data;
  return asArray(atPath(json, IG_CAPTURE.feedItems));
}

function captureUser(json: unknown): { user: unknown; via: string } | null {
  const found = firstAt(json, USER_LADDER, asObject);
  if (found) return { user: found.value, via: found.where.join('.') };
  // A bare user object, like the 2026-07 derived file.
  const root = asObject(json);
  if (root && cleanHandle(root.username) && ['followers', 'follower_count', 'edge_followed_by'].some((k) => k in root)) return { user: root, via: 'user' };
  return null;
}

/** A captured Instagram API response (or a saved copy of one) read into a partial creator and posts. */
export function readInstagramCapture(json: unknown, url: URL, context: ReadContext): CaptureResult {
  const fail = (reason: string): CaptureResult => ({ ok: false, creator: null, posts: [], sources: [], reason });
  try {
    const ref = instagramProfileRef(url);
    const urlHandle = ref?.platform === 'instagram' ? ref.handle : null;
    const found = captureUser(json);
    const sources: string[] = [];
    let creator: Partial<Creator> | null = null;
    let posts: Post[] = [];
    if (found) {
      const read = readUserObject(found.user, 'capture', found.via);
      if (read) {
        // Hover cards and suggestions fetch other users' profiles on the same page.
        if (urlHandle && read.username && read.username !== urlHandle) return fail('other-user');
        const handle = read.username ?? urlHandle;
        if (handle) creator = partialCreator(read.parts, handle, context.now);
        posts = read.posts;
        sources.push(`capture:${found.via}`);
      }
    }
    const media = captureMedia(json);
    if (media.length) {
      const more = postsFromNodes(media, creator?.handle ?? urlHandle);
      const seen = new Set(posts.map((p) => p.id));
      posts = [...posts, ...more.filter((p) => !seen.has(p.id))].slice(0, CAPS.posts);
      if (more.length) sources.push('capture:media');
    }
    if (!creator && !posts.length) {
      const foreign = urlHandle !== null && media.some((item) => { const owner = ownerOf(asObject(item)?.node ?? item); return owner !== undefined && owner !== urlHandle; });
      return fail(foreign ? 'other-user' : 'unknown-shape');
    }
    return { ok: true, creator, posts, sources };
  } catch {
    return fail('unknown-shape');
  }
}
