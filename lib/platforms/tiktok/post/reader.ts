/**
 * TikTok post reader: the video page (./page-reader.ts), a captured video-detail answer, and the
 * `/api/comment/list/` answers the page fetches, which the background reads
 * (lib/background/post-capture-reading.ts).
 */
import { at } from '../../../parse/json-path';
import { atPath } from '../../page-path';
import type { PostReader } from '../../post-types';
import { JSON_PATHS } from '../paths';
import { readCommentList } from './comments';
import { success, tiktokPostPageReader } from './page-reader';
import { tiktokVideoIdOf } from './post-url';
import { readVideoItem } from './video-page';

/** With the responses the page fetches, which the background reads (lib/background/post-capture-reading.ts). */
export const tiktokPostReader: PostReader = {
  ...tiktokPostPageReader,

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
