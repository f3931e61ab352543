/**
 * An X `TweetDetail` answer: the focal post (its counts, its author) and the replies shown under it
 * as comments. A reply by the focal post's author is the creator commenting (a thread) or answering
 * a reply (which marks that reply as answered).
 */
import { capCount } from '../../../contracts/caps';
import { asArray, asString, at } from '../../../parse/json-path';
import { atPath } from '../../page-path';
import type { PostAuthor, PostReadResult, RawComment } from '../../post-types';
import type { ReadContext } from '../../types';
import { postFromTweet, timelineTweets } from '../graphql-timeline';
import { creatorFromUser, parseXCreatedAt, userHandle } from '../graphql-user';
import { X_GRAPHQL, X_TWEET_COUNTS } from '../paths';
import { TWEET_DETAIL } from './post-paths';

export function readTweetDetail(json: unknown, statusId: string | null, context: ReadContext): PostReadResult | null {
  const instructions = asArray(atPath(json, TWEET_DETAIL.instructions));
  if (instructions.length === 0) return null;
  const tweets = timelineTweets(instructions).map(({ tweet }) => tweet);
  const focal = tweets.find((t) => (statusId ? asString(at(t, 'rest_id')) === statusId : atPath(t, TWEET_DETAIL.inReplyTo) === undefined));
  if (!focal) return { ok: false, reason: 'other-post', tried: ['capture:TweetDetail'] };
  const authorUser = atPath(focal, X_GRAPHQL.tweetAuthor);
  const handle = userHandle(authorUser)?.toLowerCase() ?? null;
  const post = postFromTweet(focal, handle, false);
  if (!post) return null;
  const creator = creatorFromUser(authorUser, context);
  const author: PostAuthor | null = handle ? { handle, displayName: creator?.displayName || null, followers: creator?.followers ?? null, verified: creator?.verified ?? null } : null;

  const replies = tweets.filter((t) => t !== focal && atPath(t, TWEET_DETAIL.inReplyTo) !== undefined);
  const answeredByCreator = new Set(
    replies.filter((t) => userHandle(atPath(t, X_GRAPHQL.tweetAuthor))?.toLowerCase() === handle).map((t) => asString(atPath(t, TWEET_DETAIL.inReplyTo))),
  );
  const comments: RawComment[] = [];
  for (const reply of replies) {
    const id = asString(at(reply, 'rest_id'));
    const replier = userHandle(atPath(reply, X_GRAPHQL.tweetAuthor));
    if (!id || !replier) continue;
    comments.push({
      id,
      authorHandle: replier.toLowerCase(),
      text: asString(at(reply, 'legacy', 'full_text')) ?? '',
      publishedAt: parseXCreatedAt(at(reply, 'legacy', 'created_at')),
      likes: capCount(atPath(reply, X_TWEET_COUNTS.likes)),
      replies: capCount(atPath(reply, X_TWEET_COUNTS.comments)),
      byCreator: replier.toLowerCase() === handle,
      // The creator continuing their own thread is not an answer to someone.
      creatorReplied: replier.toLowerCase() === handle ? null : answeredByCreator.has(id),
      // X does not say whether the author liked a reply.
      creatorLiked: null,
    });
  }
  return { ok: true, platform: 'x', postId: post.id, author, post, comments, totalComments: post.comments, sources: ['capture:graphql:TweetDetail'] };
}
