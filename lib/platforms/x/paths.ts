/**
 * Where X (Twitter) has put profile and post data, generation by generation. When X changes its
 * GraphQL shapes or its rendered DOM, this file is what changes: each entry names the month it was
 * seen and the saved page under tests/fixtures/x/ that shows it (checked by
 * tests/lib/platforms/page-paths.test.ts). Ladders are newest shape first. Paths inside a user or a
 * tweet start from that object.
 */
import type { PagePath, ProfileHeader, Selector } from '../page-path';

export const X_ORIGIN = 'https://x.com';

const BY_SCREEN_NAME_2023 = '2023-04_graphql_UserByScreenName_legacy.json';
const BY_SCREEN_NAME_2026_06 = '2026-06_graphql_UserByScreenName_core-and-legacy.json';
const BY_SCREEN_NAME_2026_08 = '2026-08_graphql_UserByScreenName_no-legacy.json';
const TWEETS_2023 = '2023-04_graphql_UserTweets_timeline_v2.json';
const TWEETS_2026_08 = '2026-08_graphql_UserTweets_timeline_no-user-legacy.json';
const PROFILE_2025 = '2025-11_profile_rendered-dom_en-GB_badlogicgames.html';

/** GraphQL responses (`/i/api/graphql/<id>/UserByScreenName`, `/UserTweets`), read by readCapture. */
export const X_GRAPHQL = {
  userResult: { path: ['data', 'user', 'result'], seen: '2026-08', fixture: BY_SCREEN_NAME_2026_08 },
  handle: [
    { path: ['core', 'screen_name'], seen: '2026-06', fixture: BY_SCREEN_NAME_2026_06 },
    { path: ['legacy', 'screen_name'], seen: '2023-04', fixture: BY_SCREEN_NAME_2023 },
  ],
  displayName: [
    { path: ['core', 'name'], seen: '2026-06', fixture: BY_SCREEN_NAME_2026_06 },
    { path: ['legacy', 'name'], seen: '2023-04', fixture: BY_SCREEN_NAME_2023 },
  ],
  createdAt: [
    { path: ['core', 'created_at'], seen: '2026-06', fixture: BY_SCREEN_NAME_2026_06 },
    { path: ['legacy', 'created_at'], seen: '2023-04', fixture: BY_SCREEN_NAME_2023 },
  ],
  followers: [
    // 695695 in 2026-08; `legacy.followers_count` 583731, 700242, 684927 from 2023-04 to 2026-06.
    { path: ['relationship_counts', 'followers'], seen: '2026-08', fixture: BY_SCREEN_NAME_2026_08 },
    { path: ['legacy', 'followers_count'], seen: '2026-06', fixture: BY_SCREEN_NAME_2026_06 },
  ],
  following: [
    { path: ['relationship_counts', 'following'], seen: '2026-08', fixture: BY_SCREEN_NAME_2026_08 },
    { path: ['legacy', 'friends_count'], seen: '2026-06', fixture: BY_SCREEN_NAME_2026_06 },
  ],
  postsCount: [
    { path: ['tweet_counts', 'tweets'], seen: '2026-08', fixture: BY_SCREEN_NAME_2026_08 },
    { path: ['legacy', 'statuses_count'], seen: '2026-06', fixture: BY_SCREEN_NAME_2026_06 },
  ],
  bio: [
    { path: ['profile_bio', 'description'], seen: '2026-08', fixture: BY_SCREEN_NAME_2026_08 },
    { path: ['legacy', 'description'], seen: '2023-04', fixture: BY_SCREEN_NAME_2023 },
  ],
  /** `{ urls: [{ url: "https://t.co/…", expanded_url }] }` for the website field and the bio. */
  websiteUrls: [
    { path: ['profile_bio', 'entities', 'url', 'urls'], seen: '2026-08', fixture: BY_SCREEN_NAME_2026_08 },
    { path: ['legacy', 'entities', 'url', 'urls'], seen: '2023-04', fixture: BY_SCREEN_NAME_2023 },
  ],
  bioUrls: [
    { path: ['profile_bio', 'entities', 'description', 'urls'], seen: '2026-08', fixture: TWEETS_2026_08 },
    { path: ['legacy', 'entities', 'description', 'urls'], seen: '2023-04', fixture: BY_SCREEN_NAME_2023 },
  ],
  /** Any of these true means a check mark on the profile (blue, business or legacy). */
  verifiedFlags: [
    { path: ['is_blue_verified'], seen: '2026-08', fixture: BY_SCREEN_NAME_2026_08 },
    { path: ['verification', 'verified'], seen: '2026-08', fixture: BY_SCREEN_NAME_2026_08 },
    // false for everyone after the 2023 change
    { path: ['legacy', 'verified'], seen: '2023-04', fixture: BY_SCREEN_NAME_2023 },
  ],
  /** "Community" in every saved user. */
  category: { path: ['professional', 'category', 0, 'name'], seen: '2026-08', fixture: BY_SCREEN_NAME_2026_08 },
  timelineInstructions: [
    { path: ['timeline', 'timeline', 'instructions'], seen: '2026-08', fixture: TWEETS_2026_08 },
    { path: ['timeline_v2', 'timeline', 'instructions'], seen: '2023-04', fixture: TWEETS_2023 },
  ],
  /** Per instruction: `TimelinePinEntry.entry`, `TimelineAddEntries.entries[]`, `TimelineAddToModule.moduleItems[]`. */
  pinEntry: { path: ['entry'], seen: '2026-08', fixture: TWEETS_2026_08 },
  entries: { path: ['entries'], seen: '2026-08', fixture: TWEETS_2026_08 },
  moduleItems: { path: ['moduleItems'], unverified: '[U] TimelineAddToModule, which appends to a conversation module; none in the saved timelines' },
  /** An entry holds one tweet (`tweet-…`) or a conversation module (`homeConversation-…`, `profile-conversation-…`). */
  entryItem: { path: ['content', 'itemContent'], seen: '2026-08', fixture: TWEETS_2026_08 },
  moduleEntries: { path: ['content', 'items'], seen: '2026-08', fixture: TWEETS_2026_08 },
  moduleItem: { path: ['item', 'itemContent'], seen: '2026-08', fixture: TWEETS_2026_08 },
  tweetResult: { path: ['tweet_results', 'result'], seen: '2026-08', fixture: TWEETS_2026_08 },
  promoted: { path: ['promotedMetadata'], unverified: '[U] marks an ad in a timeline; no saved timeline has one' },
  /** `__typename: "TweetWithVisibilityResults"` wraps the tweet one level down. */
  visibilityWrapped: { path: ['tweet'], unverified: '[U] no saved timeline has a wrapped tweet (the TweetDetail captures in ../shared/fixtures/real/x/ do)' },
  tweetAuthor: { path: ['core', 'user_results', 'result'], seen: '2026-08', fixture: TWEETS_2026_08 },
  /** Long posts: the full text is here and `legacy.full_text` is cut (2023-04 tweet 1625234161010343941). */
  noteText: { path: ['note_tweet', 'note_tweet_results', 'result', 'text'], seen: '2023-04', fixture: TWEETS_2023 },
  /** String of digits; `{ state: "Enabled" }` without `count` on posts from before view counting (2023-04, 2025-03). */
  views: { path: ['views', 'count'], seen: '2026-08', fixture: TWEETS_2026_08 },
  /** Retweets: the counts inside belong to the original author (2025-03 tweet 1897349232258130236). */
  retweeted: [
    { path: ['legacy', 'retweeted_status_result'], seen: '2026-08', fixture: TWEETS_2026_08 },
    { path: ['legacy', 'retweeted_status_id_str'], unverified: '[U] the id-only form of a retweet; the saved timelines have the full result' },
  ],
  media: [
    { path: ['legacy', 'extended_entities', 'media'], seen: '2026-08', fixture: TWEETS_2026_08 },
    { path: ['legacy', 'entities', 'media'], seen: '2026-08', fixture: TWEETS_2026_08 },
  ],
} as const satisfies Record<string, PagePath | readonly PagePath[]>;

/** A tweet's counts. */
export const X_TWEET_COUNTS = {
  likes: { path: ['legacy', 'favorite_count'], seen: '2026-08', fixture: TWEETS_2026_08 },
  comments: { path: ['legacy', 'reply_count'], seen: '2026-08', fixture: TWEETS_2026_08 },
  retweets: { path: ['legacy', 'retweet_count'], seen: '2026-08', fixture: TWEETS_2026_08 },
  quotes: { path: ['legacy', 'quote_count'], seen: '2026-08', fixture: TWEETS_2026_08 },
  saves: { path: ['legacy', 'bookmark_count'], seen: '2026-08', fixture: TWEETS_2026_08 },
} as const satisfies Record<string, PagePath>;

/**
 * The rendered profile (content script). `css-…`/`r-…` class names are build hashes and never used.
 * The saved page was captured with the "Control Panel for Twitter" extension active: its `cpft*`
 * classes are not X's either.
 */
export const X_DOM = {
  /** JSON-LD `mainEntity` (Person) with `additionalName` = handle and `interactionStatistic[]` Follows/Friends/Tweets (exact). */
  profileSchema: { path: 'script[data-testid="UserProfileSchema-test"]', seen: '2025-11', fixture: PROFILE_2025 },
  /** Display name, then "@badlogicgames". */
  userName: { path: '[data-testid="UserName"]', seen: '2025-11', fixture: PROFILE_2025 },
  verifiedIcon: { path: '[data-testid="UserName"] [data-testid="icon-verified"]', seen: '2025-11', fixture: PROFILE_2025 },
  description: { path: '[data-testid="UserDescription"]', seen: '2025-11', fixture: PROFILE_2025 },
  /** Visible text "mariozechner.at"; the href is a t.co redirect. */
  userUrl: { path: '[data-testid="UserUrl"]', seen: '2025-11', fixture: PROFILE_2025 },
  /** "Joined September 2010" (en only; JSON-LD `dateCreated` is preferred). */
  joinDate: { path: '[data-testid="UserJoinDate"]', seen: '2025-11', fixture: PROFILE_2025 },
  primaryColumn: { path: '[data-testid="primaryColumn"]', seen: '2025-11', fixture: PROFILE_2025 },
  /** 9 articles on the saved profile, one with socialContext "Pinned". */
  post: { path: 'article[data-testid="tweet"]', seen: '2025-11', fixture: PROFILE_2025 },
  postTime: { path: 'article[data-testid="tweet"] time[datetime]', seen: '2025-11', fixture: PROFILE_2025 },
  permalink: { path: 'article[data-testid="tweet"] a[href*="/status/"]', seen: '2025-11', fixture: PROFILE_2025 },
  /**
   * "202 replies, 225 reposts, 6522 likes, 295 bookmarks, 353404 views"; zero counts are left out
   * (2025-11_status_rendered-dom_en-GB_zero-counts-omitted.html).
   */
  postGroup: { path: 'article[data-testid="tweet"] div[role="group"][aria-label]', seen: '2025-11', fixture: PROFILE_2025 },
  socialContext: { path: 'article[data-testid="tweet"] [data-testid="socialContext"]', seen: '2025-11', fixture: PROFILE_2025 },
  postText: { path: 'article[data-testid="tweet"] [data-testid="tweetText"]', seen: '2025-11', fixture: PROFILE_2025 },
  photo: { path: 'article[data-testid="tweet"] [data-testid="tweetPhoto"]', seen: '2025-11', fixture: PROFILE_2025 },
  video: [
    { path: 'article[data-testid="tweet"] [data-testid="videoPlayer"]', seen: '2025-11', fixture: PROFILE_2025 },
    { path: 'article[data-testid="tweet"] [data-testid="videoComponent"]', seen: '2025-11', fixture: PROFILE_2025 },
  ],
  /** A quoted post inside an article: its text, media and time are not the outer post's. */
  quoted: { path: 'article[data-testid="tweet"] div[role="link"]', seen: '2025-11', fixture: PROFILE_2025 },
  /**
   * The sign-up bar X shows only to logged-out visitors ("Don't miss what's happening", Log in,
   * Sign up). Logged out, X shows a profile's popular posts, not its timeline: the saved
   * 2025-11 profile lists posts of 2025-09-19, 2021-11-06, 2025-10-25, 2025-10-25, 2024-01-21,
   * 2024-06-08, 2025-07-02, 2025-06-01 and 2023-05-10 after its pinned one.
   */
  loggedOut: [
    { path: '[data-testid="BottomBar"]', seen: '2025-11', fixture: PROFILE_2025 },
    { path: 'a[data-testid="login"]', seen: '2025-11', fixture: PROFILE_2025 },
  ],
} as const satisfies Record<string, Selector | readonly Selector[]>;

/**
 * Per-post buttons, the fallback when the group label is in a language we cannot read: the test id
 * says which metric, the aria-label starts with the exact number ("6522 Likes. Like"). The bookmark
 * button says only "Bookmark" on the profile timeline, so a label without digits is unknown, not 0.
 */
export const X_POST_BUTTONS = {
  replies: { path: 'article[data-testid="tweet"] [data-testid="reply"]', seen: '2025-11', fixture: PROFILE_2025 },
  reposts: { path: 'article[data-testid="tweet"] [data-testid="retweet"]', seen: '2025-11', fixture: PROFILE_2025 },
  likes: { path: 'article[data-testid="tweet"] [data-testid="like"]', seen: '2025-11', fixture: PROFILE_2025 },
  bookmarks: { path: 'article[data-testid="tweet"] [data-testid="bookmark"]', seen: '2025-11', fixture: PROFILE_2025 },
  /** "353404 views. View post analytics". */
  views: { path: 'article[data-testid="tweet"] a[href$="/analytics"]', seen: '2025-11', fixture: PROFILE_2025 },
} as const satisfies Record<string, Selector>;

/** The header's count links, `/<handle>/<suffix>`; the followers link is `/verified_followers` in 2025-11. */
export const X_COUNT_LINKS = {
  followers: [
    { path: 'a[href$="/verified_followers"]', seen: '2025-11', fixture: PROFILE_2025 },
    { path: 'a[href$="/followers"]', unverified: '[U] the followers link of earlier headers; the saved one links to verified_followers' },
  ],
  following: [{ path: 'a[href$="/following"]', seen: '2025-11', fixture: PROFILE_2025 }],
} as const satisfies Record<string, readonly Selector[]>;

/** JSON-LD `interactionStatistic[].name` (and `interactionType` as a fallback) per creator count. */
export const X_JSONLD_STATS = {
  followers: { name: 'Follows', type: 'FollowAction' },
  following: { name: 'Friends', type: 'SubscribeAction' },
  postsCount: { name: 'Tweets', type: 'WriteAction' },
} as const;

export type GroupMetric = 'replies' | 'reposts' | 'likes' | 'bookmarks' | 'views';

/**
 * Words of the post group label, singular and plural ("1 reply", "202 replies"). Seen en-GB 2025-11;
 * "retweets"/"quotes" are older English wording [U]. Other languages fall back to the buttons.
 */
export const X_GROUP_WORDS: Readonly<Record<string, GroupMetric>> = {
  reply: 'replies',
  replies: 'replies',
  repost: 'reposts',
  reposts: 'reposts',
  retweet: 'reposts',
  retweets: 'reposts',
  like: 'likes',
  likes: 'likes',
  bookmark: 'bookmarks',
  bookmarks: 'bookmarks',
  view: 'views',
  views: 'views',
};

/** "97K posts" under the name in the sticky top bar (en only; JSON-LD "Tweets" is preferred). */
export const X_POSTS_TEXT = /^\s*(\d[\d.,]*\s*[KMB]?)\s+posts?\s*$/i;

/** "Joined September 2010" (en). */
export const X_JOINED_TEXT = /(January|February|March|April|May|June|July|August|September|October|November|December)\s+(\d{4})/i;

/** Profile tabs that show a selection the creator picked rather than the timeline. */
export const X_SELECTION_TABS = new Set(['highlights']);

/**
 * The profile header the overlay keeps clear of (lib/content/avoid-header.ts). A selector that
 * matches nothing costs nothing: the overlay then keeps its corner.
 */
export const X_HEADER = {
  avatar: { path: '[data-testid="primaryColumn"] [data-testid^="UserAvatar-Container"]', seen: '2025-11', fixture: '2025-11_profile_rendered-dom_en-GB_badlogicgames.html' },
  name: { path: '[data-testid="UserName"]', seen: '2025-11', fixture: '2025-11_profile_rendered-dom_en-GB_badlogicgames.html' },
  counts: { path: '[data-testid="primaryColumn"] a[href$="/following"], [data-testid="primaryColumn"] a[href$="/verified_followers"]', seen: '2025-11', fixture: '2025-11_profile_rendered-dom_en-GB_badlogicgames.html' },
  bio: { path: '[data-testid="UserDescription"], [data-testid="UserProfileHeader_Items"]', seen: '2025-11', fixture: '2025-11_profile_rendered-dom_en-GB_badlogicgames.html' },
} as const satisfies ProfileHeader;
