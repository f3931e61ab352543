/**
 * Where TikTok keeps each value, by page generation. Data, not logic: when TikTok changes its
 * pages, this is the file to update. Every entry names the capture that proves it (fixture files
 * under tests/fixtures/tiktok/, provenance in shared/fixtures/real/SOURCES.md).
 */

/** `<script id=…>` containers of embedded JSON, most recent generation first. */
export const SCRIPT_IDS = {
  // seen 2023-02 (app context only) → 2025-12 (with user-detail),
  // fixture tiktok/2025-12_profile_rendered-dom_universal-data_en-ES_illojuan.html
  universal: '__UNIVERSAL_DATA_FOR_REHYDRATION__',
  // seen 2023-02, fixture tiktok/2023-02_profile_rendered-dom_sigi-state-and-universal_en_dylanlemay.html
  sigi: 'SIGI_STATE',
  // seen 2021-01, fixture tiktok/2021-01_profile_next-data-script_en-NL_tiktok.html
  next: '__NEXT_DATA__',
} as const;

/** JSON paths inside those containers. */
export const JSON_PATHS = {
  // seen 2025-12, fixture tiktok/2025-12_profile_rendered-dom_universal-data_en-ES_illojuan.html
  universalUserInfo: ['__DEFAULT_SCOPE__', 'webapp.user-detail', 'userInfo'],
  // seen 2024-06 and 2025-12, fixture tiktok/2025-12_video_rendered-dom_universal-data_en-ES_illojuan.html
  universalVideoItem: ['__DEFAULT_SCOPE__', 'webapp.video-detail', 'itemInfo', 'itemStruct'],
  // seen 2025-12 (`language`), fixture tiktok/2025-12_profile_rendered-dom_universal-data_en-ES_illojuan.html
  universalLanguage: ['__DEFAULT_SCOPE__', 'webapp.app-context', 'language'],
  // seen 2023-02, fixture tiktok/2023-02_profile_rendered-dom_sigi-state-and-universal_en_dylanlemay.html
  sigiUsers: ['UserModule', 'users'],
  sigiStats: ['UserModule', 'stats'],
  sigiItems: ['ItemModule'],
  sigiPostOrder: ['ItemList', 'user-post', 'list'],
  // seen 2021-01, fixture tiktok/2021-01_profile_next-data-script_en-NL_tiktok.html
  // (`props.initialProps.$user` is the logged-in viewer, not the profile: never read it)
  nextUserInfo: ['props', 'pageProps', 'userInfo'],
  nextItems: ['props', 'pageProps', 'items'],
} as const;

/**
 * Profile counters: key in `stats`/`statsV2` for each creator count. `stats` ints are rounded for
 * anything ≥ 10 000, `statsV2` strings are exact on the profile (783400 vs "783427", seen 2025-12,
 * fixture tiktok/2025-12_profile_…_illojuan.html; 4000000 vs "4001943", seen 2026-01, fixture
 * tiktok/2026-01_userInfo-extracted_scrapfly.json).
 */
export const PROFILE_STAT_KEYS = {
  followers: 'followerCount',
  following: 'followingCount',
  postsCount: 'videoCount',
  // `heart` and `heartCount` carry the same total; heartCount is the one present in every era.
  totalLikes: 'heartCount',
} as const;

/**
 * Per-post counters in `item.stats`/`item.statsV2` (seen 2021-01 → 2026-01; `collectCount` is a
 * string inside `stats` in 2024-06/2025-12, fixture tiktok/2024-06_video_html_universal-data_en.html).
 */
export const POST_STAT_KEYS = {
  likes: 'diggCount',
  comments: 'commentCount',
  views: 'playCount',
  shares: 'shareCount',
  saves: 'collectCount',
} as const;

/**
 * Item flags that mark paid content. `isAd: true` seen 2021-01 on a promoted post, fixture
 * tiktok/2021-01_profile_next-data-script_en-NL_tiktok.html; `adAuthorization` (Spark Ads code
 * granted to an advertiser) present, false, 2023-02, fixture tiktok/2023-02_…_dylanlemay.html.
 */
export const SPONSORED_FLAGS = ['isAd', 'adAuthorization'] as const;

/** Item flag for a post pinned to the top of the grid (item_list/user-detail items). */
export const PINNED_FLAG = 'isPinned';

/** JSON-LD `interactionStatistic[].interactionType` → creator count (exact values). */
export const JSONLD_COUNTS = {
  // seen 2025-12 and 2026-04, fixture tiktok/2026-04_profile_rendered-dom_fr-UI_jsonld_mounirlelion.html
  FollowAction: 'followers',
  LikeAction: 'totalLikes',
} as const;

/** JSON-LD `disambiguatingDescription` for a verified account (seen 2025-12, illojuan fixture). */
export const JSONLD_VERIFIED = 'verified';

/** Rendered-DOM hooks. Hashed class names are never used. */
export const DOM = {
  // seen 2023-02, 2025-12, 2026-04 (all three profile fixtures)
  followers: '[data-e2e="followers-count"]',
  following: '[data-e2e="following-count"]',
  totalLikes: '[data-e2e="likes-count"]',
  bio: '[data-e2e="user-bio"]',
  bioLink: 'a[data-e2e="user-link"]',
  // One of the two is the handle, the other the nickname; which is which changed between
  // 2025-12 (title = handle, illojuan fixture) and 2026-04 (title = nickname, mounirlelion fixture).
  title: '[data-e2e="user-title"]',
  subtitle: '[data-e2e="user-subtitle"]',
  postItem: '[data-e2e="user-post-item"]',
  postLink: 'a[href*="/video/"], a[href*="/photo/"]',
  postViews: '[data-e2e="video-views"]',
  // seen 2026-04 ("Épinglé"), fixture tiktok/2026-04_profile_rendered-dom_fr-UI_jsonld_mounirlelion.html
  postBadge: '[data-e2e="video-card-badge"]',
  // Present once the profile shell has rendered (all three profile fixtures).
  profileShell: '[data-e2e="user-page"]',
} as const;

/** Bio links go through TikTok's redirector; the real target is this query parameter (all three profile fixtures). */
export const BIO_LINK_TARGET_PARAM = 'target';

/**
 * Grid-card badge texts meaning "pinned". The card order also gives pinned posts away (see
 * pinnedFromOrder), so this list only has to catch what the order cannot.
 */
export const PINNED_BADGE_LABELS = [
  'épinglé', // fr, seen 2026-04, fixture tiktok/2026-04_profile_rendered-dom_fr-UI_jsonld_mounirlelion.html
  'pinned', // en — not in a fixture: the English counterpart of the badge above
];

/**
 * The grid thumbnail's `alt` is "<caption> created by <nickname> with <sound>"; the caption is the
 * part before the last marker. en seen 2023-02 and 2025-12 (dylanlemay, illojuan fixtures); fr seen
 * 2026-04 (mounirlelion fixture).
 */
export const ALT_CAPTION_MARKERS = [' created by ', ' créé par '];

/** Canonical URLs. */
export const PROFILE_URL_PREFIX = 'https://www.tiktok.com/@';
