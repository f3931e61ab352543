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
import type { PlatformReader, ReadContext, ReadResult } from '../types';
import { readXCapture } from './capture';
import { collectXPage } from './page-collect';
import { readXPageExtract, X_PAGE_TRIED } from './page-extract-reading';

/**
 * The rendered profile, in two steps: what the page shows, collected as plain strings
 * (page-collect.ts, the step that runs on the page's thread), then read (page-extract-reading.ts,
 * the step the background can run on what a content script collected).
 */
function read(doc: Document, url: URL, context: ReadContext): ReadResult {
  try {
    return readXPageExtract(collectXPage(doc, url), url, context);
  } catch {
    return { ok: false, reason: 'unsupported-layout', tried: [...X_PAGE_TRIED] };
  }
}

export const xReader: PlatformReader = {
  platform: 'x',
  profileRef: xProfileRef,
  read,
  readCapture: readXCapture,
};
