/**
 * The page's own data, handed from the page-world script to the content script on request: the
 * page has parsed it already (YouTube's `window.ytInitialData`), so the content script need not
 * parse the script text again. Both ends share this shape; neither trusts the other's window.
 */

/** The content script's request for the page's data. */
export const PAGE_DATA_REQUEST = 'vetted-page-data-request';

/** What the page-world script posts back: the picked data, or null when the page has none. */
export interface PageDataMessage {
  source: 'vetted-page-data';
  v: 1;
  data: Record<string, unknown> | null;
}

/**
 * Check a window message as page data. The page itself can post the same shape, as it can write
 * its own `ytInitialData`: this only decides what reaches the reader, which reads it like the
 * embedded data (and checks it is the channel in the URL); the background validates the result.
 */
export function parsePageDataMessage(data: unknown): { data: Record<string, unknown> | null } | null {
  if (typeof data !== 'object' || data === null) return null;
  const { source, v, data: value } = data as Record<string, unknown>;
  if (source !== 'vetted-page-data' || v !== 1) return null;
  if (value === null) return { data: null };
  if (typeof value !== 'object' || Array.isArray(value)) return null;
  return { data: value as Record<string, unknown> };
}
