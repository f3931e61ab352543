/**
 * A TikTok video page's `__UNIVERSAL_DATA_FOR_REHYDRATION__` is 140–270 KB of JSON, nine tenths of
 * it the app's translations and context; the post reader needs only `webapp.video-detail` (9–28 KB).
 * Cut that member out of the script text and parse it alone, in the same shape as the whole
 * (`{ __DEFAULT_SCOPE__: { 'webapp.video-detail': … } }`), so the reader's paths read it unchanged.
 */
import { matchingBrace, safeJsonParse } from '../../../parse/embedded-json';

/**
 * The key as it can only appear outside a string: inside one its quotes would be escaped (\").
 * TikTok writes its JSON without spaces; a text with them falls back to the whole parse.
 */
const MEMBER = '"webapp.video-detail":{';

/** The rehydration data with only its video-detail member, or the whole block parsed when it cannot be cut. */
export function videoDetailData(text: string): unknown {
  const at = text.indexOf(MEMBER);
  // Only one such member: a second would leave unclear which is the page's.
  if (at >= 0 && text.indexOf(MEMBER, at + MEMBER.length) < 0) {
    const start = at + MEMBER.length - 1;
    const end = matchingBrace(text, start);
    const detail = end < 0 ? undefined : safeJsonParse(text.slice(start, end + 1));
    if (detail !== null && typeof detail === 'object' && !Array.isArray(detail)) return { __DEFAULT_SCOPE__: { 'webapp.video-detail': detail } };
  }
  return safeJsonParse(text);
}
