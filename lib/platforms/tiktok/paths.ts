/**
 * Where TikTok keeps each value, by page generation. When TikTok changes its pages, this is the
 * file to update: each entry names the month it was seen and the saved page under
 * tests/fixtures/tiktok/ that shows it (checked by tests/lib/platforms/page-paths.test.ts;
 * provenance of the pages in ../shared/fixtures/real/SOURCES.md).
 */
import type { KeyPath, PagePath, ProfileHeader, Selector } from '../page-path';

export const PROFILE_URL_PREFIX = 'https://www.tiktok.com/@';

/** `<script id=…>` containers of embedded JSON, most recent generation first. */
export const SCRIPTS = [
  // The app context only from 2023-02, with the user from 2025-12.
  { path: 'script#__UNIVERSAL_DATA_FOR_REHYDRATION__', seen: '2025-12', fixture: '2025-12_profile_rendered-dom_universal-data_en-ES_illojuan.html' },
  { path: 'script#SIGI_STATE', seen: '2023-02', fixture: '2023-02_profile_rendered-dom_sigi-state-and-universal_en_dylanlemay.html' },
  { path: 'script#__NEXT_DATA__', seen: '2021-01', fixture: '2021-01_profile_next-data-script_en-NL_tiktok.html' },
] as const satisfies readonly Selector[];

/** JSON paths inside those containers. */
export const JSON_PATHS = {
  universalUserInfo: { path: ['__DEFAULT_SCOPE__', 'webapp.user-detail', 'userInfo'], seen: '2025-12', fixture: '2025-12_profile_rendered-dom_universal-data_en-ES_illojuan.html' },
  universalVideoItem: { path: ['__DEFAULT_SCOPE__', 'webapp.video-detail', 'itemInfo', 'itemStruct'], seen: '2025-12', fixture: '2025-12_video_rendered-dom_universal-data_en-ES_illojuan.html' },
  sigiUsers: { path: ['UserModule', 'users'], seen: '2023-02', fixture: '2023-02_profile_rendered-dom_sigi-state-and-universal_en_dylanlemay.html' },
  sigiStats: { path: ['UserModule', 'stats'], seen: '2023-02', fixture: '2023-02_profile_rendered-dom_sigi-state-and-universal_en_dylanlemay.html' },
  sigiItems: { path: ['ItemModule'], seen: '2023-02', fixture: '2023-02_profile_rendered-dom_sigi-state-and-universal_en_dylanlemay.html' },
  sigiPostOrder: { path: ['ItemList', 'user-post', 'list'], seen: '2023-02', fixture: '2023-02_profile_rendered-dom_sigi-state-and-universal_en_dylanlemay.html' },
  // `props.initialProps.$user` is the logged-in viewer, not the profile: never read it.
  nextUserInfo: { path: ['props', 'pageProps', 'userInfo'], seen: '2021-01', fixture: '2021-01_profile_next-data-script_en-NL_tiktok.html' },
  nextItems: { path: ['props', 'pageProps', 'items'], seen: '2021-01', fixture: '2021-01_profile_next-data-script_en-NL_tiktok.html' },
} as const satisfies Record<string, PagePath>;

/**
 * Profile counters: the key in `stats`/`statsV2` for each creator count. `stats` ints are rounded
 * for anything ≥ 10 000, `statsV2` strings are exact on the profile (783400 vs "783427" in
 * 2025-12_profile_rendered-dom_universal-data_en-ES_illojuan.html; 4000000 vs "4001943" in
 * 2026-01_userInfo-extracted_scrapfly.json). `heart` and `heartCount` carry the same total;
 * heartCount is the one present in every generation.
 */
export const PROFILE_STAT_KEYS = {
  followers: { path: ['followerCount'], seen: '2025-12', fixture: '2025-12_profile_rendered-dom_universal-data_en-ES_illojuan.html' },
  following: { path: ['followingCount'], seen: '2025-12', fixture: '2025-12_profile_rendered-dom_universal-data_en-ES_illojuan.html' },
  postsCount: { path: ['videoCount'], seen: '2025-12', fixture: '2025-12_profile_rendered-dom_universal-data_en-ES_illojuan.html' },
  totalLikes: { path: ['heartCount'], seen: '2021-01', fixture: '2021-01_profile_next-data-script_en-NL_tiktok.html' },
} as const satisfies Record<string, KeyPath>;

/** Per-post counters in `item.stats`/`item.statsV2` (`collectCount` is a string inside `stats` in 2024-06 and 2025-12). */
export const POST_STAT_KEYS = {
  likes: { path: ['diggCount'], seen: '2026-01', fixture: '2026-01_item_list-subset_scrapfly.json' },
  comments: { path: ['commentCount'], seen: '2026-01', fixture: '2026-01_item_list-subset_scrapfly.json' },
  views: { path: ['playCount'], seen: '2026-01', fixture: '2026-01_item_list-subset_scrapfly.json' },
  shares: { path: ['shareCount'], seen: '2026-01', fixture: '2026-01_item_list-subset_scrapfly.json' },
  saves: { path: ['collectCount'], seen: '2024-06', fixture: '2024-06_video_html_universal-data_en.html' },
} as const satisfies Record<string, KeyPath>;

/** Item flags that mark paid content: `isAd: true` on a promoted post; `adAuthorization` (a Spark Ads code granted to an advertiser), false in 2023-02. */
export const SPONSORED_FLAGS = [
  { path: ['isAd'], seen: '2021-01', fixture: '2021-01_profile_next-data-script_en-NL_tiktok.html' },
  { path: ['adAuthorization'], seen: '2023-02', fixture: '2023-02_profile_rendered-dom_sigi-state-and-universal_en_dylanlemay.html' },
] as const satisfies readonly KeyPath[];

/** Item flag for a post pinned to the top of the grid. */
export const PINNED_FLAG = { path: ['isPinned'], unverified: '[U] item_list and user-detail items; no saved list has a pinned post, which the order gives away instead (pinnedFromOrder)' } as const satisfies KeyPath;

/** JSON-LD `interactionStatistic[].interactionType` → creator count (exact values), seen 2025-12 and 2026-04. */
export const JSONLD_COUNTS = {
  FollowAction: 'followers',
  LikeAction: 'totalLikes',
} as const;

/** JSON-LD `disambiguatingDescription` of a verified account (2025-12_profile_rendered-dom_universal-data_en-ES_illojuan.html). */
export const JSONLD_VERIFIED = 'verified';

/** Rendered-DOM hooks. Hashed class names are never used. */
export const DOM = {
  followers: { path: '[data-e2e="followers-count"]', seen: '2026-04', fixture: '2026-04_profile_rendered-dom_fr-UI_jsonld_mounirlelion.html' },
  following: { path: '[data-e2e="following-count"]', seen: '2026-04', fixture: '2026-04_profile_rendered-dom_fr-UI_jsonld_mounirlelion.html' },
  totalLikes: { path: '[data-e2e="likes-count"]', seen: '2026-04', fixture: '2026-04_profile_rendered-dom_fr-UI_jsonld_mounirlelion.html' },
  bio: { path: '[data-e2e="user-bio"]', seen: '2026-04', fixture: '2026-04_profile_rendered-dom_fr-UI_jsonld_mounirlelion.html' },
  bioLink: { path: 'a[data-e2e="user-link"]', seen: '2026-04', fixture: '2026-04_profile_rendered-dom_fr-UI_jsonld_mounirlelion.html' },
  // One of the two is the handle, the other the nickname; which is which changed between 2025-12
  // (title = handle, illojuan) and 2026-04 (title = nickname, mounirlelion).
  title: { path: '[data-e2e="user-title"]', seen: '2026-04', fixture: '2026-04_profile_rendered-dom_fr-UI_jsonld_mounirlelion.html' },
  subtitle: { path: '[data-e2e="user-subtitle"]', seen: '2026-04', fixture: '2026-04_profile_rendered-dom_fr-UI_jsonld_mounirlelion.html' },
  postItem: { path: '[data-e2e="user-post-item"]', seen: '2026-04', fixture: '2026-04_profile_rendered-dom_fr-UI_jsonld_mounirlelion.html' },
  postLink: { path: '[data-e2e="user-post-item"] a[href*="/video/"], [data-e2e="user-post-item"] a[href*="/photo/"]', seen: '2026-04', fixture: '2026-04_profile_rendered-dom_fr-UI_jsonld_mounirlelion.html' },
  postImage: { path: '[data-e2e="user-post-item"] img[alt]', seen: '2026-04', fixture: '2026-04_profile_rendered-dom_fr-UI_jsonld_mounirlelion.html' },
  postViews: { path: '[data-e2e="video-views"]', seen: '2026-04', fixture: '2026-04_profile_rendered-dom_fr-UI_jsonld_mounirlelion.html' },
  postBadge: { path: '[data-e2e="video-card-badge"]', seen: '2026-04', fixture: '2026-04_profile_rendered-dom_fr-UI_jsonld_mounirlelion.html' },
  /**
   * The grid's sort buttons, "Latest" / "Popular" / "Oldest" ("Récents" / "Populaire" / "La plus
   * ancienne" in 2026-04), the chosen one `data-active="true"`. Read by position: the first is the
   * latest posts in the UI language of the page. "Latest" is active in both saved pages.
   */
  sortOptions: { path: '#user-post-sort-control button', seen: '2025-12', fixture: '2025-12_profile_rendered-dom_universal-data_en-ES_illojuan.html' },
  sortActive: { path: '#user-post-sort-control button[data-active="true"]', seen: '2026-04', fixture: '2026-04_profile_rendered-dom_fr-UI_jsonld_mounirlelion.html' },
  /** Present once the profile shell has rendered. */
  profileShell: { path: '[data-e2e="user-page"]', seen: '2025-12', fixture: '2025-12_profile_rendered-dom_universal-data_en-ES_illojuan.html' },
} as const satisfies Record<string, Selector>;

/** Bio links go through TikTok's redirector; the real target is this query parameter (all three profile pages). */
export const BIO_LINK_TARGET_PARAM = 'target';

/**
 * Grid-card badge texts meaning "pinned". The card order also gives pinned posts away (see
 * pinnedFromOrder), so this list only has to catch what the order cannot: "épinglé" (fr, seen
 * 2026-04 in 2026-04_profile_rendered-dom_fr-UI_jsonld_mounirlelion.html); "pinned", its English
 * counterpart, is not in a saved page.
 */
export const PINNED_BADGE_LABELS = ['épinglé', 'pinned'];

/**
 * The grid thumbnail's `alt` is "<caption> created by <nickname> with <sound>"; the caption is the
 * part before the last marker. en seen 2023-02 and 2025-12 (dylanlemay, illojuan); fr seen 2026-04
 * (mounirlelion).
 */
export const ALT_CAPTION_MARKERS = [' created by ', ' créé par '];

/**
 * The profile header the overlay keeps clear of (lib/content/avoid-header.ts). A selector that
 * matches nothing costs nothing: the overlay then keeps its corner.
 */
export const PROFILE_HEADER = {
  avatar: { path: '[data-e2e="user-avatar"]', seen: '2025-12', fixture: '2025-12_profile_rendered-dom_universal-data_en-ES_illojuan.html' },
  name: { path: '[data-e2e="user-title"], [data-e2e="user-subtitle"]', seen: '2025-12', fixture: '2025-12_profile_rendered-dom_universal-data_en-ES_illojuan.html' },
  counts: { path: '[data-e2e="followers-count"], [data-e2e="following-count"], [data-e2e="likes-count"]', seen: '2025-12', fixture: '2025-12_profile_rendered-dom_universal-data_en-ES_illojuan.html' },
  bio: { path: '[data-e2e="user-bio"]', seen: '2025-12', fixture: '2025-12_profile_rendered-dom_universal-data_en-ES_illojuan.html' },
} as const satisfies ProfileHeader;
