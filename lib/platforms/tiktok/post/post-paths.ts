/**
 * Where TikTok keeps a video's author and its comments: the video page's embedded
 * `webapp.video-detail` item (see JSON_PATHS.universalVideoItem in ../paths.ts) and the page's own
 * `/api/comment/list/` answers. Dated and checked against tests/fixtures/tiktok/ like ../paths.ts.
 */
import type { PagePath } from '../../page-path';

export const VIDEO_ITEM = {
  author: { path: ['author'], seen: '2025-12', fixture: '2025-12_video_rendered-dom_universal-data_en-ES_illojuan.html' },
  authorHandle: { path: ['uniqueId'], seen: '2025-12', fixture: '2025-12_video_rendered-dom_universal-data_en-ES_illojuan.html' },
  authorName: { path: ['nickname'], seen: '2025-12', fixture: '2025-12_video_rendered-dom_universal-data_en-ES_illojuan.html' },
  authorVerified: { path: ['verified'], seen: '2025-07', fixture: '2025-07_video_rendered-dom_universal-data_en-VN_dangthuhaf.html' },
  /** Rounded on every saved page (authorStatsV2 repeats the rounded value). */
  authorStats: { path: ['authorStats'], seen: '2025-12', fixture: '2025-12_video_rendered-dom_universal-data_en-ES_illojuan.html' },
  authorStatsV2: { path: ['authorStatsV2'], seen: '2025-12', fixture: '2025-12_video_rendered-dom_universal-data_en-ES_illojuan.html' },
} as const satisfies Record<string, PagePath>;

/** `/api/comment/list/`: `{comments, total}` as TikTok sends it; TikHub wraps it in `data` (2026-02). */
export const COMMENT_LIST = {
  comments: [
    // TikTok's own body (seen inside TikHub's `data`), then TikHub's envelope.
    { path: ['comments'], seen: '2026-02', fixture: '2026-02_comment-list_json_en-US_tikhub-envelope.json' },
    { path: ['data', 'comments'], seen: '2026-02', fixture: '2026-02_comment-list_json_en-US_tikhub-envelope.json' },
  ],
  total: [
    { path: ['total'], seen: '2026-02', fixture: '2026-02_comment-list_json_en-US_tikhub-envelope.json' },
    { path: ['data', 'total'], seen: '2026-02', fixture: '2026-02_comment-list_json_en-US_tikhub-envelope.json' },
  ],
} as const satisfies Record<string, readonly PagePath[]>;

/** One comment of the list, with TikTok's own keys (kept by the 2026-01 scraper subset too). */
export const COMMENT = {
  id: { path: ['cid'], seen: '2026-02', fixture: '2026-02_comment-list_json_en-US_tikhub-envelope.json' },
  videoId: { path: ['aweme_id'], seen: '2026-02', fixture: '2026-02_comment-list_json_en-US_tikhub-envelope.json' },
  text: { path: ['text'], seen: '2026-02', fixture: '2026-02_comment-list_json_en-US_tikhub-envelope.json' },
  created: { path: ['create_time'], seen: '2026-02', fixture: '2026-02_comment-list_json_en-US_tikhub-envelope.json' },
  likes: { path: ['digg_count'], seen: '2026-02', fixture: '2026-02_comment-list_json_en-US_tikhub-envelope.json' },
  replies: { path: ['reply_comment_total'], seen: '2026-02', fixture: '2026-02_comment-list_json_en-US_tikhub-envelope.json' },
  /** The creator liked it. */
  authorLiked: { path: ['is_author_digged'], seen: '2026-02', fixture: '2026-02_comment-list_json_en-US_tikhub-envelope.json' },
  handle: [
    { path: ['user', 'unique_id'], seen: '2026-02', fixture: '2026-02_comment-list_json_en-US_tikhub-envelope.json' },
    // The scrapfly subset flattens `user.unique_id` to `unique_id`.
    { path: ['unique_id'], seen: '2026-01', fixture: '2026-01_comment-list_derived-subset_scrapfly.json' },
  ],
} as const satisfies Record<string, PagePath | readonly PagePath[]>;

/**
 * The rendered video page (2025-12): a vertical feed of `<article>`s, the opened video first and the
 * next ones below it, each with its player (whose id ends in the video's id), its author's avatar
 * link and its counts. The app changes the address to another video without reloading, and the
 * embedded data keeps describing the first: the article of the video in the address is the page's
 * only reading of it. Hashed class names are never used.
 */
export const FEED_DOM = {
  article: { path: '[data-e2e="recommend-list-item-container"]', seen: '2025-12', fixture: '2025-12_video_rendered-dom_universal-data_en-ES_illojuan.html' },
  /** `id="xgwrapper-0-7571863205253778710"`: the player of that video (PLAYER_ID reads the id). */
  player: { path: '[id^="xgwrapper-"]', seen: '2025-12', fixture: '2025-12_video_rendered-dom_universal-data_en-ES_illojuan.html' },
  author: { path: 'a[data-e2e="video-author-avatar"][href^="/@"]', seen: '2025-12', fixture: '2025-12_video_rendered-dom_universal-data_en-ES_illojuan.html' },
  likes: { path: '[data-e2e="like-count"]', seen: '2025-12', fixture: '2025-12_video_rendered-dom_universal-data_en-ES_illojuan.html' },
  comments: { path: '[data-e2e="comment-count"]', seen: '2025-12', fixture: '2025-12_video_rendered-dom_universal-data_en-ES_illojuan.html' },
  shares: { path: '[data-e2e="share-count"]', seen: '2025-12', fixture: '2025-12_video_rendered-dom_universal-data_en-ES_illojuan.html' },
  /** Saves, under the app's own misnamed hook (its button says "1311 added to Favorites"). */
  saves: { path: '[data-e2e="undefined-count"]', seen: '2025-12', fixture: '2025-12_video_rendered-dom_universal-data_en-ES_illojuan.html' },
  caption: { path: '[data-e2e="video-desc"]', seen: '2025-12', fixture: '2025-12_video_rendered-dom_universal-data_en-ES_illojuan.html' },
  /** The "Paid partnership" chip under the caption. */
  sponsoredTag: { path: '[data-e2e="sponsored-tag"]', seen: '2025-12', fixture: '2025-12_video_rendered-dom_universal-data_en-ES_illojuan.html' },
} as const satisfies Record<string, PagePath<string>>;

/** The video id at the end of a player's element id. */
export const PLAYER_ID = /^xgwrapper-\d+-(\d{1,32})$/;
