import type { ResponseMap } from '../messages/protocol';
import type { ReadResult } from '../platforms/types';

/** Why the background found no reading of the profile on screen in the page data it was handed. */
export type PageDataUnread = NonNullable<ResponseMap['snapshot/submit']['unread']>;

/**
 * A reading of the rendered page after the background found none in the page data: its failure
 * says what the data lacked as well as what the page lacked.
 */
export function withPageDataVerdict(result: ReadResult, unread: PageDataUnread | null): ReadResult {
  if (result.ok || !unread) return result;
  return { ok: false, reason: result.reason === 'not-ready' ? unread.reason : result.reason, tried: [...unread.tried, ...result.tried] };
}
