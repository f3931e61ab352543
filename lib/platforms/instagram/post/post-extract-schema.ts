/**
 * An Instagram post page's extract (post-collect.ts) as the background takes it before reading it
 * (post-reading.ts): the page can forge every string in it, so only this shape within the bounds
 * collecting keeps to passes. A module of its own so that nothing the content scripts carry brings zod.
 */
import { z } from '../../../contracts/zod-mini';
import { EXTRACT_CAPS } from '../page-collect';
import type { InstagramPostExtract } from './post-collect';

const text = (max: number) => z.string().check(z.maxLength(max));
const meta = text(EXTRACT_CAPS.metaChars);

export const InstagramPostExtractSchema = z
  .strictObject({
    lang: text(EXTRACT_CAPS.lang),
    sharedData: z.array(text(EXTRACT_CAPS.scriptChars)).check(z.maxLength(EXTRACT_CAPS.sharedDataScripts)),
    meta: z.strictObject({ ogUrl: meta, ogDescription: meta, description: meta, ogTitle: meta, ogType: meta }),
  })
  .check(z.refine((extract) => extract.sharedData.reduce((sum, script) => sum + script.length, 0) <= EXTRACT_CAPS.scriptChars, `embedded scripts over ${EXTRACT_CAPS.scriptChars} characters in all`)) satisfies z.ZodMiniType<InstagramPostExtract>;
