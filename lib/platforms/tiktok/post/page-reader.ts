/**
 * TikTok post page reader: a video page (`/@<user>/video/<id>`, also `/photo/<id>`) from its embedded
 * `webapp.video-detail` item or, for a video the app moved to in place, its rendered feed article.
 * What the content script carries: the answers the page fetches are read in the background (./reader.ts).
 */
import { atPath, pathOf } from '../../page-path';
import type { PostPageReader, PostReadResult } from '../../post-types';
import { JSON_PATHS, SCRIPTS } from '../paths';
import { normalizeHandle } from '../user-info';
import { labelledSponsored, readFeedVideo } from './feed-dom';
import { videoDetailData } from './video-detail-slice';
import { readVideoItem, type VideoRead } from './video-page';
import { tiktokVideoIdOf } from './post-url';

export function success(read: VideoRead, sources: string[]): PostReadResult {
  return { ok: true, platform: 'tiktok', postId: read.post.id, author: read.author, post: read.post, comments: [], totalComments: read.post.comments, sources };
}

const UNIVERSAL = pathOf(SCRIPTS[0]);

/** The post page itself: what the content script carries. */
export const tiktokPostPageReader: PostPageReader = {
  platform: 'tiktok',
  postIdOf: tiktokVideoIdOf,

  readPostPage(doc, url, context) {
    const id = tiktokVideoIdOf(url);
    if (!id) return { ok: false, reason: 'not-post', tried: ['url'] };
    const tried = [`json:${UNIVERSAL}`];
    let embedded: VideoRead | null = null;
    try {
      embedded = readVideoItem(atPath(videoDetailData(doc.querySelector(UNIVERSAL)?.textContent ?? ''), JSON_PATHS.universalVideoItem), context.now);
    } catch {
      // Unreadable JSON: the rendered feed may still show the video.
    }
    if (embedded?.post.id === id) {
      if (embedded.post.sponsored || !labelledSponsored(doc, id)) return success(embedded, ['json:webapp.video-detail']);
      return success({ ...embedded, post: { ...embedded.post, sponsored: true } }, ['json:webapp.video-detail', 'dom:feed-article']);
    }
    // After an in-app navigation the embedded data still holds the first video; the feed shows this one.
    tried.push('dom:feed-article');
    const rendered = readFeedVideo(doc, id, context.now);
    const named = normalizeHandle(/^\/@([^/]+)\//.exec(url.pathname)?.[1]);
    if (rendered && named && rendered.author?.handle !== named) return { ok: false, reason: 'unsupported-layout', tried };
    if (rendered) return success(rendered, ['dom:feed-article']);
    return { ok: false, reason: embedded ? 'other-post' : 'unsupported-layout', tried };
  },
};
