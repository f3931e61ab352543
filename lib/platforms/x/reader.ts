/**
 * The X (Twitter) reader. X's server HTML is an empty shell (page-structures §4.2): profile data
 * only exist in the rendered DOM (with an exact JSON-LD block) and in the GraphQL responses the app
 * fetches, which the page-world script captures and `readCapture` reads (capture.ts).
 *
 * Which saved X pages give a timeline (the latest posts, newest first):
 * - `UserTweets` responses, every generation (2023-04 and 2025-03 `timeline_v2`, 2026-06 and
 *   2026-08 `timeline`): yes, after the pinned post.
 * - the rendered profile, logged out (2025-11_profile_rendered-dom_en-GB_badlogicgames.html): no,
 *   a selection of popular posts (dates out of order, X_DOM.loggedOut): `postOrder: 'popular'`.
 * - the server HTML shell (2025-11_profile_server-html-shell_en-GB_no-data.html): no posts at all.
 * - `UserByScreenName` responses and the two status pages: no list of posts.
 * The Highlights tab is a selection the creator picked: 'popular' too.
 */
import { xProfileRef } from './profile-url';
import { buildCreator, postOrderOf, profileParts, sourceNames, type SourceReading } from '../source-ladder';
import type { PlatformReader, ReadContext, ReadResult } from '../types';
import { readXCapture } from './capture';
import { X_DOM, X_ORIGIN } from './paths';
import { currentHeader, readHeader } from './sources/header';
import { profileSchema, readJsonLd } from './sources/json-ld';
import { readTimeline } from './sources/timeline';
import { pathOf, select } from '../page-path';

function read(doc: Document, url: URL, context: ReadContext): ReadResult {
  const tried = [pathOf(X_DOM.profileSchema), pathOf(X_DOM.userName), pathOf(X_DOM.post)];
  try {
    const ref = xProfileRef(url);
    if (ref?.platform !== 'x' || !ref.handle) return { ok: false, reason: 'not-profile', tried: ['profileRefFromUrl'] };
    const handle = ref.handle;
    const schema = profileSchema(doc, handle);
    const header = currentHeader(doc, handle);
    // The server shell (2025-11_profile_server-html-shell_en-GB_no-data.html) and a header still
    // showing the previous profile both mean: wait for the app to render this one.
    if (!schema && !header) return { ok: false, reason: 'not-ready', tried };
    const locale = doc.documentElement?.getAttribute('lang') || undefined;
    const tab = url.pathname.split('/')[2] ?? '';
    const found = [
      readJsonLd(schema, header !== null && select(doc, X_DOM.description) !== null),
      readHeader(doc, header, handle, locale),
      readTimeline(doc, handle, tab, locale),
    ].filter((r): r is SourceReading => r !== null);
    const creator = buildCreator({ platform: 'x', handle, profileUrl: `${X_ORIGIN}/${handle}` }, profileParts(found), context.now);
    const postOrder = postOrderOf(found);
    return { ok: true, creator, posts: found.flatMap((r) => r.posts), sources: sourceNames(found), ...(postOrder ? { postOrder } : {}) };
  } catch {
    return { ok: false, reason: 'unsupported-layout', tried };
  }
}

export const xReader: PlatformReader = {
  platform: 'x',
  profileRef: xProfileRef,
  read,
  readCapture: readXCapture,
};
