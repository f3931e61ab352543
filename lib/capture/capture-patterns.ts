import type { Platform } from '../contracts/creator';

/**
 * The page's own API responses that carry a profile's posts and counts. The page-world script
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

/** All of them, for the page-world script; each content script imports only its own platform's list. */
export const CAPTURE_PATTERNS: Record<Platform, readonly RegExp[]> = {
  instagram: INSTAGRAM_CAPTURE_PATHS,
  tiktok: TIKTOK_CAPTURE_PATHS,
  youtube: YOUTUBE_CAPTURE_PATHS,
  x: X_CAPTURE_PATHS,
};

/** Largest response body we hand over (a 12-post timeline is ~300 KB; 5 MB leaves room). */
export const MAX_CAPTURE_CHARS = 5_000_000;

export function isCapturePath(platform: Platform, path: string): boolean {
  return CAPTURE_PATTERNS[platform].some((pattern) => pattern.test(path));
}

/** The isolated script's request to replay captures made before it started. */
export const REPLAY_REQUEST = 'vetted-capture-replay';

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
