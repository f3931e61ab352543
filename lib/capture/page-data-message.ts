/**
 * The page's own data, handed from the page-world script to a content script on request: the page
 * has parsed it already (YouTube's `window.ytInitialData` on a channel, and `ytInitialPlayerResponse`
 * on a watch page), so the content script need not parse the script text again. Both ends talk
 * through events on the window they share, not window messages (lib/capture/capture-patterns.ts
 * says why): the request is an Event, the answer a CustomEvent with the data as its detail, each
 * heard at once in the other world. Neither end trusts the other's window.
 */

/**
 * One request and one answer event type per kind of page, so that a profile script waiting for its
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
 * The answer's detail, from the page-world script's CustomEvent of the kind's answer type: the
 * picked data as JSON text, or null when the page has none. Text rather than the object: a string
 * crosses from the page's world to ours as it is (an object would be cloned value by value), and
 * the profile script sends the text on to the background as it is. The page itself can dispatch
 * the same event, as it can write its own globals: this only decides what reaches the reader (a
 * post page's, on the page) or the background (a channel's), which read it like the embedded data
 * and check it is the channel or the post in the URL.
 */
export function parsePageDataAnswer(detail: unknown): { text: string | null } | null {
  if (detail === null) return { text: null };
  return typeof detail === 'string' && detail.length <= MAX_PAGE_DATA_CHARS ? { text: detail } : null;
}
