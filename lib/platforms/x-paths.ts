/**
 * Where X (Twitter) has put profile and post data, generation by generation. Page knowledge is data:
 * when X changes its GraphQL shapes or its rendered DOM, this file is what changes. Each entry names
 * the date it was seen and the fixture (tests/fixtures/x/) that proves it; "[U]" marks unverified
 * hypotheses kept as fallbacks.
 */

export const X_ORIGIN = 'https://x.com';

type Path = ReadonlyArray<string | number>;

/** GraphQL responses (`/i/api/graphql/<id>/UserByScreenName`, `/UserTweets`), read by readCapture. */
export const X_GRAPHQL = {
  // seen 2023-04 … 2026-08, every x/*graphql*.json fixture
  userResult: ['data', 'user', 'result'] as Path,
  /** Newest shape first: each count tries these in order. */
  handle: [
    ['core', 'screen_name'], // seen 2026-06/2026-08, 2026-06_graphql_UserByScreenName_core-and-legacy.json
    ['legacy', 'screen_name'], // seen 2023-04/2025-03, 2023-04_graphql_UserByScreenName_legacy.json
  ] as Path[],
  displayName: [['core', 'name'], ['legacy', 'name']] as Path[],
  createdAt: [['core', 'created_at'], ['legacy', 'created_at']] as Path[],
  followers: [
    ['relationship_counts', 'followers'], // seen 2026-08, 2026-08_graphql_UserByScreenName_no-legacy.json (695695)
    ['legacy', 'followers_count'], // seen 2023-04 … 2026-06 (583731, 700242, 684927)
  ] as Path[],
  following: [['relationship_counts', 'following'], ['legacy', 'friends_count']] as Path[],
  postsCount: [['tweet_counts', 'tweets'], ['legacy', 'statuses_count']] as Path[],
  bio: [['profile_bio', 'description'], ['legacy', 'description']] as Path[],
  /** `{ urls: [{ url: "https://t.co/…", expanded_url }] }` for the website field and the bio. */
  websiteUrls: [['profile_bio', 'entities', 'url', 'urls'], ['legacy', 'entities', 'url', 'urls']] as Path[],
  bioUrls: [['profile_bio', 'entities', 'description', 'urls'], ['legacy', 'entities', 'description', 'urls']] as Path[],
  /** Any of these true means a check mark on the profile (blue, business or legacy). */
  verifiedFlags: [
    ['is_blue_verified'], // seen 2023-04 … 2026-08
    ['verification', 'verified'], // seen 2026-06/2026-08
    ['legacy', 'verified'], // seen 2023-04/2025-03 (false for everyone after the 2023 change)
  ] as Path[],
  category: ['professional', 'category', 0, 'name'] as Path, // "Community", seen 2023-04 … 2026-08
  timelineInstructions: [
    ['timeline', 'timeline', 'instructions'], // seen 2026-06/2026-08, 2026-06_graphql_UserTweets_timeline.json
    ['timeline_v2', 'timeline', 'instructions'], // seen 2023-04/2025-03, 2023-04_graphql_UserTweets_timeline_v2.json
  ] as Path[],
  /** Per instruction: `TimelinePinEntry.entry`, `TimelineAddEntries.entries[]`, `TimelineAddToModule.moduleItems[]` [U]. */
  pinEntry: ['entry'] as Path,
  entries: ['entries'] as Path,
  moduleItems: ['moduleItems'] as Path,
  /** An entry holds one tweet (`tweet-…`) or a conversation module (`homeConversation-…`, `profile-conversation-…`). */
  entryItem: ['content', 'itemContent'] as Path,
  moduleEntries: ['content', 'items'] as Path,
  moduleItem: ['item', 'itemContent'] as Path,
  tweetResult: ['tweet_results', 'result'] as Path,
  /** Ads in a timeline carry this on their itemContent [U: none in the fixtures]. */
  promoted: ['promotedMetadata'] as Path,
  /** `__typename: "TweetWithVisibilityResults"` wraps the tweet one level down [U: none in the fixtures]. */
  visibilityWrapped: ['tweet'] as Path,
  tweetAuthor: ['core', 'user_results', 'result'] as Path,
  /** Long posts: the full text is here and `legacy.full_text` is cut (2023-04 tweet 1625234161010343941). */
  noteText: ['note_tweet', 'note_tweet_results', 'result', 'text'] as Path,
  /** String of digits; `{ state: "Enabled" }` without `count` on posts from before view counting (2023-04, 2025-03). */
  views: ['views', 'count'] as Path,
  /** Retweets: the counts inside belong to the original author (2025-03 tweet 1897349232258130236). */
  retweeted: [['legacy', 'retweeted_status_result'], ['legacy', 'retweeted_status_id_str']] as Path[],
  media: [['legacy', 'extended_entities', 'media'], ['legacy', 'entities', 'media']] as Path[],
} as const;

/** Tweet `legacy` keys for each count. */
export const X_TWEET_COUNTS = {
  likes: 'favorite_count',
  comments: 'reply_count',
  retweets: 'retweet_count',
  quotes: 'quote_count',
  saves: 'bookmark_count',
} as const;

/** The rendered profile (content script). `css-…`/`r-…` class names are build hashes and never used. */
export const X_DOM = {
  // seen 2025-11, fixture 2025-11_profile_rendered-dom_en-GB_badlogicgames.html: `mainEntity`
  // (Person) with `additionalName` = handle and `interactionStatistic[]` Follows/Friends/Tweets (exact)
  profileSchema: 'script[data-testid="UserProfileSchema-test"]',
  // seen 2025-11, same fixture: display name, then "@badlogicgames"
  userName: '[data-testid="UserName"]',
  verifiedIcon: '[data-testid="icon-verified"]',
  description: '[data-testid="UserDescription"]',
  /** Visible text "mariozechner.at"; the href is a t.co redirect. */
  userUrl: '[data-testid="UserUrl"]',
  /** "Joined September 2010" (en only; JSON-LD `dateCreated` is preferred). */
  joinDate: '[data-testid="UserJoinDate"]',
  primaryColumn: '[data-testid="primaryColumn"]',
  // seen 2025-11, same fixture: 9 articles, one with socialContext "Pinned"
  post: 'article[data-testid="tweet"]',
  postTime: 'time[datetime]',
  permalink: 'a[href*="/status/"]',
  // "202 replies, 225 reposts, 6522 likes, 295 bookmarks, 353404 views"; zero counts are left out
  // (2025-11_status_rendered-dom_en-GB_zero-counts-omitted.html)
  postGroup: 'div[role="group"][aria-label]',
  socialContext: '[data-testid="socialContext"]',
  postText: '[data-testid="tweetText"]',
  photo: '[data-testid="tweetPhoto"]',
  video: '[data-testid="videoPlayer"], [data-testid="videoComponent"]',
  /** A quoted post inside an article: its text, media and time are not the outer post's. */
  quoted: 'div[role="link"]',
} as const;

/**
 * Per-post buttons, the fallback when the group label is in a language we cannot read: the test id
 * says which metric, the aria-label starts with the exact number ("6522 Likes. Like"). The bookmark
 * button says only "Bookmark" on the profile timeline, so a label without digits is unknown, not 0.
 * seen 2025-11, fixtures 2025-11_profile_rendered-dom_en-GB_badlogicgames.html and the two status pages.
 */
export const X_POST_BUTTONS = {
  replies: '[data-testid="reply"]',
  reposts: '[data-testid="retweet"]',
  likes: '[data-testid="like"]',
  bookmarks: '[data-testid="bookmark"]',
  views: 'a[href$="/analytics"]', // "353404 views. View post analytics"
} as const;

/** Path suffixes of the header count links, per handle; `/verified_followers` is what 2025-11 shows. */
export const X_COUNT_LINKS = {
  followers: ['/verified_followers', '/followers'],
  following: ['/following'],
} as const;

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
