/**
 * Where YouTube keeps what the reader needs, per page generation. When YouTube moves something, add
 * a dated entry here: each names the month it was seen and the saved page under
 * tests/fixtures/youtube/ that shows it (checked by tests/lib/platforms/page-paths.test.ts).
 * YouTube A/B-tests, so generations coexist: the reader tries them all. Paths inside an object the
 * reader has already found (a header, an item) start from that object.
 */
import type { KeyPath, PagePath, ProfileHeader, Selector } from '../page-path';

/**
 * The embedded page data, found by this name: `window["ytInitialData"] = {…};` in
 * 2018-01_channel-home_rendered-dom_es_polymer.html, `var ytInitialData = {…};` from 2021 on
 * (2024-01_channel-home_html_es-ES_c4TabbedHeader.html). A `/youtubei/v1/browse` response is the same object.
 */
export const INITIAL_DATA_NAME = 'ytInitialData';

/** The UI language as the page's config states it; `<html lang>` is missing in the 2018 rendered DOM. */
export const CONFIG_HL = /"INNERTUBE_CONTEXT_HL"\s*:\s*"([A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})?)"/;

/**
 * In a browse response the only language marker is the sign-in URL's `hl=` parameter (logged-out
 * pages). Logged-in users have no sign-in button: then the locale stays unknown and the number
 * parser falls back to its defaults. An `hl` tracking parameter is looked for first, in case
 * YouTube adds one ([U]: none in the saved pages).
 */
export const LOCALE = {
  topbarButtons: { path: ['topbar', 'desktopTopbarRenderer', 'topbarButtons'], seen: '2026-05', fixture: '2026-05_browse-videos_en-GB_pageHeader_lockupViewModel_gronkh.json' },
  buttonUrl: { path: ['buttonRenderer', 'navigationEndpoint', 'commandMetadata', 'webCommandMetadata', 'url'], seen: '2026-05', fixture: '2026-05_browse-videos_en-GB_pageHeader_lockupViewModel_gronkh.json' },
  trackingParams: { path: ['responseContext', 'serviceTrackingParams'], seen: '2026-05', fixture: '2026-05_browse-videos_en-GB_pageHeader_lockupViewModel_gronkh.json' },
} as const satisfies Record<string, PagePath>;

/** The `route` tracking parameter of the Live tab. */
export const ROUTE_STREAMS = 'channel.streams';

/** Channel facts that do not depend on the header generation (every saved page, 2018-01 to 2026-05). */
export const CHANNEL_METADATA = { path: ['metadata', 'channelMetadataRenderer'], seen: '2026-05', fixture: '2026-05_browse-videos_en-GB_pageHeader_lockupViewModel_gronkh.json' } as const satisfies PagePath;

/** Header, generation 1 (2018-01 to 2024-01). */
export const C4_HEADER = { path: ['header', 'c4TabbedHeaderRenderer'], seen: '2024-01', fixture: '2024-01_channel-home_html_es-ES_c4TabbedHeader.html' } as const satisfies PagePath;
export const C4 = {
  title: { path: ['title'], seen: '2024-01', fixture: '2024-01_channel-home_html_es-ES_c4TabbedHeader.html' },
  channelId: { path: ['channelId'], seen: '2024-01', fixture: '2024-01_channel-home_html_es-ES_c4TabbedHeader.html' },
  /** From 2023 (absent in 2018-01 and 2021-05). */
  handle: { path: ['channelHandleText'], seen: '2023-03', fixture: '2023-03_channel-videos_html_en-US_richGrid_videoRenderer.html' },
  subscribers: { path: ['subscriberCountText'], seen: '2024-01', fixture: '2024-01_channel-home_html_es-ES_c4TabbedHeader.html' },
  /** From 2023. */
  videos: { path: ['videosCountText'], seen: '2023-03', fixture: '2023-03_channel-videos_html_en-US_richGrid_videoRenderer.html' },
  badges: { path: ['badges'], seen: '2023-07', fixture: '2023-07_browse-videos_en-GB_c4TabbedHeader_richGrid_vsauce.json' },
  tagline: { path: ['tagline', 'channelTaglineRenderer', 'content'], seen: '2024-01', fixture: '2024-01_channel-home_html_es-ES_c4TabbedHeader.html' },
  canonicalBaseUrl: { path: ['navigationEndpoint', 'browseEndpoint', 'canonicalBaseUrl'], seen: '2024-01', fixture: '2024-01_channel-home_html_es-ES_c4TabbedHeader.html' },
  /** Links: a renderer list 2018-01 to 2023-07, a view model with one link in 2024-01. */
  linkLists: [
    { path: ['headerLinks', 'channelHeaderLinksRenderer', 'primaryLinks'], seen: '2023-07', fixture: '2023-07_browse-videos_en-GB_c4TabbedHeader_richGrid_vsauce.json' },
    { path: ['headerLinks', 'channelHeaderLinksRenderer', 'secondaryLinks'], seen: '2023-07', fixture: '2023-07_browse-videos_en-GB_c4TabbedHeader_richGrid_vsauce.json' },
  ],
  linkUrl: { path: ['navigationEndpoint', 'urlEndpoint', 'url'], seen: '2023-07', fixture: '2023-07_browse-videos_en-GB_c4TabbedHeader_richGrid_vsauce.json' },
  linkViewModelRuns: { path: ['headerLinks', 'channelHeaderLinksViewModel', 'firstLink', 'commandRuns'], seen: '2024-01', fixture: '2024-01_channel-home_html_es-ES_c4TabbedHeader.html' },
} as const satisfies Record<string, PagePath | readonly PagePath[]>;
export const VERIFIED_BADGE_STYLES = new Set(['BADGE_STYLE_TYPE_VERIFIED', 'BADGE_STYLE_TYPE_VERIFIED_ARTIST']);

/** Header, generation 2 (2024-07 to 2026-05). */
export const PAGE_HEADER = { path: ['header', 'pageHeaderRenderer', 'content', 'pageHeaderViewModel'], seen: '2026-05', fixture: '2026-05_browse-videos_en-GB_pageHeader_lockupViewModel_gronkh.json' } as const satisfies PagePath;
export const PH = {
  title: { path: ['title', 'dynamicTextViewModel', 'text', 'content'], seen: '2026-05', fixture: '2026-05_browse-videos_en-GB_pageHeader_lockupViewModel_gronkh.json' },
  titleAttachments: { path: ['title', 'dynamicTextViewModel', 'text', 'attachmentRuns'], seen: '2026-05', fixture: '2026-05_browse-videos_en-GB_pageHeader_lockupViewModel_gronkh.json' },
  titleLabel: { path: ['title', 'dynamicTextViewModel', 'rendererContext', 'accessibilityContext', 'label'], seen: '2026-05', fixture: '2026-05_browse-videos_en-GB_pageHeader_lockupViewModel_gronkh.json' },
  attachmentImages: { path: ['element', 'type', 'imageType', 'image', 'sources'], seen: '2026-05', fixture: '2026-05_browse-videos_en-GB_pageHeader_lockupViewModel_gronkh.json' },
  imageName: { path: ['clientResource', 'imageName'], seen: '2026-05', fixture: '2026-05_browse-videos_en-GB_pageHeader_lockupViewModel_gronkh.json' },
  // Rows and parts are positional and row 0 can carry pronouns (2026-01_browse-videos_en-GB_pageHeader_unverified-small-channel.json).
  metadataRows: { path: ['metadata', 'contentMetadataViewModel', 'metadataRows'], seen: '2026-01', fixture: '2026-01_browse-videos_en-GB_pageHeader_unverified-small-channel.json' },
  description: { path: ['description', 'descriptionPreviewViewModel', 'description', 'content'], seen: '2026-05', fixture: '2026-05_browse-videos_en-GB_pageHeader_lockupViewModel_gronkh.json' },
  attributionRuns: { path: ['attribution', 'attributionViewModel', 'text', 'commandRuns'], seen: '2026-05', fixture: '2026-05_browse-videos_en-GB_pageHeader_lockupViewModel_gronkh.json' },
} as const satisfies Record<string, PagePath>;
/** The check mark after a verified channel's name (language-independent); AUDIO_BADGE is the artist note [U]. */
export const VERIFIED_IMAGE_NAMES = new Set(['CHECK_CIRCLE_FILLED', 'AUDIO_BADGE']);
/** The same badge in the title's accessibility label, "Vsauce, verified": English UI only, a second hook. */
export const VERIFIED_LABEL = /,\s*verified$/i;

/** A link written as a command run: the redirect URL that `normalizeLink` unwraps (2024-01 to 2026-05). */
export const RUN_URL = { path: ['onTap', 'innertubeCommand', 'urlEndpoint', 'url'], seen: '2026-05', fixture: '2026-05_browse-videos_en-GB_pageHeader_lockupViewModel_gronkh.json' } as const satisfies PagePath;

/** The open tab, `tabs[].tabRenderer.selected` (2018-01 to 2026-05), and where it lives. */
export const TABS = { path: ['contents', 'twoColumnBrowseResultsRenderer', 'tabs'], seen: '2026-05', fixture: '2026-05_browse-videos_en-GB_pageHeader_lockupViewModel_gronkh.json' } as const satisfies PagePath;
export const TAB_URL = { path: ['endpoint', 'commandMetadata', 'webCommandMetadata', 'url'], seen: '2024-01', fixture: '2024-01_channel-home_html_es-ES_c4TabbedHeader.html' } as const satisfies PagePath;
/** Items appended by a continuation (the next page of a tab). */
export const CONTINUATION_ACTIONS = { path: ['onResponseReceivedActions'], unverified: '[U] the /youtubei/v1/browse continuation shape; no continuation is saved' } as const satisfies PagePath;

/**
 * How the open tab's grid is sorted. The first choice is always the latest uploads ("Recently
 * uploaded", "Latest", "Les plus récentes"), then "Popular" and, since 2023-07, "Oldest": read by
 * position, since the labels are in the UI language. The chosen chip is marked in every saved
 * grid but one (2026-01_browse-videos_en-GB_pageHeader_videoRenderer_vsauce.json marks none: the
 * default, Latest). Until 2022 a sort menu instead, whose chosen entry links to `sort=dd` (newest),
 * `sort=p` (most popular) or `sort=da` (oldest).
 */
export const SORT = {
  chipCloud: { path: ['richGridRenderer', 'header', 'feedFilterChipBarRenderer', 'contents'], seen: '2026-01', fixture: '2026-01_browse-shorts_en-GB_pageHeader_shortsLockupViewModel.json' },
  chipCloudSelected: { path: ['chipCloudChipRenderer', 'isSelected'], seen: '2026-01', fixture: '2026-01_browse-shorts_en-GB_pageHeader_shortsLockupViewModel.json' },
  chipBar: { path: ['richGridRenderer', 'header', 'chipBarViewModel', 'chips'], seen: '2026-05', fixture: '2026-05_browse-videos_en-GB_pageHeader_lockupViewModel_gronkh.json' },
  chipBarSelected: { path: ['chipViewModel', 'selected'], seen: '2026-05', fixture: '2026-05_browse-videos_en-GB_pageHeader_lockupViewModel_gronkh.json' },
  menu: { path: ['sectionListRenderer', 'subMenu', 'channelSubMenuRenderer', 'sortSetting', 'sortFilterSubMenuRenderer', 'subMenuItems'], seen: '2021-07', fixture: '2021-07_browse-videos_en-GB_c4TabbedHeader_gridVideoRenderer_vsauce.json' },
  menuUrl: { path: ['navigationEndpoint', 'commandMetadata', 'webCommandMetadata', 'url'], seen: '2021-07', fixture: '2021-07_browse-videos_en-GB_c4TabbedHeader_gridVideoRenderer_vsauce.json' },
} as const satisfies Record<string, PagePath>;
/** `sort=dd`: the old sort menu's "Date added (newest)". */
export const MENU_LATEST = /[?&]sort=dd(?:&|$)/;
/** Tabs that list the channel's own uploads newest first; Home shows shelves the channel picked. */
export const TIMELINE_TABS = new Set(['videos', 'shorts', 'streams']);

/**
 * Grid item renderers, by generation. Containers around them changed every year (gridRenderer,
 * richGridRenderer, shelves), the items less often, so the reader looks for these keys anywhere.
 */
export const ITEM_KEYS = [
  // ≤ 2022 grids and home shelves (2018-01, 2021-05, 2021-07, 2024-01 home)
  { path: ['gridVideoRenderer'], seen: '2021-07', fixture: '2021-07_browse-videos_en-GB_c4TabbedHeader_gridVideoRenderer_vsauce.json' },
  // richGrid 2022-10 to 2026-01, 2018 expanded shelves
  { path: ['videoRenderer'], seen: '2026-01', fixture: '2026-01_browse-videos_en-GB_pageHeader_videoRenderer_vsauce.json' },
  { path: ['lockupViewModel'], seen: '2026-05', fixture: '2026-05_browse-videos_en-GB_pageHeader_lockupViewModel_gronkh.json' },
  { path: ['reelItemRenderer'], seen: '2023-03', fixture: '2023-03_channel-shorts_html_en-US_reelItemRenderer.html' },
  { path: ['shortsLockupViewModel'], seen: '2026-01', fixture: '2026-01_browse-shorts_en-GB_pageHeader_shortsLockupViewModel.json' },
] as const satisfies readonly KeyPath[];
export type ItemKey = (typeof ITEM_KEYS)[number]['path'][0];

export const VIDEO = {
  id: { path: ['videoId'], seen: '2026-01', fixture: '2026-01_browse-videos_en-GB_pageHeader_videoRenderer_vsauce.json' },
  title: { path: ['title'], seen: '2026-01', fixture: '2026-01_browse-videos_en-GB_pageHeader_videoRenderer_vsauce.json' },
  description: { path: ['descriptionSnippet'], seen: '2026-01', fixture: '2026-01_browse-videos_en-GB_pageHeader_videoRenderer_vsauce.json' },
  /** Exact: "6,403,051 views". */
  views: { path: ['viewCountText'], seen: '2026-01', fixture: '2026-01_browse-videos_en-GB_pageHeader_videoRenderer_vsauce.json' },
  /** Rounded: "6.4m views". */
  shortViews: { path: ['shortViewCountText'], seen: '2026-01', fixture: '2026-01_browse-videos_en-GB_pageHeader_videoRenderer_vsauce.json' },
  published: { path: ['publishedTimeText'], seen: '2026-01', fixture: '2026-01_browse-videos_en-GB_pageHeader_videoRenderer_vsauce.json' },
  /** A premiere not yet aired: its "3 spectateurs en attente" is no view count. */
  upcoming: { path: ['upcomingEventData'], seen: '2023-05', fixture: '2023-05_channel-videos_html_fr-FR_richGrid_videoRenderer.html' },
  badges: { path: ['badges'], seen: '2026-01', fixture: '2026-01_browse-videos_en-GB_pageHeader_videoRenderer_vsauce.json' },
  reelEndpoint: { path: ['navigationEndpoint', 'reelWatchEndpoint'], seen: '2023-03', fixture: '2023-03_channel-shorts_html_en-US_reelItemRenderer.html' },
  /** The uploader, shown when a home-tab shelf holds another channel's video. */
  owners: [
    { path: ['shortBylineText', 'runs', 0, 'navigationEndpoint', 'browseEndpoint', 'browseId'], seen: '2024-01', fixture: '2024-01_channel-home_html_es-ES_c4TabbedHeader.html' },
    { path: ['ownerText', 'runs', 0, 'navigationEndpoint', 'browseEndpoint', 'browseId'], seen: '2018-01', fixture: '2018-01_channel-home_rendered-dom_es_polymer.html' },
    { path: ['longBylineText', 'runs', 0, 'navigationEndpoint', 'browseEndpoint', 'browseId'], seen: '2024-01', fixture: '2024-01_channel-home_html_es-ES_c4TabbedHeader.html' },
  ],
} as const satisfies Record<string, PagePath | readonly PagePath[]>;
export const LIVE_BADGE_STYLE = 'BADGE_STYLE_TYPE_LIVE_NOW';

export const LOCKUP = {
  id: { path: ['contentId'], seen: '2026-05', fixture: '2026-05_browse-videos_en-GB_pageHeader_lockupViewModel_gronkh.json' },
  type: { path: ['contentType'], seen: '2026-05', fixture: '2026-05_browse-videos_en-GB_pageHeader_lockupViewModel_gronkh.json' },
  title: { path: ['metadata', 'lockupMetadataViewModel', 'title', 'content'], seen: '2026-05', fixture: '2026-05_browse-videos_en-GB_pageHeader_lockupViewModel_gronkh.json' },
  /** [0] "26k views", [1] "17 hours ago" / "Streamed 6 months ago": abbreviated only. */
  rows: { path: ['metadata', 'lockupMetadataViewModel', 'metadata', 'contentMetadataViewModel', 'metadataRows'], seen: '2026-05', fixture: '2026-05_browse-videos_en-GB_pageHeader_lockupViewModel_gronkh.json' },
} as const satisfies Record<string, PagePath>;
export const LOCKUP_VIDEO = 'LOCKUP_CONTENT_TYPE_VIDEO';

export const REEL = {
  id: { path: ['videoId'], seen: '2023-03', fixture: '2023-03_channel-shorts_html_en-US_reelItemRenderer.html' },
  title: { path: ['headline'], seen: '2023-03', fixture: '2023-03_channel-shorts_html_en-US_reelItemRenderer.html' },
  /** "14K views". */
  views: { path: ['viewCountText'], seen: '2023-03', fixture: '2023-03_channel-shorts_html_en-US_reelItemRenderer.html' },
} as const satisfies Record<string, PagePath>;

export const SHORTS_LOCKUP = {
  id: { path: ['onTap', 'innertubeCommand', 'reelWatchEndpoint', 'videoId'], seen: '2026-01', fixture: '2026-01_browse-shorts_en-GB_pageHeader_shortsLockupViewModel.json' },
  /** "shorts-shelf-item-<videoId>". */
  entityId: { path: ['entityId'], seen: '2026-01', fixture: '2026-01_browse-shorts_en-GB_pageHeader_shortsLockupViewModel.json' },
  title: { path: ['overlayMetadata', 'primaryText', 'content'], seen: '2026-01', fixture: '2026-01_browse-shorts_en-GB_pageHeader_shortsLockupViewModel.json' },
  /** "895k views". */
  views: { path: ['overlayMetadata', 'secondaryText', 'content'], seen: '2026-01', fixture: '2026-01_browse-shorts_en-GB_pageHeader_shortsLockupViewModel.json' },
} as const satisfies Record<string, PagePath>;

/**
 * The rendered DOM, for a page whose `ytInitialData` is gone or stale. No rendered page of the
 * 2024+ generation is saved; `#channel-title` and `#subscriber-count` are in the 2018 one (count
 * empty there).
 */
export const DOM = {
  name: [
    { path: 'yt-page-header-view-model h1', unverified: '[U] the 2024+ page header; no rendered page of it is saved' },
    { path: '#channel-name #text', unverified: '[U] the 2019-2023 rendered header; no rendered page of it is saved' },
    { path: '#channel-title', seen: '2018-01', fixture: '2018-01_channel-home_rendered-dom_es_polymer.html' },
  ],
  handle: [{ path: '#channel-handle', unverified: '[U] the 2023 rendered header; no rendered page of it is saved' }],
  subscribers: [{ path: '#subscriber-count', seen: '2018-01', fixture: '2018-01_channel-home_rendered-dom_es_polymer.html' }],
  /** 2024+ header rows: "@handle" / "24.6M subscribers • 636 videos", positional like the JSON rows. */
  metadataRows: { path: 'yt-page-header-view-model yt-content-metadata-view-model [class*="metadata-row"]', unverified: '[U] the 2024+ page header; no rendered page of it is saved' },
  consent: { path: 'form[action*="consent.youtube.com"], ytd-consent-bump-v2-lightbox', unverified: '[U] the EU consent interstitial (seen in a scraper cache, not saved here)' },
} as const satisfies Record<string, Selector | readonly Selector[]>;

/**
 * The profile header the overlay keeps clear of (lib/content/avoid-header.ts). A selector that
 * matches nothing costs nothing: the overlay then keeps its corner.
 */
export const PROFILE_HEADER = {
  avatar: { path: '#channel-header-container #avatar', seen: '2018-01', fixture: '2018-01_channel-home_rendered-dom_es_polymer.html' },
  name: { path: '#channel-header-container #channel-title', seen: '2018-01', fixture: '2018-01_channel-home_rendered-dom_es_polymer.html' },
  counts: { path: '#channel-header-container #subscriber-count', seen: '2018-01', fixture: '2018-01_channel-home_rendered-dom_es_polymer.html' },
} as const satisfies ProfileHeader;
