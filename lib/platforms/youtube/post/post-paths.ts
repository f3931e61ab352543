/**
 * Where YouTube keeps a video's counts and comments: the watch page's `ytInitialData` (the same
 * object as a `/youtubei/v1/next` response), `ytInitialPlayerResponse` (a `/player` response), and
 * the comment continuations `/next` answers. Each entry names the month seen and the saved file
 * under tests/fixtures/youtube/ that shows it (tests/lib/platforms/page-paths.test.ts).
 */
import type { PagePath } from '../../page-path';

export const PLAYER_RESPONSE_NAME = 'ytInitialPlayerResponse';

export const WATCH_NEXT = {
  videoId: { path: ['currentVideoEndpoint', 'watchEndpoint', 'videoId'], seen: '2026-01', fixture: '2026-01_next-watch_en-GB_videoPrimaryInfo_likeCountEntity_connor-craftt.json' },
  contents: { path: ['contents', 'twoColumnWatchNextResults', 'results', 'results', 'contents'], seen: '2026-01', fixture: '2026-01_next-watch_en-GB_videoPrimaryInfo_likeCountEntity_connor-craftt.json' },
  engagementPanels: { path: ['engagementPanels'], seen: '2026-01', fixture: '2026-01_next-watch_en-GB_videoPrimaryInfo_likeCountEntity_connor-craftt.json' },
} as const satisfies Record<string, PagePath>;

/** Inside `contents[]`: the renderers, found by key since their positions move (a merchandise shelf in de-DE). */
export const WATCH_PRIMARY = {
  renderer: { path: ['videoPrimaryInfoRenderer'], seen: '2026-01', fixture: '2026-01_next-watch_de-DE_videoPrimaryInfo_kurzgesagt.json' },
  title: { path: ['title'], seen: '2026-01', fixture: '2026-01_next-watch_en-GB_videoPrimaryInfo_likeCountEntity_connor-craftt.json' },
  /** "3421"; "0" in de-DE and on the 2024 es-ES page, so 0 means unusable. */
  originalViews: { path: ['viewCount', 'videoViewCountRenderer', 'originalViewCount'], seen: '2026-01', fixture: '2026-01_next-watch_en-GB_videoPrimaryInfo_likeCountEntity_connor-craftt.json' },
  /** "18.567.581 Aufrufe", "1.077.715 visualizaciones": exact, grouped per locale. */
  viewsText: { path: ['viewCount', 'videoViewCountRenderer', 'viewCount'], seen: '2026-01', fixture: '2026-01_next-watch_de-DE_videoPrimaryInfo_kurzgesagt.json' },
  /** "26 Jan 2026", "27.04.2021", "14 abr 2017". */
  dateText: { path: ['dateText'], seen: '2026-01', fixture: '2026-01_next-watch_de-DE_videoPrimaryInfo_kurzgesagt.json' },
  likeButton: {
    path: ['videoActions', 'menuRenderer', 'topLevelButtons', 0, 'segmentedLikeDislikeButtonViewModel', 'likeButtonViewModel', 'likeButtonViewModel', 'toggleButtonViewModel', 'toggleButtonViewModel', 'defaultButtonViewModel', 'buttonViewModel'],
    seen: '2026-06',
    fixture: '2026-06_next-watch_en-GB_videoOwner-collaborators_crunchlabs.json',
  },
} as const satisfies Record<string, PagePath>;

export const LIKE_BUTTON = {
  /** "like this video along with 31,009 other people": the exact count, where the title says "31k". */
  a11y: { path: ['accessibilityText'], seen: '2026-06', fixture: '2026-06_next-watch_en-GB_videoOwner-collaborators_crunchlabs.json' },
  title: { path: ['title'], seen: '2026-01', fixture: '2026-01_next-watch_de-DE_videoPrimaryInfo_kurzgesagt.json' },
} as const satisfies Record<string, PagePath>;

export const WATCH_SECONDARY = {
  owner: { path: ['videoSecondaryInfoRenderer', 'owner', 'videoOwnerRenderer'], seen: '2026-01', fixture: '2026-01_next-watch_de-DE_videoPrimaryInfo_kurzgesagt.json' },
  ownerUrl: { path: ['navigationEndpoint', 'browseEndpoint', 'canonicalBaseUrl'], seen: '2026-01', fixture: '2026-01_next-watch_de-DE_videoPrimaryInfo_kurzgesagt.json' },
  ownerName: { path: ['title'], seen: '2026-01', fixture: '2026-01_next-watch_en-GB_videoPrimaryInfo_likeCountEntity_connor-craftt.json' },
  subscribers: { path: ['subscriberCountText'], seen: '2026-01', fixture: '2026-01_next-watch_en-GB_videoPrimaryInfo_likeCountEntity_connor-craftt.json' },
  badges: { path: ['badges'], seen: '2026-01', fixture: '2026-01_next-watch_de-DE_videoPrimaryInfo_kurzgesagt.json' },
  /** A collaboration (2026-06) names its channels in a dialog: the first is the uploader. */
  collaborators: { path: ['navigationEndpoint', 'showDialogCommand', 'panelLoadingStrategy', 'inlineContent', 'dialogViewModel', 'customContent', 'listViewModel', 'listItems'], seen: '2026-06', fixture: '2026-06_next-watch_en-GB_videoOwner-collaborators_crunchlabs.json' },
  collaboratorUrl: { path: ['listItemViewModel', 'leadingAccessory', 'avatarViewModel', 'endpoint', 'innertubeCommand', 'browseEndpoint', 'canonicalBaseUrl'], seen: '2026-06', fixture: '2026-06_next-watch_en-GB_videoOwner-collaborators_crunchlabs.json' },
  collaboratorName: { path: ['listItemViewModel', 'title'], seen: '2026-06', fixture: '2026-06_next-watch_en-GB_videoOwner-collaborators_crunchlabs.json' },
} as const satisfies Record<string, PagePath>;

/** The comments panel's title carries the count: "68", "19.783", "1 K". */
export const COMMENTS_PANEL = {
  targetId: 'engagement-panel-comments-section',
  panel: { path: ['engagementPanelSectionListRenderer'], seen: '2026-01', fixture: '2026-01_next-watch_en-GB_videoPrimaryInfo_likeCountEntity_connor-craftt.json' },
  count: { path: ['header', 'engagementPanelTitleHeaderRenderer', 'contextualInfo'], seen: '2026-01', fixture: '2026-01_next-watch_en-GB_videoPrimaryInfo_likeCountEntity_connor-craftt.json' },
} as const;

/** `ytInitialPlayerResponse` / `/player`: exact values, no likes before 2026 (the 2024 es-ES page has none). */
export const PLAYER = {
  microformat: { path: ['microformat', 'playerMicroformatRenderer'], seen: '2026-06', fixture: '2026-06_player-microformat_en-GB_crunchlabs.json' },
  videoId: { path: ['videoDetails', 'videoId'], seen: '2026-06', fixture: '2026-06_player-microformat_en-GB_crunchlabs.json' },
  publishDate: { path: ['publishDate'], seen: '2026-06', fixture: '2026-06_player-microformat_en-GB_crunchlabs.json' },
  viewCount: { path: ['viewCount'], seen: '2026-06', fixture: '2026-06_player-microformat_en-GB_crunchlabs.json' },
  likeCount: { path: ['likeCount'], seen: '2026-06', fixture: '2026-06_player-microformat_en-GB_crunchlabs.json' },
  ownerName: { path: ['ownerChannelName'], seen: '2026-06', fixture: '2026-06_player-microformat_en-GB_crunchlabs.json' },
  /** "http://www.youtube.com/@CrunchLabs": the uploader, where a collaboration's owner box names two. */
  ownerProfileUrl: { path: ['ownerProfileUrl'], seen: '2026-06', fixture: '2026-06_player-microformat_en-GB_crunchlabs.json' },
} as const satisfies Record<string, PagePath>;

/** `/next` comment continuations (2026-01): thread renderers point at entity payloads by key. */
export const COMMENTS = {
  endpoints: { path: ['onResponseReceivedEndpoints'], seen: '2026-01', fixture: '2026-01_next-comments_en-GB_commentEntityPayload_hearted_connor-craftt.json' },
  reloadItems: { path: ['reloadContinuationItemsCommand', 'continuationItems'], seen: '2026-01', fixture: '2026-01_next-comments_en-GB_commentEntityPayload_hearted_connor-craftt.json' },
  appendItems: { path: ['appendContinuationItemsAction', 'continuationItems'], seen: '2026-01', fixture: '2026-01_next-replies_en-GB_commentEntityPayload_kurzgesagt.json' },
  headerCount: { path: ['commentsHeaderRenderer', 'countText'], seen: '2026-01', fixture: '2026-01_next-comments_de-DE_commentEntityPayload_pinned_kurzgesagt.json' },
  threadView: { path: ['commentThreadRenderer', 'commentViewModel', 'commentViewModel'], seen: '2026-01', fixture: '2026-01_next-comments_en-GB_commentEntityPayload_hearted_connor-craftt.json' },
  /** Replies come as bare view models. */
  bareView: { path: ['commentViewModel'], seen: '2026-01', fixture: '2026-01_next-replies_en-GB_commentEntityPayload_kurzgesagt.json' },
  /** Present when the creator answered in the thread. */
  creatorReplied: { path: ['commentThreadRenderer', 'replies', 'commentRepliesRenderer', 'viewRepliesCreatorThumbnail'], seen: '2026-01', fixture: '2026-01_next-comments_en-GB_commentEntityPayload_hearted_connor-craftt.json' },
  mutations: { path: ['frameworkUpdates', 'entityBatchUpdate', 'mutations'], seen: '2026-01', fixture: '2026-01_next-comments_en-GB_commentEntityPayload_hearted_connor-craftt.json' },
  entity: { path: ['payload', 'commentEntityPayload'], seen: '2026-01', fixture: '2026-01_next-comments_en-GB_commentEntityPayload_hearted_connor-craftt.json' },
  heart: { path: ['payload', 'engagementToolbarStateEntityPayload', 'heartState'], seen: '2026-01', fixture: '2026-01_next-comments_en-GB_commentEntityPayload_hearted_connor-craftt.json' },
  /** "/watch?v=RwTdoQNVMTY&lc=…": the only place a comment page names its video. */
  videoUrl: { path: ['payload', 'commentSurfaceEntityPayload', 'publishedTimeCommand', 'innertubeCommand', 'commandMetadata', 'webCommandMetadata', 'url'], seen: '2026-01', fixture: '2026-01_next-comments_en-GB_commentEntityPayload_hearted_connor-craftt.json' },
} as const satisfies Record<string, PagePath>;

/** Inside a commentEntityPayload. */
export const COMMENT_ENTITY = {
  id: { path: ['properties', 'commentId'], seen: '2026-01', fixture: '2026-01_next-comments_en-GB_commentEntityPayload_hearted_connor-craftt.json' },
  text: { path: ['properties', 'content', 'content'], seen: '2026-01', fixture: '2026-01_next-comments_en-GB_commentEntityPayload_hearted_connor-craftt.json' },
  /** "17 hours ago", "vor 4 Jahren (bearbeitet)". */
  published: { path: ['properties', 'publishedTime'], seen: '2026-01', fixture: '2026-01_next-comments_en-GB_commentEntityPayload_hearted_connor-craftt.json' },
  /** "@xoxo_atlas": the handle. */
  author: { path: ['author', 'displayName'], seen: '2026-01', fixture: '2026-01_next-comments_en-GB_commentEntityPayload_hearted_connor-craftt.json' },
  authorChannel: { path: ['author', 'channelId'], seen: '2026-01', fixture: '2026-01_next-comments_en-GB_commentEntityPayload_hearted_connor-craftt.json' },
  isCreator: { path: ['author', 'isCreator'], seen: '2026-01', fixture: '2026-01_next-comments_de-DE_commentEntityPayload_pinned_kurzgesagt.json' },
  /** "25 likes", "19.924 Likes": exact where `likeCountNotliked` says "19k". Empty when none. */
  likesA11y: { path: ['toolbar', 'likeCountA11y'], seen: '2026-01', fixture: '2026-01_next-comments_en-GB_commentEntityPayload_pinned_kurzgesagt.json' },
  /** "1 reply", "436 Antworten" (replyCount is "" on replies). */
  repliesA11y: { path: ['toolbar', 'replyCountA11y'], seen: '2026-01', fixture: '2026-01_next-replies_en-GB_commentEntityPayload_kurzgesagt.json' },
} as const satisfies Record<string, PagePath>;

export const HEARTED = 'TOOLBAR_HEART_STATE_HEARTED';
export const UNHEARTED = 'TOOLBAR_HEART_STATE_UNHEARTED';
