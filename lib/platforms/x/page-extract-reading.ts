/**
 * The X profile reader's reading of what a page gave (page-collect.ts): everything but the DOM
 * access, for the background worker. The extract comes from the page, which can forge any of it:
 * the background takes it through XPageExtractSchema (page-extract-schema.ts, apart so that the
 * reader, which content scripts still carry, brings no zod), and the reading trusts no string in
 * it (the header must name the address's handle, a post's permalink must be the handle's, every
 * count and date is parsed and capped as when reading the page itself).
 */
import { buildCreator, postOrderOf, profileParts, sourceNames, type SourceReading } from '../source-ladder';
import { pathOf } from '../page-select';
import type { ReadContext, ReadResult } from '../types';
import type { XPageExtract } from './page-collect';
import { X_DOM, X_ORIGIN } from './paths';
import { xProfileRef } from './profile-url';
import { currentHeader, readHeader } from './sources/header';
import { profileSchema, readJsonLd } from './sources/json-ld';
import { readTimeline } from './sources/timeline';

/** Where the reader looks on the page, for a failed reading's `tried`. */
export const X_PAGE_TRIED: readonly string[] = [pathOf(X_DOM.profileSchema), pathOf(X_DOM.userName), pathOf(X_DOM.post)];

/** The reading of the X profile at `url` from its page's extract: the rendered profile's ladder, JSON-LD first. */
export function readXPageExtract(extract: XPageExtract, url: URL, context: ReadContext): ReadResult {
  const tried = [...X_PAGE_TRIED];
  try {
    const ref = xProfileRef(url);
    if (ref?.platform !== 'x' || !ref.handle) return { ok: false, reason: 'not-profile', tried: ['profileRefFromUrl'] };
    const handle = ref.handle;
    const schema = profileSchema([extract.schemaScript, ...extract.jsonLd], handle);
    const header = currentHeader(extract.header, handle);
    // The server shell (2025-11_profile_server-html-shell_en-GB_no-data.html) and a header still
    // showing the previous profile both mean: wait for the app to render this one.
    if (!schema && !header) return { ok: false, reason: 'not-ready', tried };
    const locale = extract.lang || undefined;
    const tab = url.pathname.split('/')[2] ?? '';
    const found = [
      readJsonLd(schema, header !== null && header.description !== null),
      readHeader(header, handle, locale),
      readTimeline(extract.articles, extract.loggedOut, handle, tab, locale),
    ].filter((r): r is SourceReading => r !== null);
    const creator = buildCreator({ platform: 'x', handle, profileUrl: `${X_ORIGIN}/${handle}` }, profileParts(found), context.now);
    const postOrder = postOrderOf(found);
    return { ok: true, creator, posts: found.flatMap((r) => r.posts), sources: sourceNames(found), ...(postOrder ? { postOrder } : {}) };
  } catch {
    return { ok: false, reason: 'unsupported-layout', tried };
  }
}
