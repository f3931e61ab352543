/**
 * Where Instagram has put profile and post data, generation by generation. Page knowledge is data:
 * when Instagram changes a page, this file is what changes. Each entry names the date it was seen
 * and the fixture (tests/fixtures/instagram/) that proves it; "[S]" marks shapes read in a
 * maintained scraper's source but not in a saved page, "[U]" unverified hypotheses.
 */

export const IG_ORIGIN = 'https://www.instagram.com';

/** JSON embedded in the page's scripts. */
export const IG_EMBEDDED = {
  // seen 2018-04 and 2021-06, fixtures 2018-04_profile_html_sharedData_logged-out_pavel_galeta.html,
  // 2021-06_profile_html_sharedData_logged-in_pluto__travel.html (and PostPage: 2021-10_post_…_tesla.html)
  sharedDataName: '_sharedData',
  sharedDataMarker: 'window._sharedData',
  profileUser: ['entry_data', 'ProfilePage', 0, 'graphql', 'user'],
  postMedia: ['entry_data', 'PostPage', 0, 'graphql', 'shortcode_media'],
  /** `language_code` "en" in both fixtures above. */
  language: ['language_code'],
  // [S] 2026 (scrapfly-scrapers instagram.py): the profile HTML embeds the user and the first posts in
  // `<script type="application/json" data-sjs>`, nested deep inside a "require" structure; we look for
  // these keys wherever they sit. No saved page holds one (the 2025-02 captures had scripts removed).
  sjsSelector: 'script[type="application/json"][data-sjs]',
  sjsUserKey: 'xig_user_by_username',
  timelineKey: 'xdt_api__v1__feed__user_timeline_graphql_connection',
} as const;

/** Captured API responses (readCapture). */
export const IG_CAPTURE = {
  // seen 2018-03, fixture 2018-03_profile_a1-json_graphql-user_pavel_galeta.json (`/<user>/?__a=1`)
  a1User: ['graphql', 'user'],
  a1Media: ['graphql', 'shortcode_media'],
  // [S] 2023-06/2024-08 `api/v1/users/web_profile_info/?username=` → data.user (same fields as graphql.user)
  webProfileUser: ['data', 'user'],
  // [S] 2026; derived copy with renamed keys: fixture 2026-07_user_derived-from-xig_user_by_username_scrapfly.json
  xigUser: ['xig_user_by_username'],
  xigUserInData: ['data', 'xig_user_by_username'],
  // [S] 2026 `POST /graphql/query` → data.<IG_EMBEDDED.timelineKey>.edges[].node; node shapes (envelope
  // stripped, `code` renamed `shortcode`): fixture 2026-06_user-timeline-posts_derived-subset_scrapfly.json
  // [U] the v1 feed API (`api/v1/feed/user/<id>/`) answers { items: [...] } with the same node shape
  feedItems: ['items'],
} as const;

/**
 * The logged-in rendered profile header. Atomic class names (`x1lliihq …`) change every build, so
 * only structure, hrefs and attributes are used.
 */
export const IG_DOM = {
  // seen 2025-02, fixtures 2025-02_profile_rendered-dom_logged-in_en_gdg_rbu_sanitized.html and
  // …_celebface-1.1M_sanitized.html: `a[href="/gdg_rbu/followers/"] span[title="3,351"]`
  header: 'header',
  followersLink: (handle: string) => `a[href="/${handle}/followers/"]`,
  followingLink: (handle: string) => `a[href="/${handle}/following/"]`,
  /** The exact count sits in `title` while the visible text may be "1.1M" (celebface). */
  exactTitle: 'span[title]',
  /**
   * `header section ul > li`: posts, followers, following, in that order. A zero "following" is a
   * button, not a link (celebface "0 following"), so position is the fallback for each count.
   */
  countItems: 'section ul > li',
  countOrder: ['postsCount', 'followers', 'following'] as const,
  /** Header link to the profile itself (around the avatar), which says whose header this is. */
  selfLink: (handle: string) => `a[href="/${handle}/"]`,
  /** The handle as the header's `h2` (gdg_rbu, celebface). */
  handleHeading: 'h2',
  /** First `span[dir=auto]` in the header is the full name; the bio is a span[dir=auto] inside another. */
  displayName: 'span[dir="auto"]',
  /** The full name was an `h1` in 2021 (seen 2021-06, fixture 2021-06_profile_html_sharedData_logged-in_pluto__travel.html). */
  displayNameOld: 'section h1',
  bio: 'span[dir="auto"] span[dir="auto"]',
  /** The category ("Community", "Blogger") is a `div[dir=auto]` beside the name, outside any button. */
  category: 'div[dir="auto"]',
  /**
   * External link shown as button text "linktr.ee/gdg_rbu + 2" (2025-02 gdg_rbu); in 2021 an
   * `a[href^="https://l.instagram.com/?u=…"]` (2021-06 pluto__travel).
   */
  linkButton: 'button',
  linkButtonText: 'div[dir="auto"]',
  shimLink: 'a[href*="l.instagram.com/"]',
  // [U] not in a fixture: the blue badge's label in English pages.
  verifiedBadge: 'svg[aria-label="Verified"]',
  // [U] English private-account notice (2020-2025 scrapers); only used to pick the failure reason.
  privateNotice: /this account is private/i,
} as const;

/** The profile's post grid in the rendered DOM (seen 2025-02, same two fixtures). */
export const IG_GRID = {
  links: 'a[href*="/p/"], a[href*="/reel/"], a[href*="/tv/"]',
  /** `/<user>/p/<code>/` (2025-02) or `/p/<code>/` (older grids). */
  href: /^\/(?:([A-Za-z0-9._]{1,64})\/)?(p|reel|tv)\/([A-Za-z0-9_-]{5,64})\/?$/,
  /** Type icons: "Carousel" and "Clip" (2025-02 celebface, gdg_rbu); "Video" (2021-06 pluto__travel). */
  carouselIcon: 'svg[aria-label="Carousel"]',
  clipIcon: 'svg[aria-label="Clip"], svg[aria-label="Video"]',
  // [U] not in a fixture
  pinnedIcon: 'svg[aria-label="Pinned post icon"], svg[aria-label="Pinned"]',
  /** Hover overlay on one tile: `ul > li` likes then comments ("20.9K", "1,422" on celebface C6__UnVK2Gf). */
  overlayItems: 'ul > li',
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
  // seen 2018-04 … 2025-02 (every profile fixture): "2,362 Followers, 136 Following, 224 Posts - See …"
  ogDescription: 'meta[property="og:description"]',
  // seen 2024-12, 2025-02: "… - Pluto (@pluto__travel) on Instagram: "Home of travel — …""
  description: 'meta[name="description"]',
  ogTitle: 'meta[property="og:title"]',
  ogUrl: 'meta[property="og:url"]',
  /** Profile counts come in this order, before the first " - ", in every language [U beyond en]. */
  countOrder: ['followers', 'following', 'postsCount'] as const,
  // seen 2024-12 post pages: "298K likes, 553 comments - willyrex on May 29, 2021: "…""
  postCountOrder: ['likes', 'comments'] as const,
} as const;

/** JSON-LD on the profile page. */
export const IG_JSONLD = {
  // seen 2021-06, fixture 2021-06_profile_html_sharedData_logged-in_pluto__travel.html: {"@type":"Store",
  // "alternateName":"@pluto__travel","mainEntityofPage":{"@id":"https://www.instagram.com/pluto__travel/",
  // "interactionStatistic":{"interactionType":"http://schema.org/FollowAction","userInteractionCount":"2187"}}}
  entityKeys: ['mainEntityofPage', 'mainEntityOfPage'],
  followAction: /FollowAction$/,
} as const;
