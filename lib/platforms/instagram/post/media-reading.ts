/**
 * A `shortcode_media` node read whole: the post (../media.ts), its owner, and its comments. A reply
 * whose owner is the post's owner is the creator answering (ones_makau → karen.messenger,
 * 2025-02_reel_a1-json_graphql-shortcode-media-comments_ones_makau.json); no "liked by creator" flag exists in
 * this shape.
 */
import { capCount } from '../../../contracts/caps';
import { asArray, asObject, asString, at } from '../../../parse/json-path';
import { atPath } from '../../page-path';
import type { PostPageReading, RawComment } from '../../post-types';
import { cleanHandle } from '../handle';
import { mediaToPost } from '../media';
import { IG_COMMENT, IG_POST_MEDIA } from './post-paths';

function isoFromSeconds(value: unknown): string | null {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 && value < 1e11 ? new Date(value * 1000).toISOString() : null;
}

function commentsOf(media: unknown, ownerId: string | undefined): RawComment[] {
  const edges = [...asArray(atPath(media, IG_POST_MEDIA.hoistedComments)), ...asArray(atPath(media, IG_POST_MEDIA.comments))];
  const comments: RawComment[] = [];
  for (const edge of edges) {
    const node = at(edge, 'node');
    const id = asString(atPath(node, IG_COMMENT.id));
    const handle = cleanHandle(atPath(node, IG_COMMENT.ownerName));
    if (!id || !handle) continue;
    const replies = asArray(atPath(node, IG_COMMENT.replyEdges));
    const byCreator = ownerId !== undefined && asString(atPath(node, IG_COMMENT.ownerId)) === ownerId;
    comments.push({
      id,
      authorHandle: handle,
      text: asString(atPath(node, IG_COMMENT.text)) ?? '',
      publishedAt: isoFromSeconds(atPath(node, IG_COMMENT.created)),
      likes: capCount(atPath(node, IG_COMMENT.likes)),
      replies: capCount(atPath(node, IG_COMMENT.replies)),
      byCreator,
      // Only the replies the answer carries are known: a thread of 5 may show 2.
      creatorReplied: byCreator || ownerId === undefined ? null : replies.some((r) => asString(at(r, 'node', 'owner', 'id')) === ownerId),
      creatorLiked: null,
    });
  }
  return comments;
}

export function readShortcodeMedia(media: unknown, source: string): PostPageReading | null {
  const post = mediaToPost(media);
  if (!post || !asObject(media)) return null;
  const handle = cleanHandle(at(media, 'owner', 'username'));
  const ownerId = asString(atPath(media, IG_POST_MEDIA.ownerId));
  const verified = atPath(media, IG_POST_MEDIA.ownerVerified);
  return {
    platform: 'instagram',
    postId: post.id,
    author: handle
      ? { handle, displayName: asString(atPath(media, IG_POST_MEDIA.ownerName)) || null, followers: capCount(atPath(media, IG_POST_MEDIA.ownerFollowers)), verified: typeof verified === 'boolean' ? verified : null }
      : null,
    post,
    comments: commentsOf(media, ownerId),
    totalComments: post.comments,
    sources: [source],
  };
}
