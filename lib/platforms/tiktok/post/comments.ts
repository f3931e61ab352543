/** A TikTok `/api/comment/list/` answer (or a scraper subset keeping TikTok's keys) as raw comments. */
import { capCount } from '../../../contracts/caps';
import { asArray, asString } from '../../../parse/json-path';
import { atPath, firstAt } from '../../page-path';
import type { RawComment } from '../../post-types';
import { isoFromUnix } from '../dates';
import { normalizeHandle } from '../user-info';
import { COMMENT, COMMENT_LIST } from './post-paths';

export interface CommentList {
  videoId: string | null;
  total: number | null;
  comments: RawComment[];
}

export function readCommentList(json: unknown, now: Date): CommentList | null {
  const list = Array.isArray(json) ? json : (firstAt(json, COMMENT_LIST.comments, (v) => (Array.isArray(v) ? v : null))?.value ?? null);
  if (!list) return null;
  const comments: RawComment[] = [];
  let videoId: string | null = null;
  for (const item of asArray(list)) {
    const id = asString(atPath(item, COMMENT.id));
    const handle = normalizeHandle(firstAt(item, COMMENT.handle, (v) => asString(v))?.value);
    if (!id || !handle) continue;
    videoId ??= asString(atPath(item, COMMENT.videoId)) ?? null;
    const liked = atPath(item, COMMENT.authorLiked);
    comments.push({
      id,
      authorHandle: handle,
      text: asString(atPath(item, COMMENT.text)) ?? '',
      publishedAt: isoFromUnix(atPath(item, COMMENT.created), now),
      likes: capCount(atPath(item, COMMENT.likes)),
      replies: capCount(atPath(item, COMMENT.replies)),
      // The list does not name the video's author, so neither a creator's comment nor their answer can be told.
      byCreator: false,
      creatorReplied: null,
      creatorLiked: typeof liked === 'boolean' ? liked : null,
    });
  }
  if (comments.length === 0) return null;
  const total = firstAt(json, COMMENT_LIST.total, (v) => capCount(v))?.value ?? null;
  return { videoId, total, comments };
}
