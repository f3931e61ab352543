/**
 * A video as the rendered feed of a video page shows it (FEED_DOM), read from its article as
 * collected on the page (video-collect.ts): the one reading of a video the app moved to without
 * reloading. Counts are the visible text ("25.5K", rounded past 10K); the page shows no views and no
 * upload time, so the day comes from the video id.
 */
import { CAPS, capCount, capText } from '../../../contracts/caps';
import type { Post, PostCount } from '../../../contracts/creator';
import { parseCount } from '../../../parse/count';
import { hasDisclosure } from '../../../parse/sponsored';
import { dateFromVideoId } from '../dates';
import { normalizeHandle, postUrl } from '../user-info';
import type { VideoRead } from './video-page';
import { collectFeedArticle, type TiktokFeedArticleExtract } from './video-collect';

const COUNTS = ['likes', 'comments', 'shares', 'saves'] as const satisfies readonly PostCount[];

/** The video `id` from its collected feed article, or null when the page had not rendered it (or its author and likes) yet. */
export function feedVideoOf(article: TiktokFeedArticleExtract | null, id: string, lang: string, now: Date): VideoRead | null {
  if (article?.video !== id) return null;
  const handle = normalizeHandle(/^\/@([^/?#]+)/.exec(article.author)?.[1]);
  if (!handle) return null;
  const locale = lang || undefined;
  const counts: Record<PostCount, number | null> = { likes: null, comments: null, views: null, shares: null, saves: null };
  const rounded: PostCount[] = [];
  for (const field of COUNTS) {
    const parsed = parseCount(article[field], locale);
    const value = parsed ? capCount(parsed.value) : null;
    counts[field] = value;
    if (value !== null && !parsed?.exact) rounded.push(field);
  }
  // A skeleton article has its player before its action bar.
  if (counts.likes === null) return null;
  const caption = capText(article.caption, CAPS.caption);
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
    sponsored: article.sponsoredTag || hasDisclosure(caption),
    caption,
  };
  return { post, author: { handle, displayName: null, followers: null, verified: null } };
}

/** The video `id` from the feed of a document: collected and read, as content script and background take it. */
export function readFeedVideo(doc: Document, id: string, now: Date): VideoRead | null {
  return feedVideoOf(collectFeedArticle(doc, id), id, doc.documentElement?.getAttribute('lang') ?? '', now);
}
