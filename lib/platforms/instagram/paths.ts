/**
 * Where Instagram has put profile and post data, generation by generation. When Instagram changes a
 * page, this file is what changes: each entry names the month it was seen and the saved page under
 * tests/fixtures/instagram/ that shows it (checked by tests/lib/platforms/page-paths.test.ts).
 * Ladders are ordered: the reader tries the first rung first.
 */
import type { HandleSelector, PagePath, ProfileHeader, Selector } from '../page-path';

export const IG_ORIGIN = 'https://www.instagram.com';

/**
 * JSON embedded in the page's scripts. `window._sharedData = {…}` is the script marker of the
 * 2018-2022 generation (2018-04_profile_html_sharedData_logged-out_pavel_galeta.html,
 * 2021-06_profile_html_sharedData_logged-in_pluto__travel.html).
 */
export const IG_EMBEDDED = {
  sharedDataName: '_sharedData',
  sharedDataMarker: 'window._sharedData',
  /**
   * The scripts that can assign it: page code, not the JSON blocks (data-sjs, JSON-LD), which on
   * 2023+ pages are megabytes that would be searched for the marker for nothing.
   */
  sharedDataScripts: { path: 'script:not([type*="json"])', seen: '2021-06', fixture: '2021-06_profile_html_sharedData_logged-in_pluto__travel.html' },
  profileUser: { path: ['entry_data', 'ProfilePage', 0, 'graphql', 'user'], seen: '2021-06', fixture: '2021-06_profile_html_sharedData_logged-in_pluto__travel.html' },
  postMedia: { path: ['entry_data', 'PostPage', 0, 'graphql', 'shortcode_media'], seen: '2021-10', fixture: '2021-10_post_html_sharedData_logged-out_tesla.html' },
  language: { path: ['language_code'], seen: '2021-06', fixture: '2021-06_profile_html_sharedData_logged-in_pluto__travel.html' },
  // Since 2023 the page embeds its data in `<script type="application/json" data-sjs>` blocks, the
  // user and first posts nested deep inside a "require" structure, so the keys are looked for
  // wherever they sit. The saved pages have such blocks but not these two keys (logged out, or
  // sanitized): the keys come from a maintained scraper.
  sjsScripts: { path: 'script[type="application/json"][data-sjs]', seen: '2024-12', fixture: '2024-12_profile_html_logged-out_og-meta_pluto__travel.html' },
  sjsUserKey: { path: ['xig_user_by_username'], unverified: '[S] 2026 scrapfly-scrapers instagram.py: the profile HTML embeds the user under this key' },
  // Its `edges[].node` are the posts, embedded and in the POST /graphql/query answer (with or
  // without `data`); 2026-06_user-timeline-posts_derived-subset_scrapfly.json holds such nodes
  // without the envelope (`code` renamed `shortcode`).
  timelineKey: { path: ['xdt_api__v1__feed__user_timeline_graphql_connection'], unverified: '[S] 2026 scrapfly-scrapers instagram.py: the timeline connection, embedded and in the GraphQL answer' },
} as const satisfies Record<string, PagePath | Selector | string>;

/** Captured API responses (readCapture). */
export const IG_CAPTURE = {
  /** `/<user>/?__a=1` answered the page's own `graphql` object. */
  a1User: { path: ['graphql', 'user'], seen: '2018-03', fixture: '2018-03_profile_a1-json_graphql-user_pavel_galeta.json' },
  /** The same for a post (`/p/<code>/?__a=1`): the shape the post page embeds. */
  a1Media: { path: ['graphql', 'shortcode_media'], seen: '2021-10', fixture: '2021-10_post_html_sharedData_logged-out_tesla.html' },
  webProfileUser: { path: ['data', 'user'], unverified: '[S] 2023-06/2024-08 scrapers: api/v1/users/web_profile_info/?username= answers data.user, the fields of graphql.user' },
  xigUser: { path: ['xig_user_by_username'], unverified: '[S] 2026 scrapfly-scrapers instagram.py (a derived copy with renamed keys is 2026-07_user_derived-from-xig_user_by_username_scrapfly.json)' },
  xigUserInData: { path: ['data', 'xig_user_by_username'], unverified: '[S] 2026 scrapfly-scrapers instagram.py: the GraphQL answer wraps it in data' },
  feedItems: { path: ['items'], unverified: '[U] the v1 feed API (api/v1/feed/user/<id>/) answers { items: [...] } with the same node shape' },
} as const satisfies Record<string, PagePath>;

/** A user object's counts, by generation: graphql.user (2018-2022), web_profile_info (2023+), the 2026 xig user. */
export const IG_USER_COUNTS = {
  followers: [
    { path: ['edge_followed_by', 'count'], seen: '2021-06', fixture: '2021-06_profile_html_sharedData_logged-in_pluto__travel.html' },
    { path: ['follower_count'], unverified: '[S] 2023-06/2024-08 scrapers: web_profile_info and GraphQL users' },
    { path: ['followers'], seen: '2026-07', fixture: '2026-07_user_derived-from-xig_user_by_username_scrapfly.json' },
  ],
  following: [
    { path: ['edge_follow', 'count'], seen: '2021-06', fixture: '2021-06_profile_html_sharedData_logged-in_pluto__travel.html' },
    { path: ['following_count'], unverified: '[S] 2023-06/2024-08 scrapers: web_profile_info and GraphQL users' },
    { path: ['follows'], seen: '2026-07', fixture: '2026-07_user_derived-from-xig_user_by_username_scrapfly.json' },
  ],
  postsCount: [
    { path: ['edge_owner_to_timeline_media', 'count'], seen: '2021-06', fixture: '2021-06_profile_html_sharedData_logged-in_pluto__travel.html' },
    { path: ['media_count'], unverified: '[S] 2023-06/2024-08 scrapers: web_profile_info and GraphQL users' },
  ],
} as const satisfies Record<string, readonly PagePath[]>;

/** A media node's counts, by generation: GraphImage/GraphVideo (2018-2022), the 2023+ xdt node. */
export const IG_MEDIA_COUNTS = {
  likes: [
    { path: ['edge_liked_by', 'count'], seen: '2021-06', fixture: '2021-06_profile_html_sharedData_logged-in_pluto__travel.html' },
    { path: ['edge_media_preview_like', 'count'], seen: '2021-10', fixture: '2021-10_post_html_sharedData_logged-out_tesla.html' },
    { path: ['like_count'], seen: '2026-06', fixture: '2026-06_user-timeline-posts_derived-subset_scrapfly.json' },
  ],
  comments: [
    { path: ['edge_media_to_comment', 'count'], seen: '2021-06', fixture: '2021-06_profile_html_sharedData_logged-in_pluto__travel.html' },
    { path: ['edge_media_to_parent_comment', 'count'], seen: '2021-10', fixture: '2021-10_post_html_sharedData_logged-out_tesla.html' },
    { path: ['edge_media_preview_comment', 'count'], seen: '2021-10', fixture: '2021-10_post_html_sharedData_logged-out_tesla.html' },
    { path: ['comment_count'], seen: '2026-06', fixture: '2026-06_user-timeline-posts_derived-subset_scrapfly.json' },
  ],
  // Reels report plays; older videos `video_view_count`.
  views: [
    { path: ['video_view_count'], seen: '2025-02', fixture: '2025-02_reel_a1-json_graphql-shortcode-media-comments_ones_makau.json' },
    { path: ['play_count'], unverified: '[U] the reel play count of the 2023+ xdt node' },
    { path: ['ig_play_count'], unverified: '[U] the reel play count of the 2023+ xdt node' },
    { path: ['view_count'], unverified: '[U] the 2023+ xdt node' },
  ],
} as const satisfies Record<string, readonly PagePath[]>;

/**
 * The logged-in rendered profile header (2025-02_profile_rendered-dom_logged-in_en_gdg_rbu_sanitized.html:
 * `a[href="/gdg_rbu/followers/"] span[title="3,351"]`). Atomic class names (`x1lliihq …`) change
 * every build, so only structure, hrefs and attributes are used.
 */
export const IG_DOM = {
  header: { path: 'header', seen: '2025-02', fixture: '2025-02_profile_rendered-dom_logged-in_en_gdg_rbu_sanitized.html' },
  followersLink: { path: (handle: string) => `a[href="/${handle}/followers/"]`, seen: '2025-02', fixture: '2025-02_profile_rendered-dom_logged-in_en_gdg_rbu_sanitized.html' },
  followingLink: { path: (handle: string) => `a[href="/${handle}/following/"]`, seen: '2025-02', fixture: '2025-02_profile_rendered-dom_logged-in_en_gdg_rbu_sanitized.html' },
  /** The exact count sits in `title` while the visible text may be "1.1M". */
  exactTitle: { path: 'span[title]', seen: '2025-02', fixture: '2025-02_profile_rendered-dom_logged-in_en_celebface-1.1M_sanitized.html' },
  /**
   * `header section ul > li`: posts, followers, following, in that order. A zero "following" is a
   * button, not a link (celebface "0 following"), so position is the fallback for each count.
   */
  countItems: { path: 'section ul > li', seen: '2025-02', fixture: '2025-02_profile_rendered-dom_logged-in_en_celebface-1.1M_sanitized.html' },
  countOrder: ['postsCount', 'followers', 'following'],
  /** Header link to the profile itself (around the avatar), which says whose header this is. */
  selfLink: { path: (handle: string) => `a[href="/${handle}/"]`, seen: '2025-02', fixture: '2025-02_profile_rendered-dom_logged-in_en_gdg_rbu_sanitized.html' },
  handleHeading: { path: 'h2', seen: '2025-02', fixture: '2025-02_profile_rendered-dom_logged-in_en_gdg_rbu_sanitized.html' },
  /** First `span[dir=auto]` in the header is the full name; the bio is a span[dir=auto] inside another. */
  displayName: { path: 'span[dir="auto"]', seen: '2025-02', fixture: '2025-02_profile_rendered-dom_logged-in_en_gdg_rbu_sanitized.html' },
  /** The full name was an `h1` in 2021. */
  displayNameOld: { path: 'section h1', seen: '2021-06', fixture: '2021-06_profile_html_sharedData_logged-in_pluto__travel.html' },
  bio: { path: 'span[dir="auto"] span[dir="auto"]', seen: '2025-02', fixture: '2025-02_profile_rendered-dom_logged-in_en_gdg_rbu_sanitized.html' },
  /** The category ("Community", "Blogger") is a `div[dir=auto]` beside the name, outside any button. */
  category: { path: 'div[dir="auto"]', seen: '2025-02', fixture: '2025-02_profile_rendered-dom_logged-in_en_gdg_rbu_sanitized.html' },
  /** A short single line: longer text in that spot is something else ("Followed by …"). */
  categoryText: /^[^\n]{1,60}$/,
  /** External link shown as button text "linktr.ee/gdg_rbu + 2". */
  linkButton: { path: 'button', seen: '2025-02', fixture: '2025-02_profile_rendered-dom_logged-in_en_gdg_rbu_sanitized.html' },
  linkButtonText: { path: 'button div[dir="auto"]', seen: '2025-02', fixture: '2025-02_profile_rendered-dom_logged-in_en_gdg_rbu_sanitized.html' },
  /** The 2021 external link, through Instagram's redirector. */
  shimLink: { path: 'a[href*="l.instagram.com/"]', seen: '2021-06', fixture: '2021-06_profile_html_sharedData_logged-in_pluto__travel.html' },
  verifiedBadge: { path: 'svg[aria-label="Verified"]', unverified: "[U] the blue badge's label on English pages; no saved header is of a verified account" },
  /** English private-account notice (2020-2025 scrapers, [U]); only picks the failure reason. */
  privateNotice: /this account is private/i,
} as const satisfies Record<string, Selector | HandleSelector | readonly string[] | RegExp>;

/** The profile's post grid in the rendered DOM. */
export const IG_GRID = {
  root: { path: 'main', seen: '2025-02', fixture: '2025-02_profile_rendered-dom_logged-in_en_gdg_rbu_sanitized.html' },
  links: { path: 'a[href*="/p/"], a[href*="/reel/"], a[href*="/tv/"]', seen: '2025-02', fixture: '2025-02_profile_rendered-dom_logged-in_en_gdg_rbu_sanitized.html' },
  /** `/<user>/p/<code>/` (2025-02) or `/p/<code>/` (older grids). */
  href: /^\/(?:([A-Za-z0-9._]{1,64})\/)?(p|reel|tv)\/([A-Za-z0-9_-]{5,64})\/?$/,
  /** A post code as `href` has it. */
  code: /^[A-Za-z0-9_-]{5,64}$/,
  carouselIcon: { path: 'svg[aria-label="Carousel"]', seen: '2025-02', fixture: '2025-02_profile_rendered-dom_logged-in_en_celebface-1.1M_sanitized.html' },
  clipIcon: [
    { path: 'svg[aria-label="Clip"]', seen: '2025-02', fixture: '2025-02_profile_rendered-dom_logged-in_en_gdg_rbu_sanitized.html' },
    { path: 'svg[aria-label="Video"]', seen: '2021-06', fixture: '2021-06_profile_html_sharedData_logged-in_pluto__travel.html' },
  ],
  pinnedIcon: [
    { path: 'svg[aria-label="Pinned post icon"]', unverified: '[U] no saved grid has a pinned post' },
    { path: 'svg[aria-label="Pinned"]', unverified: '[U] no saved grid has a pinned post' },
  ],
  /** Hover overlay on one tile: `ul > li` likes then comments ("20.9K", "1,422" on celebface C6__UnVK2Gf). */
  overlayItems: { path: 'ul > li', seen: '2025-02', fixture: '2025-02_profile_rendered-dom_logged-in_en_celebface-1.1M_sanitized.html' },
  /**
   * English alt text written by Instagram, not the author: "Photo by GDG On Campus RBU on January 18,
   * 2025. …" (2025-02), "Photo shared by Pluto on June 04, 2021 tagging @…" (2021-06); other alts are
   * the caption. Some carry a place instead of a date ("Photo by Pluto in London, …", 2021-06).
   */
  generatedAlt: /^(?:photo|video|reel)(?: shared)? by /i,
  altDate: / on ([A-Z][a-z]+ \d{1,2}, \d{4})\b/,
  /** Tabs whose grid shows other people's posts. */
  foreignTabs: new Set(['tagged', 'saved']),
} as const;

/** SEO metadata, the only counts a logged-out page has since 2023. Rounded ("1M") and can be stale. */
export const IG_META = {
  /** "2,362 Followers, 136 Following, 224 Posts - See …" on every profile page from 2018 to 2025. */
  ogDescription: { path: 'meta[property="og:description"]', seen: '2024-12', fixture: '2024-12_profile_html_logged-out_og-meta_pluto__travel.html' },
  /** "… - Pluto (@pluto__travel) on Instagram: "Home of travel — …"" */
  description: { path: 'meta[name="description"]', seen: '2024-12', fixture: '2024-12_profile_html_logged-out_og-meta_pluto__travel.html' },
  ogTitle: { path: 'meta[property="og:title"]', seen: '2024-12', fixture: '2024-12_profile_html_logged-out_og-meta_pluto__travel.html' },
  ogUrl: { path: 'meta[property="og:url"]', seen: '2024-12', fixture: '2024-12_profile_html_logged-out_og-meta_pluto__travel.html' },
  ogType: { path: 'meta[property="og:type"]', seen: '2024-12', fixture: '2024-12_post_html_logged-out_og-likes-comments_video.html' },
  /** Profile counts come in this order, before the first " - ", in every language [U beyond en]. */
  countOrder: ['followers', 'following', 'postsCount'],
  /** Post pages: "298K likes, 553 comments - willyrex on May 29, 2021: "…"". */
  postCountOrder: ['likes', 'comments'],
} as const;

/** JSON-LD on the profile page: {"@type":"Store","alternateName":"@pluto__travel","mainEntityofPage":{…}}. */
export const IG_JSONLD = {
  scripts: { path: 'script[type="application/ld+json"]', seen: '2021-06', fixture: '2021-06_profile_html_sharedData_logged-in_pluto__travel.html' },
  entity: [
    { path: ['mainEntityofPage'], seen: '2021-06', fixture: '2021-06_profile_html_sharedData_logged-in_pluto__travel.html' },
    { path: ['mainEntityOfPage'], unverified: "[U] schema.org's own spelling, should Instagram fix its typo" },
  ],
  /** `interactionType` "http://schema.org/FollowAction" with `userInteractionCount` "2187". */
  followAction: /FollowAction$/,
} as const;

/**
 * The profile header the overlay keeps clear of (lib/content/avoid-header.ts). A selector that
 * matches nothing costs nothing: the overlay then keeps its corner.
 */
export const IG_HEADER = {
  avatar: { path: 'header img[alt$="profile picture"]', seen: '2025-02', fixture: '2025-02_profile_rendered-dom_logged-in_en_celebface-1.1M_sanitized.html' },
  name: { path: 'header h2', seen: '2025-02', fixture: '2025-02_profile_rendered-dom_logged-in_en_celebface-1.1M_sanitized.html' },
  counts: { path: 'header section ul', seen: '2025-02', fixture: '2025-02_profile_rendered-dom_logged-in_en_celebface-1.1M_sanitized.html' },
  bio: { path: 'header section span[dir="auto"]', seen: '2025-02', fixture: '2025-02_profile_rendered-dom_logged-in_en_celebface-1.1M_sanitized.html' },
} as const satisfies ProfileHeader;
