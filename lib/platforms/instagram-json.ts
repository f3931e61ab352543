/**
 * Instagram's JSON shapes (the `_sharedData`/`?__a=1` user object, web_profile_info, xig_user,
 * and media nodes from every generation) read into counts and posts. Shared by the page reader
 * (JSON embedded in the page) and readCapture (the page's own API responses).
 */
import { CAPS, capCount, capText } from '../contracts/caps';
import type { Creator, CreatorCount, Post, PostCount, SourceKind } from '../contracts/creator';
import { extractEmails, extractLinks, normalizeLink } from '../parse/contact';
import { at, asArray, asObject, asString } from '../parse/json-path';
import { hasDisclosure } from '../parse/sponsored';
import { IG_CAPTURE, IG_EMBEDDED, IG_ORIGIN } from './instagram-paths';
import { profileRefFromUrl } from './profile-url';
import type { CaptureResult, ReadContext } from './types';

export interface CountReading {
  value: number;
  exact: boolean;
  source: SourceKind;
  via: string;
}

/** What one source says about the profile; the page reader merges several of these. */
export interface ProfileParts {
  username?: string;
  displayName?: string;
  bio?: string;
  category?: string;
  verified?: boolean;
  isPrivate?: boolean;
  emails: string[];
  links: string[];
  counts: Partial<Record<CreatorCount, CountReading>>;
}

type Path = ReadonlyArray<string | number>;

// Key names by generation: graphql.user (2018-2022), web_profile_info/GraphQL 2023+ (`follower_count`),
// and the 2026-07 derived xig file (`followers`, `follows`).
const USER_COUNT_PATHS: Record<Exclude<CreatorCount, 'totalLikes'>, Path[]> = {
  followers: [['edge_followed_by', 'count'], ['follower_count'], ['followers']],
  following: [['edge_follow', 'count'], ['following_count'], ['follows']],
  postsCount: [['edge_owner_to_timeline_media', 'count'], ['media_count']],
};

const HANDLE = /^[a-z0-9._]{1,64}$/;

export function cleanHandle(value: unknown): string | undefined {
  const text = asString(value)?.trim().replace(/^@/, '').toLowerCase();
  return text && HANDLE.test(text) ? text : undefined;
}

function firstCount(obj: unknown, paths: Path[]): { value: number; path: Path } | null {
  for (const path of paths) {
    const value = capCount(at(obj, ...path));
    if (value !== null) return { value, path };
  }
  return null;
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
export function readUserObject(user: unknown, source: SourceKind, viaPrefix: string): { parts: ProfileParts; posts: Post[] } | null {
  const obj = asObject(user);
  if (!obj) return null;
  const username = cleanHandle(obj.username);
  const counts: ProfileParts['counts'] = {};
  for (const key of ['followers', 'following', 'postsCount'] as const) {
    const found = firstCount(obj, USER_COUNT_PATHS[key]);
    if (found) counts[key] = { value: found.value, exact: true, source, via: `${viaPrefix}.${found.path.join('.')}`.slice(0, 200) };
  }
  if (!username && Object.keys(counts).length === 0) return null;
  const bio = capText(asString(obj.biography) ?? asString(obj.bio), CAPS.bio);
  const businessEmails = [obj.business_email, obj.public_email].flatMap((e) => extractEmails(asString(e) ?? ''));
  const parts: ProfileParts = {
    username,
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
  return { parts, posts: postsFromNodes(edges, username ?? null) };
}

/** Unix seconds → ISO, or null for anything that is not a plausible timestamp. */
function isoFromSeconds(value: unknown): string | null {
  const seconds = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value;
  if (typeof seconds !== 'number' || !Number.isFinite(seconds) || seconds <= 0 || seconds > 1e11) return null;
  return new Date(seconds * 1000).toISOString();
}

function nonEmpty(value: unknown): boolean {
  return Array.isArray(value) && value.length > 0;
}

function kindOf(node: Record<string, unknown>): Post['kind'] {
  const typename = asString(node.__typename) ?? '';
  const mediaType = node.media_type;
  if (/Sidecar$/.test(typename) || mediaType === 8 || nonEmpty(at(node, 'edge_sidecar_to_children', 'edges')) || nonEmpty(node.carousel_media) || (capCount(node.carousel_media_count) ?? 0) > 0) return 'carousel';
  const productType = asString(node.product_type);
  if (/Video$/.test(typename) || node.is_video === true || mediaType === 2 || nonEmpty(node.video_versions) || asObject(node.clips_metadata) || productType === 'clips' || productType === 'igtv') return 'video';
  return 'image';
}

function captionOf(node: Record<string, unknown>): string {
  const text = asString(at(node, 'edge_media_to_caption', 'edges', 0, 'node', 'text')) ?? asString(at(node, 'caption', 'text')) ?? asString(node.caption) ?? '';
  return capText(text, CAPS.caption);
}

const COUNT_PATHS: Record<Exclude<PostCount, 'shares' | 'saves'>, Path[]> = {
  likes: [['edge_liked_by', 'count'], ['edge_media_preview_like', 'count'], ['like_count']],
  comments: [['edge_media_to_comment', 'count'], ['edge_media_to_parent_comment', 'count'], ['edge_media_preview_comment', 'count'], ['comment_count']],
  // Reels report plays; older videos `video_view_count` / `view_count` [U for play_count/ig_play_count].
  views: [['video_view_count'], ['play_count'], ['ig_play_count'], ['view_count']],
};

/** Username of a node's owner, when the node says. */
export function ownerOf(node: unknown): string | undefined {
  return cleanHandle(at(node, 'user', 'username')) ?? cleanHandle(at(node, 'owner', 'username'));
}

/** One media node of any generation (GraphImage/GraphVideo/GraphSidecar, or the 2023+ xdt node). */
export function mediaToPost(value: unknown): Post | null {
  const node = asObject(value);
  if (!node) return null;
  const shortcode = asString(node.shortcode) ?? asString(node.code);
  const code = shortcode && /^[A-Za-z0-9_-]{1,128}$/.test(shortcode) ? shortcode : undefined;
  const fallbackId = asString(node.pk) ?? asString(node.id);
  const id = code ?? (fallbackId && /^[0-9_]{1,128}$/.test(fallbackId) ? fallbackId : undefined);
  if (!id) return null;
  const hidden = node.like_and_view_counts_disabled === true;
  const caption = captionOf(node);
  const publishedAt = isoFromSeconds(node.taken_at_timestamp ?? node.taken_at);
  const count = (key: keyof typeof COUNT_PATHS) => firstCount(node, COUNT_PATHS[key])?.value ?? null;
  const sponsored =
    node.is_paid_partnership === true ||
    nonEmpty(node.sponsor_tags) ||
    nonEmpty(at(node, 'edge_media_to_sponsor_user', 'edges')) ||
    hasDisclosure(caption);
  return {
    id,
    url: code ? `${IG_ORIGIN}/p/${code}/` : null,
    publishedAt,
    publishedAtPrecision: publishedAt ? 'exact' : null,
    // The owner can hide likes (and views); the number in the JSON is then not what the public sees.
    likes: hidden ? null : count('likes'),
    comments: count('comments'),
    views: hidden ? null : count('views'),
    shares: null,
    saves: null,
    rounded: [],
    kind: kindOf(node),
    pinned: nonEmpty(node.pinned_for_users) || nonEmpty(node.timeline_pinned_user_ids) || node.is_pinned === true,
    sponsored,
    caption,
  };
}

/** Posts from a list of nodes or `{node}` edges, dropping those that belong to another user. */
export function postsFromNodes(list: unknown[], handle: string | null): Post[] {
  const posts: Post[] = [];
  const seen = new Set<string>();
  for (const item of list) {
    const node = asObject(item)?.node ?? item;
    const owner = ownerOf(node);
    if (handle && owner && owner !== handle) continue;
    const post = mediaToPost(node);
    if (!post || seen.has(post.id)) continue;
    seen.add(post.id);
    posts.push(post);
    if (posts.length >= CAPS.posts) break;
  }
  return posts;
}

/** The profile fields a source gave, in contract form; unknown fields are left out, not nulled. */
export function partialCreator(parts: ProfileParts, handle: string, now: Date): Partial<Creator> {
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

const CAPTURE_USER_PATHS: Array<[Path, string]> = [
  [IG_CAPTURE.a1User, 'graphql.user'],
  [IG_CAPTURE.webProfileUser, 'data.user'],
  [IG_CAPTURE.xigUser, 'xig_user_by_username'],
  [IG_CAPTURE.xigUserInData, 'data.xig_user_by_username'],
];

/** The media list of a response: a timeline connection (with or without `data`), `items`, or a bare array. */
function captureMedia(json: unknown): unknown[] {
  if (Array.isArray(json)) return json;
  const single = at(json, ...IG_CAPTURE.a1Media);
  if (asObject(single)) return [single];
  for (const root of [at(json, 'data'), json]) {
    const edges = at(root, IG_EMBEDDED.timelineKey, 'edges');
    if (Array.isArray(edges)) return edges;
  }
  const data = at(json, 'data');
  if (Array.isArray(data)) return data;
  return asArray(at(json, ...IG_CAPTURE.feedItems));
}

function captureUser(json: unknown): { user: unknown; via: string } | null {
  for (const [path, via] of CAPTURE_USER_PATHS) {
    const user = at(json, ...path);
    if (asObject(user)) return { user, via };
  }
  // A bare user object, like the 2026-07 derived file.
  const root = asObject(json);
  if (root && cleanHandle(root.username) && ['followers', 'follower_count', 'edge_followed_by'].some((k) => k in root)) return { user: root, via: 'user' };
  return null;
}

/** A captured Instagram API response (or a saved copy of one) read into a partial creator and posts. */
export function readInstagramCapture(json: unknown, url: URL, context: ReadContext): CaptureResult {
  const fail = (reason: string): CaptureResult => ({ ok: false, creator: null, posts: [], sources: [], reason });
  try {
    const ref = profileRefFromUrl(url);
    const urlHandle = ref?.platform === 'instagram' ? ref.handle : null;
    const found = captureUser(json);
    const sources: string[] = [];
    let creator: Partial<Creator> | null = null;
    let posts: Post[] = [];
    if (found) {
      const read = readUserObject(found.user, 'capture', found.via);
      if (read) {
        // Hover cards and suggestions fetch other users' profiles on the same page.
        if (urlHandle && read.parts.username && read.parts.username !== urlHandle) return fail('other-user');
        const handle = read.parts.username ?? urlHandle;
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
