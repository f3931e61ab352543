import { capText } from '../contracts/caps';
import { EVIDENCE_CAPS, type Comment, type CommentSample } from '../contracts/evidence';
import { commenterKey } from './keyed-hash';
import type { PostPageReading, RawComment } from '../platforms/post-types';

/**
 * "@name" in a comment's text names an account as surely as its author field does: replies start
 * with the handle they answer. The comment signals ignore mentions (generic-comments.ts), so the
 * text is kept with every mention as "@…".
 */
const MENTION = /@[\p{L}\p{N}._-]+/gu;

export function withoutMentions(text: string): string {
  return text.replace(MENTION, '@…');
}

function keyed(installKey: Uint8Array, raw: RawComment, postId: string): Comment {
  return {
    id: capText(raw.id, 128) || `${postId}:unknown`,
    authorKey: commenterKey(installKey, raw.authorHandle),
    text: capText(withoutMentions(raw.text), EVIDENCE_CAPS.commentText),
    publishedAt: raw.publishedAt,
    likes: raw.likes,
    replies: raw.replies,
    byCreator: raw.byCreator,
    creatorReplied: raw.creatorReplied,
    creatorLiked: raw.creatorLiked,
  };
}

/**
 * The reading's comments with every handle replaced by its keyed hash, at most 200, one per id.
 * Null when the reading shows no comments. The install key is passed in: lib/ holds no secrets.
 */
export function keyComments(reading: PostPageReading, installKey: Uint8Array, readAt: Date): CommentSample | null {
  const seen = new Set<string>();
  const comments: Comment[] = [];
  for (const raw of reading.comments) {
    if (comments.length >= EVIDENCE_CAPS.commentsPerPost) break;
    if (!raw.authorHandle || seen.has(raw.id)) continue;
    seen.add(raw.id);
    comments.push(keyed(installKey, raw, reading.postId));
  }
  if (comments.length === 0) return null;
  return {
    postId: reading.postId,
    totalComments: reading.totalComments,
    comments,
    readAt: readAt.toISOString(),
    sources: reading.sources.slice(0, 20),
  };
}
