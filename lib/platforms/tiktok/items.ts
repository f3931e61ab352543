/**
 * TikTok items (embedded item lists, SIGI's ItemModule, item_list responses, the video-detail
 * item) as posts, and which of them are pinned.
 */
import { CAPS, capText } from '../../contracts/caps';
import type { Post, PostCount } from '../../contracts/creator';
import { asArray, asObject, at } from '../../parse/json-path';
import { hasDisclosure } from '../../parse/sponsored';
import { dateFromVideoId, isoFromUnix } from './dates';
import { PINNED_FLAG, POST_STAT_KEYS, SPONSORED_FLAGS } from './paths';
import { normalizeHandle, postUrl, statCount } from './user-info';
import { keyOf, type KeyPath } from '../page-path';

const MAX_PINNED = 3;
const PINNED_KEY = keyOf(PINNED_FLAG);

function videoId(value: unknown): string | null {
  if (typeof value === 'string' && /^\d{1,32}$/.test(value)) return value;
  if (typeof value === 'number' && Number.isSafeInteger(value) && value > 0) return String(value);
  return null;
}

/** The author of an item: a string in SIGI's ItemModule, an object elsewhere. */
function itemAuthor(item: unknown): string | null {
  const author = at(item, 'author');
  return normalizeHandle(typeof author === 'string' ? author : at(author, 'uniqueId'));
}

function postFromItem(item: unknown, handle: string | null, now: Date): Post | null {
  const o = asObject(item);
  const id = videoId(o?.id);
  if (!o || !id) return null;
  const counts: Record<PostCount, number | null> = { likes: null, comments: null, views: null, shares: null, saves: null };
  const rounded: PostCount[] = [];
  for (const [field, entry] of Object.entries(POST_STAT_KEYS) as Array<[PostCount, KeyPath]>) {
    const count = statCount(o.stats, o.statsV2, keyOf(entry), 'json', 'item');
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
    pinned: o[PINNED_KEY] === true,
    sponsored: SPONSORED_FLAGS.some((flag) => o[keyOf(flag)] === true) || hasDisclosure(caption),
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
  const flagged = list.some((item) => asObject(item)?.[PINNED_KEY] !== undefined);
  return flagged ? posts : withPinnedFromOrder(posts);
}
