/**
 * A post page's own data, handed from the page-world script to the post content script on request:
 * the page has parsed it already (YouTube's `window.ytInitialData` and `ytInitialPlayerResponse` on
 * a watch page), so the content script need not parse the script texts again. Apart from the
 * profile pages' page data (page-data-message.ts): its own request and answer, so that a profile
 * script waiting for its answer never takes a post's, nor the other way round.
 */

/** The post content script's request for the page's data. */
export const POST_DATA_REQUEST = 'vetted-post-data-request';

/** What the page-world script posts back: the picked data, or null when the page has none. */
export interface PostDataMessage {
  source: 'vetted-post-data';
  v: 1;
  data: Record<string, unknown> | null;
}

/**
 * Check a window message as post data. The page itself can post the same shape, as it can write
 * its own globals: this only decides what reaches the post reader, which reads it like the embedded
 * data (and checks it is the post in the URL); the background validates the result.
 */
export function parsePostDataMessage(data: unknown): { data: Record<string, unknown> | null } | null {
  if (typeof data !== 'object' || data === null) return null;
  const { source, v, data: value } = data as Record<string, unknown>;
  if (source !== 'vetted-post-data' || v !== 1) return null;
  if (value === null) return { data: null };
  if (typeof value !== 'object' || Array.isArray(value)) return null;
  return { data: value as Record<string, unknown> };
}
