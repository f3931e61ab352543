/**
 * A TikTok video page's `__UNIVERSAL_DATA_FOR_REHYDRATION__` is 140–270 KB of JSON, nine tenths of
 * it the app's translations and context; the post reader needs only `webapp.video-detail` (9–28 KB).
 * Parse that member alone (memberObject), in the same shape as the whole
 * (`{ __DEFAULT_SCOPE__: { 'webapp.video-detail': … } }`), so the reader's paths read it unchanged.
 */
import { memberObject, safeJsonParse } from '../../../parse/embedded-json';

const VIDEO_DETAIL = 'webapp.video-detail';

/** The rehydration data with only its video-detail member, or the whole block parsed when it has no such member. */
export function videoDetailData(text: string): unknown {
  const detail = memberObject(text, VIDEO_DETAIL);
  if (detail !== null && typeof detail === 'object' && !Array.isArray(detail)) return { __DEFAULT_SCOPE__: { [VIDEO_DETAIL]: detail } };
  return safeJsonParse(text);
}
