/**
 * A TikTok video page's `__UNIVERSAL_DATA_FOR_REHYDRATION__` is 140–270 KB of JSON, nine tenths of
 * it the app's translations and context; the post reader needs only `webapp.video-detail` (9–28 KB).
 * The page cuts that member out of the text (video-collect.ts sliceVideoDetail); here, in the
 * background, it is parsed alone, in the same shape as the whole
 * (`{ __DEFAULT_SCOPE__: { 'webapp.video-detail': … } }`), so the reader's paths read it unchanged.
 */
import { safeJsonParse } from '../../../parse/embedded-json';
import type { TiktokVideoExtract } from './video-collect';

const VIDEO_DETAIL = 'webapp.video-detail';

/** The rehydration data with only its video-detail member, or the whole block parsed when the page had no such member. */
export function videoDetailData({ videoDetail, data }: Pick<TiktokVideoExtract, 'videoDetail' | 'data'>): unknown {
  if (videoDetail === null) return safeJsonParse(data ?? '');
  const detail = safeJsonParse(videoDetail);
  // Invalid as a member, invalid as a whole: the member is a part of the whole's text.
  return detail !== null && typeof detail === 'object' && !Array.isArray(detail) ? { __DEFAULT_SCOPE__: { [VIDEO_DETAIL]: detail } } : undefined;
}
