/**
 * An Instagram profile page's extract (page-collect.ts) as the background takes it before reading
 * it (page-extract-reading.ts): the page can forge every string in it, so only this shape within
 * the bounds collecting keeps to passes; anything else, or more, is refused. A module of its own so
 * that nothing the content scripts carry brings zod.
 */
import { z } from '../../contracts/zod-mini';
import { EXTRACT_CAPS, type InstagramPageExtract } from './page-collect';
import { IG_GRID } from './paths';

const text = (max: number) => z.string().check(z.maxLength(max));
const texts = (max: number, items: number) => z.array(text(max)).check(z.maxLength(items));

const HeaderCountSchema = z.nullable(
  z.strictObject({ viaLink: z.boolean(), title: z.nullable(text(EXTRACT_CAPS.countText)), text: text(EXTRACT_CAPS.countText) }),
);

const GridTileSchema = z.strictObject({
  code: z.string().check(z.maxLength(EXTRACT_CAPS.tileCode), z.regex(IG_GRID.code)),
  route: z.enum(['p', 'reel', 'tv']),
  alt: text(EXTRACT_CAPS.alt),
  clip: z.boolean(),
  carousel: z.boolean(),
  pinned: z.boolean(),
  overlay: z.nullable(z.tuple([text(EXTRACT_CAPS.countText), text(EXTRACT_CAPS.countText)])),
});

function scriptChars(extract: Pick<InstagramPageExtract, 'sharedData' | 'sjs' | 'jsonLd'>): number {
  return [...extract.sharedData, ...extract.sjs, ...extract.jsonLd].reduce((sum, script) => sum + script.length, 0);
}

/** An extract as a content script may send it: every field bounded (EXTRACT_CAPS), nothing more. */
export const InstagramPageExtractSchema = z
  .strictObject({
    handle: z.nullable(z.string().check(z.regex(/^[a-z0-9._-]{1,64}$/))),
    lang: text(EXTRACT_CAPS.lang),
    sharedData: texts(EXTRACT_CAPS.scriptChars, EXTRACT_CAPS.sharedDataScripts),
    sjs: texts(EXTRACT_CAPS.scriptChars, EXTRACT_CAPS.sjsScripts),
    jsonLd: texts(EXTRACT_CAPS.jsonLdChars, EXTRACT_CAPS.jsonLdScripts),
    meta: z.strictObject({
      ogUrl: text(EXTRACT_CAPS.metaChars),
      ogDescription: text(EXTRACT_CAPS.metaChars),
      description: text(EXTRACT_CAPS.metaChars),
      ogTitle: text(EXTRACT_CAPS.metaChars),
    }),
    header: z.nullable(
      z.strictObject({
        counts: z.strictObject({ postsCount: HeaderCountSchema, followers: HeaderCountSchema, following: HeaderCountSchema }),
        name: text(EXTRACT_CAPS.name),
        bio: text(EXTRACT_CAPS.bio),
        category: text(EXTRACT_CAPS.category),
        verified: z.boolean(),
        shimLinks: texts(EXTRACT_CAPS.link, EXTRACT_CAPS.links),
        buttonTexts: texts(EXTRACT_CAPS.link, EXTRACT_CAPS.links),
      }),
    ),
    grid: z.array(GridTileSchema).check(z.maxLength(EXTRACT_CAPS.tiles)),
    privateNotice: z.boolean(),
  })
  .check(z.refine((extract) => scriptChars(extract) <= EXTRACT_CAPS.scriptChars, `embedded scripts over ${EXTRACT_CAPS.scriptChars} characters in all`));
