import type { Platform } from '../contracts/creator';

/**
 * The page's own API responses that carry a profile's posts and counts, or a post and its comments. The page-world script
 * records a response only when its path matches one of these; nothing else leaves the page.
 * Each pattern: the date it was seen; the captured responses are under tests/fixtures/<platform>/.
 */
export const INSTAGRAM_CAPTURE_PATHS: readonly RegExp[] = [
  /^\/graphql\/query\/?$/, // timeline GraphQL (xdt_api__v1__feed__user_timeline_graphql_connection), seen 2026-06
  /^\/api\/graphql\/?$/, // same, older route, seen 2024
  /^\/api\/v1\/feed\/user\/[^/]+\/?$/, // feed API, seen 2024
  /^\/api\/v1\/users\/web_profile_info\/?$/, // profile JSON, seen 2023-06 .. 2026
];
export const TIKTOK_CAPTURE_PATHS: readonly RegExp[] = [/^\/api\/post\/item_list\/?$/, /^\/api\/user\/detail\/?$/]; // seen 2024-02 .. 2026-01
export const YOUTUBE_CAPTURE_PATHS: readonly RegExp[] = [/^\/youtubei\/v1\/browse\/?$/]; // InnerTube browse, seen 2021-07 .. 2026-05
export const X_CAPTURE_PATHS: readonly RegExp[] = [/^\/i\/api\/graphql\/[^/]+\/(UserTweets|UserByScreenName|UserTweetsAndReplies|UserMedia)\/?$/]; // seen 2023-04 .. 2026-08

/**
 * The responses a post page fetches: the post itself and its comment pages. Read only by the post
 * content scripts; each pattern with the saved response under tests/fixtures/<platform>/ that shows it.
 */
export const INSTAGRAM_POST_CAPTURE_PATHS: readonly RegExp[] = [
  // data.xdt_shortcode_media with its comments, seen 2026-06 in a scraper's requests to this route
  // (shared/fixtures/real/instagram/2026-06_reel_derived-from-xdt_shortcode_media_scrapfly.json keeps
  // its values under renamed keys); the same node as the ?__a=1 answer of 2025-02_reel_a1-json_…_ones_makau.json.
  /^\/graphql\/query\/?$/,
];
export const TIKTOK_POST_CAPTURE_PATHS: readonly RegExp[] = [
  /^\/api\/comment\/list\/?$/, // seen 2026-01, 2026-02 (2026-02_comment-list_json_en-US_tikhub-envelope.json)
];
export const YOUTUBE_POST_CAPTURE_PATHS: readonly RegExp[] = [
  /^\/youtubei\/v1\/next\/?$/, // the video after an in-app navigation, and its comment pages, seen 2026-01 (2026-01_next-watch_…, 2026-01_next-comments_…)
  /^\/youtubei\/v1\/player\/?$/, // exact likes and views in microformat, seen 2026-06 (2026-06_player-microformat_en-GB_crunchlabs.json)
];
export const X_POST_CAPTURE_PATHS: readonly RegExp[] = [
  /^\/i\/api\/graphql\/[^/]+\/TweetDetail\/?$/, // the post and its replies, seen 2025-03, 2026-08 (…_graphql_TweetDetail_threaded-conversation_…)
];

/**
 * All of them, for the page-world script; each content script imports only the lists it reads.
 * Two plain records, not one merged list: spreading arrays here would keep every list in every
 * content script's bundle (the bundler cannot prove the spread free of side effects).
 */
export const CAPTURE_PATTERNS: Record<Platform, readonly RegExp[]> = {
  instagram: INSTAGRAM_CAPTURE_PATHS,
  tiktok: TIKTOK_CAPTURE_PATHS,
  youtube: YOUTUBE_CAPTURE_PATHS,
  x: X_CAPTURE_PATHS,
};
export const POST_CAPTURE_PATTERNS: Record<Platform, readonly RegExp[]> = {
  instagram: INSTAGRAM_POST_CAPTURE_PATHS,
  tiktok: TIKTOK_POST_CAPTURE_PATHS,
  youtube: YOUTUBE_POST_CAPTURE_PATHS,
  x: X_POST_CAPTURE_PATHS,
};

/** Largest response body we hand over (a 12-post timeline is ~300 KB; 5 MB leaves room). */
export const MAX_CAPTURE_CHARS = 5_000_000;

export function isCapturePath(platform: Platform, path: string): boolean {
  return CAPTURE_PATTERNS[platform].some((pattern) => pattern.test(path)) || POST_CAPTURE_PATTERNS[platform].some((pattern) => pattern.test(path));
}

/**
 * The isolated script's request to replay captures made before it started: the type of an Event
 * dispatched on the window (askForReplay), which only the page-world script listens for. Not a
 * window message: that is delivered to every message listener on the page, the page's own
 * included, and postMessage records where it was called from. With DevTools attached (as in every
 * benchmark: they drive the browser through it) that record is the whole stack, whose source
 * positions V8 then re-parses the content script for: 2.4-2.9 ms of its evaluation on the saved X
 * profile (thread time, tests/bench/overlay-cpu-ab.ts); 0.3 ms without DevTools.
 */
export const REPLAY_REQUEST = 'vetted-capture-replay';

/** Ask the page-world script to post again the captures it made before we listened (lib/capture/page-world-hooks.ts). */
export function askForReplay(win: Window): void {
  win.dispatchEvent(new Event(REPLAY_REQUEST));
}

/** What the page-world script posts to the content script. */
export interface CaptureMessage {
  source: 'vetted-capture';
  v: 1;
  url: string;
  text: string;
}

/**
 * Validate a window message as a capture. The page itself can post the same shape, so this only
 * decides what reaches the reader: a forged capture is re-read like any response, merged only into
 * the profile on screen, validated again by the background, and can never save anything (saves
 * come only from a click inside the overlay, which is our own extension page).
 */
export function parseCaptureMessage(data: unknown, capturePaths: readonly RegExp[], pageOrigin: string): { url: URL; text: string } | null {
  if (typeof data !== 'object' || data === null) return null;
  const { source, v, url, text } = data as Record<string, unknown>;
  if (source !== 'vetted-capture' || v !== 1 || typeof url !== 'string' || typeof text !== 'string') return null;
  if (text.length === 0 || text.length > MAX_CAPTURE_CHARS || url.length > 4096) return null;
  let parsed: URL;
  try {
    parsed = new URL(url, pageOrigin);
  } catch {
    return null;
  }
  if (parsed.origin !== pageOrigin || !capturePaths.some((pattern) => pattern.test(parsed.pathname))) return null;
  return { url: parsed, text };
}
