/**
 * An X `UserTweets`-like timeline (`timeline_v2` 2023-04 to 2025-03, `timeline` since 2026-06) read
 * into posts, in screen order with the pinned post first. Every saved timeline lists the latest
 * posts newest first after the pin (twscrape's logged-in captures; a self-thread inside a
 * conversation module runs oldest first, seconds apart).
 */
import { CAPS, capCount, capText } from '../../contracts/caps';
import type { Creator, Post } from '../../contracts/creator';
import { asArray, asObject, asString, at } from '../../parse/json-path';
import { hasDisclosure } from '../../parse/sponsored';
import { atPath, firstAt, pathOf } from '../page-path';
import type { CaptureResult, ReadContext } from '../types';
import { creatorFromUser, parseXCreatedAt, userHandle } from './graphql-user';
import { X_GRAPHQL, X_ORIGIN, X_TWEET_COUNTS } from './paths';

const present = (value: unknown) => (value === null ? undefined : value);

/** `legacy.full_text` escapes these three (and only these); note-tweet text does not. */
function unescapeTweetText(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

function postKind(tweet: unknown): Post['kind'] {
  const types = asArray(firstAt(tweet, X_GRAPHQL.media, present)?.value).map((m) => asString(at(m, 'type')));
  // A GIF plays as a looping video on X.
  if (types.some((t) => t === 'video' || t === 'animated_gif')) return 'video';
  return types.includes('photo') ? 'image' : 'text';
}

function tweetCount(tweet: unknown, key: keyof typeof X_TWEET_COUNTS): number | null {
  return capCount(atPath(tweet, X_TWEET_COUNTS[key]));
}

/**
 * One tweet as a post. `shares` is retweets + quotes: both put the post in front of the sharer's
 * followers, and it is what X's own "reposts" figure shows (status page 1797703769117069498: 77
 * retweets + 143 quotes = "220 reposts", fixture 2025-11_status_rendered-dom_en-GB_bigtechalert.html).
 */
export function postFromTweet(tweet: unknown, handle: string | null, pinned: boolean): Post | null {
  const id = asString(at(tweet, 'rest_id'));
  if (!id || !/^\d{1,40}$/.test(id) || !asObject(at(tweet, 'legacy'))) return null;
  const caption = capText(
    asString(atPath(tweet, X_GRAPHQL.noteText)) ?? unescapeTweetText(asString(at(tweet, 'legacy', 'full_text')) ?? ''),
    CAPS.caption,
  );
  const publishedAt = parseXCreatedAt(at(tweet, 'legacy', 'created_at'));
  const retweets = tweetCount(tweet, 'retweets');
  return {
    id,
    url: `${X_ORIGIN}/${handle ?? 'i'}/status/${id}`,
    publishedAt,
    publishedAtPrecision: publishedAt ? 'exact' : null,
    likes: tweetCount(tweet, 'likes'),
    comments: tweetCount(tweet, 'comments'),
    // Absent on posts from before X counted views: unknown, not zero.
    views: capCount(atPath(tweet, X_GRAPHQL.views)),
    shares: retweets === null ? null : capCount(retweets + (tweetCount(tweet, 'quotes') ?? 0)),
    saves: tweetCount(tweet, 'saves'),
    rounded: [],
    kind: postKind(tweet),
    pinned,
    sponsored: hasDisclosure(caption),
    caption,
  };
}

/** The tweet inside a timeline item, unwrapped; null for ads, tombstones and users. */
function tweetOfItem(itemContent: unknown): unknown {
  if (atPath(itemContent, X_GRAPHQL.promoted) !== undefined) return null;
  const result = atPath(itemContent, X_GRAPHQL.tweetResult);
  const typename = asString(at(result, '__typename'));
  if (typename === 'TweetWithVisibilityResults') return atPath(result, X_GRAPHQL.visibilityWrapped) ?? null;
  return typename === undefined || typename === 'Tweet' ? (result ?? null) : null;
}

interface TimelineTweet {
  tweet: unknown;
  pinned: boolean;
}

/** Tweets of a timeline in screen order, the pinned one first (X lists its instruction last in 2023-04). */
export function timelineTweets(instructions: unknown[]): TimelineTweet[] {
  const pinned: TimelineTweet[] = [];
  const rest: TimelineTweet[] = [];
  for (const instruction of instructions) {
    const type = asString(at(instruction, 'type'));
    if (type === 'TimelinePinEntry') {
      const tweet = tweetOfItem(at(instruction, ...pathOf(X_GRAPHQL.pinEntry), ...pathOf(X_GRAPHQL.entryItem)));
      if (tweet) pinned.push({ tweet, pinned: true });
      continue;
    }
    const items =
      type === 'TimelineAddEntries'
        ? asArray(atPath(instruction, X_GRAPHQL.entries)).flatMap((entry) => {
            const single = atPath(entry, X_GRAPHQL.entryItem);
            if (single !== undefined) return [single];
            return asArray(atPath(entry, X_GRAPHQL.moduleEntries)).map((item) => atPath(item, X_GRAPHQL.moduleItem));
          })
        : type === 'TimelineAddToModule'
          ? asArray(atPath(instruction, X_GRAPHQL.moduleItems)).map((item) => atPath(item, X_GRAPHQL.moduleItem))
          : [];
    for (const item of items) {
      const tweet = tweetOfItem(item);
      if (tweet) rest.push({ tweet, pinned: false });
    }
  }
  return [...pinned, ...rest];
}

function isRetweet(tweet: unknown): boolean {
  return X_GRAPHQL.retweeted.some((entry) => atPath(tweet, entry) !== undefined);
}

/** The timeline owner: the URL's handle, else the author of most of the timeline's own posts. */
function timelineOwner(tweets: TimelineTweet[], urlHandle: string | null): string | null {
  if (urlHandle) return urlHandle;
  const tally = new Map<string, number>();
  for (const { tweet } of tweets) {
    const author = userHandle(atPath(tweet, X_GRAPHQL.tweetAuthor))?.toLowerCase();
    if (author && !isRetweet(tweet)) tally.set(author, (tally.get(author) ?? 0) + 1);
  }
  let best: string | null = null;
  for (const [author, n] of tally) if (best === null || n > (tally.get(best) ?? 0)) best = author;
  return best;
}

/**
 * Posts of a `UserTweets`-like timeline. Retweets are skipped: their counts are the original
 * author's, not the creator's. So are posts by others (the parent of a reply, shown in a
 * conversation module) when the owner is known.
 */
export function readTimeline(instructions: unknown[], via: string, urlHandle: string | null, context: ReadContext): CaptureResult {
  const tweets = timelineTweets(instructions);
  const owner = timelineOwner(tweets, urlHandle);
  const posts: Post[] = [];
  const seen = new Set<string>();
  let creator: Creator | null = null;
  let ownerSeen = false;
  for (const { tweet, pinned } of tweets) {
    const authorUser = atPath(tweet, X_GRAPHQL.tweetAuthor);
    const author = userHandle(authorUser)?.toLowerCase() ?? null;
    if (owner && author && author !== owner) continue;
    ownerSeen = true;
    if (isRetweet(tweet)) continue;
    const post = postFromTweet(tweet, author ?? owner, pinned);
    if (!post || seen.has(post.id)) continue;
    seen.add(post.id);
    posts.push(post);
    creator ??= creatorFromUser(authorUser, context);
    if (posts.length >= CAPS.posts) break;
  }
  // Tweets, none of them the page creator's: another profile's timeline, not this one's.
  if (tweets.length && !ownerSeen) return { ok: false, creator: null, posts: [], sources: [], reason: `timeline is not @${owner}'s` };
  return { ok: true, creator, posts, sources: [`capture:graphql:${via}`] };
}

