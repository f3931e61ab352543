/**
 * An X profile page's extract (page-collect.ts) as the background takes it before reading it
 * (page-extract-reading.ts): the page can forge every string in it, so only this shape within the
 * bounds collecting keeps to passes; anything else, or more, is refused. A module of its own so
 * that nothing the content scripts carry brings zod.
 */
import { CAPS } from '../../contracts/caps';
import { z } from '../../contracts/zod-mini';
import {
  X_ARTICLES_MAX,
  X_COUNT_LINKS_MAX,
  X_JSONLD_BLOCKS,
  X_JSONLD_CHARS,
  X_LABEL_CHARS,
  X_LANG_CHARS,
  X_POSTS_TEXTS_MAX,
  X_TEXT_CHARS,
  type XArticleExtract,
  type XPageExtract,
} from './page-collect';
import { X_COUNT_LINKS } from './paths';

const text = z.string().check(z.maxLength(X_TEXT_CHARS));
const label = z.string().check(z.maxLength(X_LABEL_CHARS));

/** Per rung of a count-link ladder, the links it matched. */
const countLinks = (rungs: number) =>
  z.array(z.array(z.strictObject({ href: text, text })).check(z.maxLength(X_COUNT_LINKS_MAX))).check(z.maxLength(rungs));

const button = z.nullable(z.strictObject({ label, text: label }));

/** One post as collected (page-collect.ts collectArticle): on a profile's timeline and on a status page. */
export const XArticleExtractSchema = z.strictObject({
  href: text,
  datetime: label,
  groupLabel: label,
  buttons: z.strictObject({ replies: button, reposts: button, likes: button, bookmarks: button, views: button }),
  text,
  socialContext: z.nullable(z.strictObject({ linked: z.boolean() })),
  video: z.boolean(),
  photo: z.boolean(),
}) satisfies z.ZodMiniType<XArticleExtract>;

/** An X profile page's extract as the background takes it: this shape within these bounds, nothing else. */
export const XPageExtractSchema = z.strictObject({
  lang: z.string().check(z.maxLength(X_LANG_CHARS)),
  schemaScript: z.nullable(z.string().check(z.maxLength(X_JSONLD_CHARS))),
  jsonLd: z.array(z.string().check(z.maxLength(X_JSONLD_CHARS))).check(z.maxLength(X_JSONLD_BLOCKS)),
  header: z.nullable(
    z.strictObject({
      text,
      name: text,
      verified: z.boolean(),
      followers: countLinks(X_COUNT_LINKS.followers.length),
      following: countLinks(X_COUNT_LINKS.following.length),
      postsTexts: z.array(label).check(z.maxLength(X_POSTS_TEXTS_MAX)),
      description: z.nullable(z.strictObject({ text, links: z.array(text).check(z.maxLength(CAPS.listItems)) })),
      userUrl: text,
      joinDate: label,
    }),
  ),
  articles: z.array(XArticleExtractSchema).check(z.maxLength(X_ARTICLES_MAX)),
  loggedOut: z.boolean(),
}) satisfies z.ZodMiniType<XPageExtract>;
