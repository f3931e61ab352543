/**
 * A video as the rendered feed of a video page shows it (FEED_DOM): the one reading of a video the
 * app moved to without reloading. Counts are the visible text ("25.5K", rounded past 10K); the page
 * shows no views and no upload time, so the day comes from the video id.
 */
import { CAPS, capCount, capText } from '../../../contracts/caps';
import type { Post, PostCount } from '../../../contracts/creator';
import { parseCount } from '../../../parse/count';
import { hasDisclosure } from '../../../parse/sponsored';
import { pathOf, select, selectAll } from '../../page-path';
import { dateFromVideoId } from '../dates';
import { normalizeHandle, postUrl } from '../user-info';
import type { VideoRead } from './video-page';
import { FEED_DOM, PLAYER_ID } from './post-paths';

const COUNTS = ['likes', 'comments', 'shares', 'saves'] as const satisfies readonly PostCount[];

const text = (el: Element | null): string => (el?.textContent ?? '').trim();

/** The feed article whose player plays this video. */
function articleOf(doc: Document, id: string): Element | null {
  const player = selectAll(doc, FEED_DOM.player).find((el) => PLAYER_ID.exec(el.id)?.[1] === id);
  return player?.closest(pathOf(FEED_DOM.article)) ?? null;
}

/**
 * Whether the feed labels the video a paid partnership: the chip is the page's only sign of it
 * (the embedded item of the saved page says `isAd: false` beside it).
 */
export function labelledSponsored(doc: Document, id: string): boolean {
  const article = articleOf(doc, id);
  return article !== null && select(article, FEED_DOM.sponsoredTag) !== null;
}

/** The video `id` from its feed article, or null when the page has not rendered it (or its author and likes) yet. */
export function readFeedVideo(doc: Document, id: string, now: Date): VideoRead | null {
  const article = articleOf(doc, id);
  if (!article) return null;
  const handle = normalizeHandle(/^\/@([^/?#]+)/.exec(select(article, FEED_DOM.author)?.getAttribute('href') ?? '')?.[1]);
  if (!handle) return null;
  const locale = doc.documentElement?.getAttribute('lang') || undefined;
  const counts: Record<PostCount, number | null> = { likes: null, comments: null, views: null, shares: null, saves: null };
  const rounded: PostCount[] = [];
  for (const field of COUNTS) {
    const parsed = parseCount(text(select(article, FEED_DOM[field])), locale);
    const value = parsed ? capCount(parsed.value) : null;
    counts[field] = value;
    if (value !== null && !parsed?.exact) rounded.push(field);
  }
  // A skeleton article has its player before its action bar.
  if (counts.likes === null) return null;
  const caption = capText(text(select(article, FEED_DOM.caption)), CAPS.caption);
  const date = dateFromVideoId(id, now);
  const post: Post = {
    id,
    url: postUrl(handle, id),
    publishedAt: date?.iso ?? null,
    publishedAtPrecision: date?.precision ?? null,
    ...counts,
    rounded,
    kind: 'video',
    pinned: false,
    sponsored: select(article, FEED_DOM.sponsoredTag) !== null || hasDisclosure(caption),
    caption,
  };
  return { post, author: { handle, displayName: null, followers: null, verified: null } };
}
