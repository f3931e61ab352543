/**
 * Videos, Shorts and streams on a channel tab, from page data (`ytInitialData`, a browse response or
 * a continuation). The channel grid shows titles, views and "3 days ago": likes and comments exist
 * only on the watch page, so they stay null here.
 */
import { CAPS, capCount, capText } from '../../contracts/caps';
import type { Post } from '../../contracts/creator';
import { parseCount, type ParsedCount } from '../../parse/count';
import { parseRelativeDate } from '../../parse/relative-date';
import { hasDisclosure } from '../../parse/sponsored';
import { asArray, asObject, asString, at } from '../../parse/json-path';
import { ITEM_KEYS, LIVE_BADGE_STYLE, LOCKUP, LOCKUP_VIDEO, REEL, SHORTS_LOCKUP, VIDEO, type ItemKey } from './paths';
import { ytText } from './text';
import { atPath, keyOf } from '../page-path';

export interface ItemOptions {
  now: Date;
  locale: string | undefined;
  /** The channel whose page this is: home-tab shelves also hold other channels' videos. */
  channelId: string | null;
  /** The Live tab: its items are past or current streams whatever their text says. */
  liveTab: boolean;
}

const VIDEO_ID = /^[A-Za-z0-9_-]{11}$/;
const ITEM_KEY_SET = new Set<string>(ITEM_KEYS.map(keyOf));
// Bounds for hostile or enormous data: real tabs nest items ~12 levels deep and hold < 100 items.
const MAX_DEPTH = 40;
const MAX_NODES = 200_000;

/** Every known item under `roots`, in page order, one per video id, at most CAPS.posts. */
export function readItems(roots: unknown[], options: ItemOptions): Post[] {
  const posts: Post[] = [];
  const seen = new Set<string>();
  let budget = MAX_NODES;
  const visit = (node: unknown, depth: number): void => {
    if (depth > MAX_DEPTH || budget-- <= 0 || posts.length >= CAPS.posts || node === null || typeof node !== 'object') return;
    if (Array.isArray(node)) {
      for (const child of node) visit(child, depth + 1);
      return;
    }
    for (const [key, value] of Object.entries(node)) {
      if (!ITEM_KEY_SET.has(key)) {
        visit(value, depth + 1);
        continue;
      }
      const post = readItem(key as ItemKey, asObject(value), options);
      if (post && !seen.has(post.id) && posts.length < CAPS.posts) {
        seen.add(post.id);
        posts.push(post);
      }
    }
  };
  for (const root of roots) visit(root, 0);
  return posts;
}

function readItem(key: ItemKey, item: Record<string, unknown> | undefined, options: ItemOptions): Post | null {
  if (!item) return null;
  switch (key) {
    case 'gridVideoRenderer':
    case 'videoRenderer':
      return readVideo(item, options);
    case 'lockupViewModel':
      return readLockup(item, options);
    case 'reelItemRenderer':
      return short(asString(atPath(item, REEL.id)), ytText(atPath(item, REEL.title)), ytText(atPath(item, REEL.views)), options);
    case 'shortsLockupViewModel': {
      const id = asString(atPath(item, SHORTS_LOCKUP.id)) ?? asString(atPath(item, SHORTS_LOCKUP.entityId))?.replace(/^shorts-shelf-item-/, '');
      return short(id, ytText(atPath(item, SHORTS_LOCKUP.title)), ytText(atPath(item, SHORTS_LOCKUP.views)), options);
    }
  }
}

function readVideo(item: Record<string, unknown>, options: ItemOptions): Post | null {
  // A premiere that has not aired is not a post yet, and its "3 waiting" is no view count.
  if (atPath(item, VIDEO.upcoming) !== undefined) return null;
  const owner = VIDEO.owners.map((owner) => asString(atPath(item, owner))).find(Boolean);
  if (owner && options.channelId && owner !== options.channelId) return null;
  const liveNow = asArray(atPath(item, VIDEO.badges)).some((b) => asString(at(b, 'metadataBadgeRenderer', 'style')) === LIVE_BADGE_STYLE);
  const isShort = atPath(item, VIDEO.reelEndpoint) !== undefined;
  const title = ytText(atPath(item, VIDEO.title));
  const published = ytText(atPath(item, VIDEO.published));
  // The long form ("6,403,051 views") is exact; the short form ("6.4m views") is the fallback.
  const full = parsedViews(ytText(atPath(item, VIDEO.views)), options);
  const views = liveNow ? null : full?.exact ? full : (parsedViews(ytText(atPath(item, VIDEO.shortViews)), options) ?? full);
  return build(asString(atPath(item, VIDEO.id)), {
    title,
    views,
    published: liveNow ? '' : published,
    kind: isShort ? 'short' : liveNow || options.liveTab || isStreamedText(published) ? 'live' : 'video',
    disclosureText: `${title} ${ytText(atPath(item, VIDEO.description))}`,
    options,
  });
}

function readLockup(item: Record<string, unknown>, options: ItemOptions): Post | null {
  if (asString(atPath(item, LOCKUP.type)) !== LOCKUP_VIDEO) return null; // playlists, podcasts
  const row = asArray(atPath(item, LOCKUP.rows))
    .map((r) => asArray(at(r, 'metadataParts')))
    .find((parts) => parts.length > 0);
  const viewsText = ytText(at(row?.[0], 'text'));
  const published = ytText(at(row?.[1], 'text'));
  const title = asString(atPath(item, LOCKUP.title)) ?? '';
  return build(asString(atPath(item, LOCKUP.id)), {
    title,
    views: parsedViews(viewsText, options),
    published,
    kind: options.liveTab || isStreamedText(published) ? 'live' : 'video',
    disclosureText: title,
    options,
  });
}

/** Shorts show no date on the channel grid (2023-03, 2026-01 Shorts fixtures). */
function short(id: string | undefined, title: string, viewsText: string, options: ItemOptions): Post | null {
  return build(id, { title, views: parsedViews(viewsText, options), published: '', kind: 'short', disclosureText: title, options });
}

interface ItemFields {
  title: string;
  views: ParsedCount | null;
  published: string;
  kind: Post['kind'];
  disclosureText: string;
  options: ItemOptions;
}

function build(id: string | undefined, fields: ItemFields): Post | null {
  if (!id || !VIDEO_ID.test(id)) return null;
  const { now, locale } = fields.options;
  const parsed = fields.published ? parseRelativeDate(fields.published, now, locale) : null;
  const date = parsed && Number.isFinite(parsed.date.getTime()) ? parsed : null;
  const views = fields.views ? capCount(fields.views.value) : null;
  return {
    id,
    url: fields.kind === 'short' ? `https://www.youtube.com/shorts/${id}` : `https://www.youtube.com/watch?v=${id}`,
    publishedAt: date ? date.date.toISOString() : null,
    publishedAtPrecision: date ? date.precision : null,
    likes: null,
    comments: null,
    views,
    shares: null,
    saves: null,
    rounded: views !== null && fields.views && !fields.views.exact ? ['views'] : [],
    kind: fields.kind,
    pinned: false,
    sponsored: hasDisclosure(fields.disclosureText),
    caption: capText(fields.title, CAPS.caption),
  };
}

function parsedViews(text: string, options: ItemOptions): ParsedCount | null {
  return text ? parseCount(text, options.locale) : null;
}

/** English "Streamed 6 months ago"; other languages rely on the Live-tab route. */
function isStreamedText(text: string): boolean {
  return /^\s*streamed\b/i.test(text);
}
