/**
 * TikTok post reader: the video page, collected on the page (video-collect.ts) and read in the
 * background (video-reading.ts); a captured video-detail answer; and the `/api/comment/list/`
 * answers the page fetches, which the background reads too (lib/background/post-capture-reading.ts).
 */
import { at } from '../../../parse/json-path';
import { atPath } from '../../page-path';
import type { PostReader } from '../../post-types';
import { JSON_PATHS } from '../paths';
import { readCommentList } from './comments';
import { tiktokPostPageCollector } from './page-reader';
import { tiktokVideoIdOf } from './post-url';
import { collectTiktokVideoPage } from './video-collect';
import { readVideoItem } from './video-page';
import { readTiktokVideoExtract, success } from './video-reading';

export const tiktokPostReader: PostReader = {
  platform: 'tiktok',
  postIdOf: tiktokPostPageCollector.postIdOf,

  /** The two steps in a row, as content script and background take them. */
  readPostPage(doc, url, context) {
    return readTiktokVideoExtract(collectTiktokVideoPage(doc, tiktokVideoIdOf(url) ?? ''), url, context.now);
  },

  readPostCapture(json, url, context) {
    try {
      const item = atPath(json, JSON_PATHS.universalVideoItem) ?? at(json, 'itemInfo', 'itemStruct') ?? (Array.isArray(json) && json.length === 1 ? json[0] : json);
      const video = readVideoItem(item, context.now);
      if (video && (video.post.likes !== null || video.post.views !== null)) return success(video, ['capture:video-detail']);
      const list = readCommentList(json, context.now);
      const postId = list?.videoId ?? (url ? tiktokVideoIdOf(url) : null);
      if (!list || !postId) return { ok: false, reason: 'unsupported-layout', tried: ['capture:video-detail', 'capture:comment-list'] };
      if (url && tiktokVideoIdOf(url) && tiktokVideoIdOf(url) !== postId) return { ok: false, reason: 'other-post', tried: ['capture:comment-list'] };
      return { ok: true, platform: 'tiktok', postId, author: null, post: null, comments: list.comments, totalComments: list.total, sources: ['capture:comment-list'] };
    } catch {
      return { ok: false, reason: 'unsupported-layout', tried: [] };
    }
  },
};
