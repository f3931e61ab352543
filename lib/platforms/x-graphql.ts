/**
 * X's GraphQL responses (`UserByScreenName`, `UserTweets`), as the page-world script captures them,
 * read into a creator and posts. Pure: everything, "now" included, is passed in.
 */
import { CAPS, capCount, capText } from '../contracts/caps';
import type { Creator, Post, Provenance } from '../contracts/creator';
import { extractEmails, normalizeLink } from '../parse/contact';
import { at, asArray, asObject, asString } from '../parse/json-path';
import { hasDisclosure } from '../parse/sponsored';
import { profileRefFromUrl } from './profile-url';
import type { CaptureResult, ReadContext } from './types';
import { X_GRAPHQL, X_ORIGIN, X_TWEET_COUNTS } from './x-paths';

type Path = ReadonlyArray<string | number>;
type CountKey = 'followers' | 'following' | 'postsCount';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * X's `created_at` ("Sat Dec 14 04:35:55 +0000 2013") as ISO 8601. Parsed by hand: `Date.parse`
 * of this format is engine-specific.
 */
export function parseXCreatedAt(value: unknown): string | null {
  const m = /^\w{3} (\w{3}) (\d{1,2}) (\d{2}):(\d{2}):(\d{2}) ([+-])(\d{2})(\d{2}) (\d{4})$/.exec(asString(value)?.trim() ?? '');
  if (!m) return null;
  const month = MONTHS.indexOf((m[1] ?? '').toLowerCase());
  if (month < 0) return null;
  const offsetMinutes = (m[6] === '-' ? -1 : 1) * (Number(m[7]) * 60 + Number(m[8]));
  const ms = Date.UTC(Number(m[9]), month, Number(m[2]), Number(m[3]), Number(m[4]), Number(m[5])) - offsetMinutes * 60_000;
  const date = new Date(ms);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

function firstAt(value: unknown, paths: ReadonlyArray<Path>): { value: unknown; path: Path } | null {
  for (const path of paths) {
    const found = at(value, ...path);
    if (found !== undefined && found !== null) return { value: found, path };
  }
  return null;
}

/** `legacy.full_text` escapes these three (and only these); note-tweet text does not. */
function unescapeTweetText(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

/** Expanded URLs of an `entities.*.urls` list; the t.co redirects say nothing about the creator. */
function expandedUrls(list: unknown): Array<{ short: string; expanded: string }> {
  return asArray(list).flatMap((entry) => {
    const expanded = asString(at(entry, 'expanded_url'));
    return expanded ? [{ short: asString(at(entry, 'url')) ?? '', expanded }] : [];
  });
}

/** The handle of a GraphQL user result, as X spells it. */
export function userHandle(user: unknown): string | null {
  const handle = asString(firstAt(user, X_GRAPHQL.handle)?.value);
  return handle && /^[A-Za-z0-9_]{1,15}$/.test(handle) ? handle : null;
}

/** A GraphQL user result (`__typename: "User"`, any generation 2023-04 … 2026-08) as a creator. */
export function creatorFromUser(user: unknown, context: ReadContext): Creator | null {
  const typename = asString(at(user, '__typename'));
  if (!asObject(user) || (typename !== undefined && typename !== 'User')) return null;
  const handle = userHandle(user);
  if (!handle) return null;

  const counts: Record<CountKey, number | null> = { followers: null, following: null, postsCount: null };
  const provenance: Creator['provenance'] = {};
  for (const key of ['followers', 'following', 'postsCount'] as const) {
    const found = firstAt(user, X_GRAPHQL[key]);
    const value = capCount(found?.value);
    if (found && value !== null) {
      counts[key] = value;
      provenance[key] = { source: 'capture', exact: true, via: `graphql:${found.path.join('.')}` } satisfies Provenance;
    }
  }

  let bio = asString(firstAt(user, X_GRAPHQL.bio)?.value) ?? '';
  const bioUrls = expandedUrls(firstAt(user, X_GRAPHQL.bioUrls)?.value);
  // The bio text carries t.co links; show where they really go.
  for (const { short, expanded } of bioUrls) if (short) bio = bio.split(short).join(expanded);
  bio = capText(bio, CAPS.bio);

  const links = [...expandedUrls(firstAt(user, X_GRAPHQL.websiteUrls)?.value), ...bioUrls]
    .map(({ expanded }) => normalizeLink(expanded))
    .filter((link): link is string => link !== null);

  const flags = X_GRAPHQL.verifiedFlags.map((path) => at(user, ...path)).filter((flag) => typeof flag === 'boolean');
  const lower = handle.toLowerCase();
  return {
    platform: 'x',
    handle: lower,
    displayName: capText(firstAt(user, X_GRAPHQL.displayName)?.value, CAPS.displayName),
    profileUrl: `${X_ORIGIN}/${lower}`,
    ...counts,
    totalLikes: null,
    verified: flags.length ? flags.includes(true) : null,
    bio,
    emails: extractEmails(bio),
    links: [...new Set(links)].slice(0, CAPS.listItems),
    category: capText(at(user, ...X_GRAPHQL.category), CAPS.category) || null,
    provenance,
    joinedAt: parseXCreatedAt(firstAt(user, X_GRAPHQL.createdAt)?.value),
    capturedAt: context.now.toISOString(),
  };
}

function postKind(tweet: unknown): Post['kind'] {
  const types = asArray(firstAt(tweet, X_GRAPHQL.media)?.value).map((m) => asString(at(m, 'type')));
  // A GIF plays as a looping video on X.
  if (types.some((t) => t === 'video' || t === 'animated_gif')) return 'video';
  return types.includes('photo') ? 'image' : 'text';
}

function legacyCount(tweet: unknown, key: string): number | null {
  return capCount(at(tweet, 'legacy', key));
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
    asString(at(tweet, ...X_GRAPHQL.noteText)) ?? unescapeTweetText(asString(at(tweet, 'legacy', 'full_text')) ?? ''),
    CAPS.caption,
  );
  const publishedAt = parseXCreatedAt(at(tweet, 'legacy', 'created_at'));
  const retweets = legacyCount(tweet, X_TWEET_COUNTS.retweets);
  return {
    id,
    url: `${X_ORIGIN}/${handle ?? 'i'}/status/${id}`,
    publishedAt,
    publishedAtPrecision: publishedAt ? 'exact' : null,
    likes: legacyCount(tweet, X_TWEET_COUNTS.likes),
    comments: legacyCount(tweet, X_TWEET_COUNTS.comments),
    // Absent on posts from before X counted views: unknown, not zero.
    views: capCount(at(tweet, ...X_GRAPHQL.views)),
    shares: retweets === null ? null : capCount(retweets + (legacyCount(tweet, X_TWEET_COUNTS.quotes) ?? 0)),
    saves: legacyCount(tweet, X_TWEET_COUNTS.saves),
    rounded: [],
    kind: postKind(tweet),
    pinned,
    sponsored: hasDisclosure(caption),
    caption,
  };
}

/** The tweet inside a timeline item, unwrapped; null for ads, tombstones and users. */
function tweetOfItem(itemContent: unknown): unknown {
  if (at(itemContent, ...X_GRAPHQL.promoted) !== undefined) return null;
  const result = at(itemContent, ...X_GRAPHQL.tweetResult);
  const typename = asString(at(result, '__typename'));
  if (typename === 'TweetWithVisibilityResults') return at(result, ...X_GRAPHQL.visibilityWrapped) ?? null;
  return typename === undefined || typename === 'Tweet' ? (result ?? null) : null;
}

interface TimelineTweet {
  tweet: unknown;
  pinned: boolean;
}

/** Tweets of a timeline in screen order, the pinned one first (X lists its instruction last in 2023-04). */
function timelineTweets(instructions: unknown[]): TimelineTweet[] {
  const pinned: TimelineTweet[] = [];
  const rest: TimelineTweet[] = [];
  for (const instruction of instructions) {
    const type = asString(at(instruction, 'type'));
    if (type === 'TimelinePinEntry') {
      const tweet = tweetOfItem(at(instruction, ...X_GRAPHQL.pinEntry, ...X_GRAPHQL.entryItem));
      if (tweet) pinned.push({ tweet, pinned: true });
      continue;
    }
    const items =
      type === 'TimelineAddEntries'
        ? asArray(at(instruction, ...X_GRAPHQL.entries)).flatMap((entry) => {
            const single = at(entry, ...X_GRAPHQL.entryItem);
            if (single !== undefined) return [single];
            return asArray(at(entry, ...X_GRAPHQL.moduleEntries)).map((item) => at(item, ...X_GRAPHQL.moduleItem));
          })
        : type === 'TimelineAddToModule'
          ? asArray(at(instruction, ...X_GRAPHQL.moduleItems)).map((item) => at(item, ...X_GRAPHQL.moduleItem))
          : [];
    for (const item of items) {
      const tweet = tweetOfItem(item);
      if (tweet) rest.push({ tweet, pinned: false });
    }
  }
  return [...pinned, ...rest];
}

function isRetweet(tweet: unknown): boolean {
  return X_GRAPHQL.retweeted.some((path) => at(tweet, ...path) !== undefined);
}

/** The timeline owner: the URL's handle, else the author of most of the timeline's own posts. */
function timelineOwner(tweets: TimelineTweet[], urlHandle: string | null): string | null {
  if (urlHandle) return urlHandle;
  const tally = new Map<string, number>();
  for (const { tweet } of tweets) {
    const author = userHandle(at(tweet, ...X_GRAPHQL.tweetAuthor))?.toLowerCase();
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
function readTimeline(instructions: unknown[], via: string, urlHandle: string | null, context: ReadContext): CaptureResult {
  const tweets = timelineTweets(instructions);
  const owner = timelineOwner(tweets, urlHandle);
  const posts: Post[] = [];
  const seen = new Set<string>();
  let creator: Creator | null = null;
  let ownerSeen = false;
  for (const { tweet, pinned } of tweets) {
    const authorUser = at(tweet, ...X_GRAPHQL.tweetAuthor);
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

/** A captured X GraphQL response: a profile (`UserByScreenName`) or a profile timeline (`UserTweets`). */
export function readXCapture(json: unknown, url: URL, context: ReadContext): CaptureResult {
  const fail = (reason: string): CaptureResult => ({ ok: false, creator: null, posts: [], sources: [], reason });
  try {
    const result = at(json, ...X_GRAPHQL.userResult);
    if (!asObject(result)) return fail('not an X user response');
    const ref = profileRefFromUrl(url);
    const urlHandle = ref?.platform === 'x' ? ref.handle : null;

    const instructions = firstAt(result, X_GRAPHQL.timelineInstructions);
    if (instructions && Array.isArray(instructions.value)) return readTimeline(instructions.value, instructions.path.join('.'), urlHandle, context);

    const typename = asString(at(result, '__typename'));
    if (typename === 'UserUnavailable') return fail('user unavailable');
    const creator = creatorFromUser(result, context);
    if (!creator) return fail('unknown user shape');
    // A hover card fetches other users while the profile is open: only the URL's creator counts.
    if (urlHandle && creator.handle !== urlHandle) return fail(`response is for @${creator.handle}, page is @${urlHandle}`);
    return { ok: true, creator, posts: [], sources: ['capture:graphql:UserByScreenName'] };
  } catch {
    return fail('unreadable response');
  }
}
