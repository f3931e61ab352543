/**
 * The page's own data, handed from the page-world script to a content script on request: the page
 * has parsed it already (YouTube's `window.ytInitialData` on a channel, and `ytInitialPlayerResponse`
 * on a watch page), so the content script need not parse the script text again. Both ends share
 * this shape; neither trusts the other's window.
 */

/**
 * One request and one answer name per kind of page, so that a profile script waiting for its
 * answer never takes a post page's, nor the other way round (both scripts run on every page of
 * their host).
 */
export const PAGE_DATA_CHANNELS = {
  profile: { request: 'vetted-page-data-request', answer: 'vetted-page-data' },
  post: { request: 'vetted-post-data-request', answer: 'vetted-post-data' },
} as const;

export type PageDataKind = keyof typeof PAGE_DATA_CHANNELS;

/** What the page-world script posts back: the picked data, or null when the page has none. */
export interface PageDataMessage {
  source: (typeof PAGE_DATA_CHANNELS)[PageDataKind]['answer'];
  v: 1;
  data: Record<string, unknown> | null;
}

/**
 * Check a window message as page data of `kind`. The page itself can post the same shape, as it
 * can write its own globals: this only decides what reaches the reader, which reads it like the
 * embedded data (and checks it is the channel or the post in the URL); the background validates
 * the result.
 */
export function parsePageDataMessage(kind: PageDataKind, data: unknown): { data: Record<string, unknown> | null } | null {
  if (typeof data !== 'object' || data === null) return null;
  const { source, v, data: value } = data as Record<string, unknown>;
  if (source !== PAGE_DATA_CHANNELS[kind].answer || v !== 1) return null;
  if (value === null) return { data: null };
  if (typeof value !== 'object' || Array.isArray(value)) return null;
  return { data: value as Record<string, unknown> };
}
