/**
 * An X status page's extract (status-collect.ts) as the background takes it before reading it
 * (status-reading.ts): the page can forge every string in it, so only this shape within the bounds
 * collecting keeps to passes. A module of its own so that nothing the content scripts carry brings zod.
 */
import { z } from '../../../contracts/zod-mini';
import { X_LANG_CHARS, X_TEXT_CHARS } from '../page-collect';
import { XArticleExtractSchema } from '../page-extract-schema';
import { X_STATUS_ARTICLES_MAX, type XStatusExtract } from './status-collect';

export const XStatusExtractSchema = z.strictObject({
  lang: z.string().check(z.maxLength(X_LANG_CHARS)),
  articles: z
    .array(
      z.strictObject({
        article: XArticleExtractSchema,
        author: z.nullable(z.strictObject({ text: z.string().check(z.maxLength(X_TEXT_CHARS)), verified: z.boolean() })),
      }),
    )
    .check(z.maxLength(X_STATUS_ARTICLES_MAX)),
}) satisfies z.ZodMiniType<XStatusExtract>;
