/**
 * Where YouTube keeps what the reader needs, per page generation. This is data, not logic: when
 * YouTube moves something, add a dated entry here (the fixtures named are under
 * tests/fixtures/youtube/). YouTube A/B-tests, so generations coexist: the reader tries them all.
 */
import { asArray, asObject, asString, at } from '../parse/json-path';

export type JsonPath = ReadonlyArray<string | number>;

/** The embedded page data: `window["ytInitialData"] = {…};` (seen 2018-01, fixture 2018-01_channel-home_rendered-dom_es_polymer.html), `var ytInitialData = {…};` (seen 2021-05 … 2024-01, fixture 2024-01_channel-home_html_es-ES_c4TabbedHeader.html). */
export const INITIAL_DATA_NAME = 'ytInitialData';

/** The UI language as the page's config states it; `<html lang>` is missing in the 2018 rendered DOM (seen 2018-01 … 2024-01, every html fixture). */
export const CONFIG_HL = /"INNERTUBE_CONTEXT_HL"\s*:\s*"([A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})?)"/;

/**
 * In a browse response the only language marker is the sign-in URL's `hl=` parameter (logged-out
 * pages; seen 2021-07 … 2026-05, every browse fixture). Logged-in users have no sign-in button: then
 * the locale stays unknown and the number parser falls back to its defaults.
 */
export const TOPBAR_BUTTONS: JsonPath = ['topbar', 'desktopTopbarRenderer', 'topbarButtons'];
export const BUTTON_URL: JsonPath = ['buttonRenderer', 'navigationEndpoint', 'commandMetadata', 'webCommandMetadata', 'url'];
/** [U] not seen in a fixture: an `hl` tracking param, kept as a first choice in case YouTube adds it. */
export const TRACKING_PARAMS: JsonPath = ['responseContext', 'serviceTrackingParams'];

/** Channel facts that do not depend on the header generation (seen 2018-01 … 2026-05, every fixture). */
export const CHANNEL_METADATA: JsonPath = ['metadata', 'channelMetadataRenderer'];
// Route of the page, "channel.streams" on the Live tab (seen 2023-03 … 2026-05, fixture 2023-03_channel-streams_html_en-US_videoRenderer.html).
export const ROUTE_STREAMS = 'channel.streams';

/** Header, generation 1 (seen 2018-01 … 2024-01, fixtures 2021-05 … 2024-01). */
export const C4_HEADER: JsonPath = ['header', 'c4TabbedHeaderRenderer'];
export const C4 = {
  title: ['title'],
  channelId: ['channelId'],
  handle: ['channelHandleText'], // 2023+ (absent 2018-01, 2021-05)
  subscribers: ['subscriberCountText'], // absent in the 2018-01 capture
  videos: ['videosCountText'], // 2023+
  badges: ['badges'],
  tagline: ['tagline', 'channelTaglineRenderer', 'content'],
  canonicalBaseUrl: ['navigationEndpoint', 'browseEndpoint', 'canonicalBaseUrl'],
  // Links: a renderer list 2018-01 … 2023-07, a view model with one link 2024-01.
  linkLists: [
    ['headerLinks', 'channelHeaderLinksRenderer', 'primaryLinks'],
    ['headerLinks', 'channelHeaderLinksRenderer', 'secondaryLinks'],
  ],
  linkUrl: ['navigationEndpoint', 'urlEndpoint', 'url'],
  linkViewModelRuns: ['headerLinks', 'channelHeaderLinksViewModel', 'firstLink', 'commandRuns'],
} as const satisfies Record<string, JsonPath | readonly JsonPath[]>;
export const VERIFIED_BADGE_STYLES = new Set(['BADGE_STYLE_TYPE_VERIFIED', 'BADGE_STYLE_TYPE_VERIFIED_ARTIST']);

/** Header, generation 2 (seen 2024-07 … 2026-05, fixtures 2024-07 … 2026-05 browse JSON). */
export const PAGE_HEADER: JsonPath = ['header', 'pageHeaderRenderer', 'content', 'pageHeaderViewModel'];
export const PH = {
  title: ['title', 'dynamicTextViewModel', 'text', 'content'],
  titleAttachments: ['title', 'dynamicTextViewModel', 'text', 'attachmentRuns'],
  titleLabel: ['title', 'dynamicTextViewModel', 'rendererContext', 'accessibilityContext', 'label'],
  attachmentImages: ['element', 'type', 'imageType', 'image', 'sources'],
  imageName: ['clientResource', 'imageName'],
  // Rows and parts are positional and row 0 can carry pronouns (fixture 2026-01_…unverified-small-channel.json).
  metadataRows: ['metadata', 'contentMetadataViewModel', 'metadataRows'],
  description: ['description', 'descriptionPreviewViewModel', 'description', 'content'],
  attributionRuns: ['attribution', 'attributionViewModel', 'text', 'commandRuns'],
} as const satisfies Record<string, JsonPath>;
/** The check mark after a verified channel's name (language-independent); AUDIO_BADGE is the artist note [U]. */
export const VERIFIED_IMAGE_NAMES = new Set(['CHECK_CIRCLE_FILLED', 'AUDIO_BADGE']);
/** The same badge in the title's accessibility label, "Vsauce, verified": English UI only, a second hook. */
export const VERIFIED_LABEL = /,\s*verified$/i;

/** A link written as a command run: the redirect URL that `normalizeLink` unwraps (2024-01 … 2026-05). */
export const RUN_URL: JsonPath = ['onTap', 'innertubeCommand', 'urlEndpoint', 'url'];

/** The open tab: `tabs[].tabRenderer.selected` (seen 2018-01 … 2026-05). */
export const TABS: JsonPath = ['contents', 'twoColumnBrowseResultsRenderer', 'tabs'];
/** Items appended by a continuation (next page of a tab) — the `/youtubei/v1/browse` continuation shape [U: no fixture]. */
export const CONTINUATION_ACTIONS: JsonPath = ['onResponseReceivedActions'];

/**
 * Grid item renderers and the generation they belong to. Containers around them changed every year
 * (gridRenderer, richGridRenderer, shelves), the items less often, so the reader looks for these keys.
 */
export const ITEM_KEYS = [
  'gridVideoRenderer', // ≤ 2022 grid and home shelves (2018-01, 2021-05, 2021-07, 2024-01 home)
  'videoRenderer', // richGrid 2022-10 … 2026-01, 2018 expanded shelves
  'lockupViewModel', // richGrid 2026-05 (gronkh, streams)
  'reelItemRenderer', // Shorts tab 2023-03
  'shortsLockupViewModel', // Shorts tab 2026-01
] as const;
export type ItemKey = (typeof ITEM_KEYS)[number];

export const VIDEO = {
  id: ['videoId'],
  title: ['title'],
  description: ['descriptionSnippet'],
  views: ['viewCountText'], // exact "6,403,051 views"
  shortViews: ['shortViewCountText'], // rounded "6.4m views"
  published: ['publishedTimeText'],
  upcoming: ['upcomingEventData'], // a premiere not yet aired: its "3 spectateurs en attente" is no view count (2023-05 fr)
  badges: ['badges'],
  reelEndpoint: ['navigationEndpoint', 'reelWatchEndpoint'],
  // The uploader, shown when a home-tab shelf holds another channel's video (2018-01, 2024-01 home).
  owners: [
    ['shortBylineText', 'runs', 0, 'navigationEndpoint', 'browseEndpoint', 'browseId'],
    ['ownerText', 'runs', 0, 'navigationEndpoint', 'browseEndpoint', 'browseId'],
    ['longBylineText', 'runs', 0, 'navigationEndpoint', 'browseEndpoint', 'browseId'],
  ],
} as const satisfies Record<string, JsonPath | readonly JsonPath[]>;
export const LIVE_BADGE_STYLE = 'BADGE_STYLE_TYPE_LIVE_NOW';

export const LOCKUP = {
  id: ['contentId'],
  type: ['contentType'],
  title: ['metadata', 'lockupMetadataViewModel', 'title', 'content'],
  // [0] "26k views", [1] "17 hours ago" / "Streamed 6 months ago" — abbreviated only.
  rows: ['metadata', 'lockupMetadataViewModel', 'metadata', 'contentMetadataViewModel', 'metadataRows'],
} as const satisfies Record<string, JsonPath>;
export const LOCKUP_VIDEO = 'LOCKUP_CONTENT_TYPE_VIDEO';

export const REEL = {
  id: ['videoId'],
  title: ['headline'],
  views: ['viewCountText'], // "14K views"
} as const satisfies Record<string, JsonPath>;

export const SHORTS_LOCKUP = {
  id: ['onTap', 'innertubeCommand', 'reelWatchEndpoint', 'videoId'],
  entityId: ['entityId'], // "shorts-shelf-item-<videoId>"
  title: ['overlayMetadata', 'primaryText', 'content'],
  views: ['overlayMetadata', 'secondaryText', 'content'], // "895k views"
} as const satisfies Record<string, JsonPath>;

/**
 * Rendered DOM, for a page whose `ytInitialData` is gone or stale. [U] for the 2024+ selectors: no
 * rendered capture of that generation; `#channel-title` / `#subscriber-count` are in the 2018-01
 * rendered capture (count empty there).
 */
export const DOM = {
  name: ['yt-page-header-view-model h1', '#channel-name #text', '#channel-title'],
  handle: ['#channel-handle'],
  subscribers: ['#subscriber-count'],
  // 2024+ header rows: "@handle" / "24.6M subscribers • 636 videos", positional like the JSON rows.
  metadataRows: 'yt-page-header-view-model yt-content-metadata-view-model [class*="metadata-row"]',
  consent: 'form[action*="consent.youtube.com"], ytd-consent-bump-v2-lightbox',
} as const;

/**
 * YouTube writes text three ways: `{simpleText}` and `{runs:[{text}]}` in renderers (2018 … 2026),
 * `{content}` in view models (2024+). A plain string passes through.
 */
export function ytText(node: unknown): string {
  if (typeof node === 'string') return node;
  const obj = asObject(node);
  if (!obj) return '';
  const simple = asString(obj.simpleText) ?? asString(obj.content);
  if (simple !== undefined) return simple;
  return asArray(obj.runs)
    .map((run) => asString(at(run, 'text')) ?? '')
    .join('');
}
