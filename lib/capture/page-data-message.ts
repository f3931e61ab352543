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

/**
 * Longest pick handed over, as JSON text: a channel's pick is 40–220 KB on the saved pages, a watch
 * page's a few KB. The background refuses longer page data (lib/messages/protocol.ts).
 */
export const MAX_PAGE_DATA_CHARS = 4_000_000;

/**
 * What the page-world script posts back: the picked data as JSON text, or null when the page has
 * none. Text rather than the object: every world with a window message listener (the page's own,
 * ours in both worlds) would otherwise rebuild the object from its structured clone, and the
 * profile script sends the text on to the background as it is, which takes a string in one copy
 * where an object is walked value by value.
 */
export interface PageDataMessage {
  source: (typeof PAGE_DATA_CHANNELS)[PageDataKind]['answer'];
  v: 2;
  text: string | null;
}

/**
 * Check a window message as page data of `kind`. The page itself can post the same shape, as it
 * can write its own globals: this only decides what reaches the reader (a post page's, on the
 * page) or the background (a channel's), which read it like the embedded data and check it is the
 * channel or the post in the URL.
 */
export function parsePageDataMessage(kind: PageDataKind, data: unknown): { text: string | null } | null {
  if (typeof data !== 'object' || data === null) return null;
  const { source, v, text } = data as Record<string, unknown>;
  if (source !== PAGE_DATA_CHANNELS[kind].answer || v !== 2) return null;
  if (text === null) return { text: null };
  return typeof text === 'string' && text.length <= MAX_PAGE_DATA_CHARS ? { text } : null;
}
