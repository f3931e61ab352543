/**
 * Instagram media nodes of every generation as posts: GraphImage/GraphVideo/GraphSidecar
 * (2021-06_profile_html_sharedData_logged-in_pluto__travel.html, 2021-10_post_html_sharedData_logged-out_tesla.html)
 * and the 2023+ xdt node (2026-06_user-timeline-posts_derived-subset_scrapfly.json).
 */
import { CAPS, capCount, capText } from '../../contracts/caps';
import type { Post } from '../../contracts/creator';
import { asObject, asString, at } from '../../parse/json-path';
import { hasDisclosure } from '../../parse/sponsored';
import { firstAt } from '../page-path';
import { cleanHandle } from './handle';
import { IG_MEDIA_COUNTS, IG_ORIGIN } from './paths';

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

/** Username of a node's owner, when the node says. */
export function ownerOf(node: unknown): string | undefined {
  return cleanHandle(at(node, 'user', 'username')) ?? cleanHandle(at(node, 'owner', 'username'));
}

/** One media node of any generation, or null when it is not one. */
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
  const count = (key: keyof typeof IG_MEDIA_COUNTS) => firstAt(node, IG_MEDIA_COUNTS[key], capCount)?.value ?? null;
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
