/**
 * A TikTok video page's extract (video-collect.ts) as the background takes it before reading it
 * (video-reading.ts): the page can forge every string in it, so only this shape within the bounds
 * collecting keeps to passes. A module of its own so that nothing the content scripts carry brings zod.
 */
import { z } from '../../../contracts/zod-mini';
import { TIKTOK_ITEM_CHARS, TIKTOK_RAW_TEXT, TIKTOK_SCRIPT_CHARS } from '../page-collect';
import { TIKTOK_LANG_CHARS, TIKTOK_VIDEO_DETAIL_CHARS, type TiktokVideoExtract } from './video-collect';

const shown = z.string().check(z.maxLength(TIKTOK_ITEM_CHARS));

export const TiktokVideoExtractSchema = z.strictObject({
  lang: z.string().check(z.maxLength(TIKTOK_LANG_CHARS)),
  videoDetail: z.nullable(z.string().check(z.maxLength(TIKTOK_VIDEO_DETAIL_CHARS))),
  data: z.nullable(z.string().check(z.maxLength(TIKTOK_SCRIPT_CHARS))),
  feed: z.nullable(
    z.strictObject({
      video: z.string().check(z.regex(/^\d{1,32}$/)),
      author: shown,
      likes: shown,
      comments: shown,
      shares: shown,
      saves: shown,
      caption: z.string().check(z.maxLength(TIKTOK_RAW_TEXT)),
      sponsoredTag: z.boolean(),
    }),
  ),
}) satisfies z.ZodMiniType<TiktokVideoExtract>;
