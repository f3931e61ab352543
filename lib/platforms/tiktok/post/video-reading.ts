/**
 * The TikTok video page read from what the content script collected of it (video-collect.ts), in
 * the background worker: the embedded `webapp.video-detail` item when it is the video in the
 * address, else the feed article that plays it (after an in-app move the data keeps the first video).
 */
import { atPath, pathOf } from '../../page-path';
import type { PostReadResult } from '../../post-types';
import { JSON_PATHS, SCRIPTS } from '../paths';
import { normalizeHandle } from '../user-info';
import { feedVideoOf } from './feed-dom';
import { tiktokVideoIdOf } from './post-url';
import type { TiktokVideoExtract } from './video-collect';
import { videoDetailData } from './video-detail-slice';
import { readVideoItem, type VideoRead } from './video-page';

export function success(read: VideoRead, sources: string[]): PostReadResult {
  return { ok: true, platform: 'tiktok', postId: read.post.id, author: read.author, post: read.post, comments: [], totalComments: read.post.comments, sources };
}

const UNIVERSAL = pathOf(SCRIPTS[0]);

export function readTiktokVideoExtract(extract: TiktokVideoExtract, url: URL, now: Date): PostReadResult {
  const id = tiktokVideoIdOf(url);
  if (!id) return { ok: false, reason: 'not-post', tried: ['url'] };
  const tried = [`json:${UNIVERSAL}`];
  let embedded: VideoRead | null = null;
  try {
    embedded = readVideoItem(atPath(videoDetailData(extract), JSON_PATHS.universalVideoItem), now);
  } catch {
    // Unreadable JSON: the rendered feed may still show the video.
  }
  if (embedded?.post.id === id) {
    // The feed's "Paid partnership" chip is the page's only sign of it (the item says `isAd: false` beside it).
    if (embedded.post.sponsored || !extract.feed?.sponsoredTag) return success(embedded, ['json:webapp.video-detail']);
    return success({ ...embedded, post: { ...embedded.post, sponsored: true } }, ['json:webapp.video-detail', 'dom:feed-article']);
  }
  // After an in-app navigation the embedded data still holds the first video; the feed shows this one.
  tried.push('dom:feed-article');
  const rendered = feedVideoOf(extract.feed, id, extract.lang, now);
  const named = normalizeHandle(/^\/@([^/]+)\//.exec(url.pathname)?.[1]);
  if (rendered && named && rendered.author?.handle !== named) return { ok: false, reason: 'unsupported-layout', tried };
  if (rendered) return success(rendered, ['dom:feed-article']);
  return { ok: false, reason: embedded ? 'other-post' : 'unsupported-layout', tried };
}
