import { z } from '../../contracts/zod-mini';
import { CAPS } from '../../contracts/caps';
import { TIKTOK_ALT_CHARS, TIKTOK_ITEM_CHARS, TIKTOK_JSONLD_BLOCKS, TIKTOK_JSONLD_CHARS, TIKTOK_RAW_TEXT, TIKTOK_SCRIPT_CHARS, type TiktokPageExtract } from './page-collect';
import { SCRIPTS } from './paths';

const shown = z.string().check(z.maxLength(TIKTOK_RAW_TEXT));
const itemPart = z.string().check(z.maxLength(TIKTOK_ITEM_CHARS));

/**
 * What a TikTok content script collected of its page (page-collect.ts), as the background takes it
 * before reading it: the page can forge every string in it, so only the shape and the sizes the
 * collecting keeps to pass; anything else, or more, is refused.
 */
export const TiktokPageExtractSchema = z.strictObject({
  lang: z.string().check(z.maxLength(64)),
  scripts: z.array(z.nullable(z.string().check(z.maxLength(TIKTOK_SCRIPT_CHARS)))).check(z.length(SCRIPTS.length)),
  jsonLd: z.array(z.string().check(z.maxLength(TIKTOK_JSONLD_CHARS))).check(z.maxLength(TIKTOK_JSONLD_BLOCKS)),
  dom: z.strictObject({
    title: shown,
    subtitle: shown,
    followers: shown,
    following: shown,
    totalLikes: shown,
    bio: shown,
    bioLink: z.nullable(z.strictObject({ href: shown, text: shown })),
    items: z.array(z.strictObject({ href: itemPart, views: itemPart, alt: z.string().check(z.maxLength(TIKTOK_ALT_CHARS)), badge: itemPart })).check(z.maxLength(CAPS.posts)),
    sortIndex: z.number().check(z.int(), z.minimum(-1), z.maximum(1_000)),
    shell: z.boolean(),
  }),
}) satisfies z.ZodMiniType<TiktokPageExtract>;
