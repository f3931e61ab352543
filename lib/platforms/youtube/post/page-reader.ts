/**
 * YouTube post page reader: a watch or Shorts page. What the content script carries: the responses
 * the page fetches are read in the background (./reader.ts).
 */
import { assignedJson } from '../../../parse/embedded-json';
import { asObject } from '../../../parse/json-path';
import { mergePost } from '../../merge';
import type { PostPageReader, PostReadResult } from '../../post-types';
import { jsonLocale, pageLocale } from '../locale';
import { initialData } from '../sources/initial-data';
import { PLAYER_RESPONSE_NAME } from './post-paths';
import { readPlayer, readWatchNext, type VideoParts } from './watch-page';
import { youtubeVideoIdOf } from './post-url';

function playerResponse(doc: Document): unknown {
  for (const script of Array.from(doc.scripts)) {
    const text = script.textContent ?? '';
    if (!text.includes(`var ${PLAYER_RESPONSE_NAME}`)) continue;
    const value = assignedJson(text, PLAYER_RESPONSE_NAME);
    if (asObject(value)) return value;
  }
  return undefined;
}

/** The player's exact figures over the page data's, the page data's comments, date words and owner box. */
function combine(next: VideoParts | null, player: VideoParts | null): VideoParts | null {
  if (!next || !player || next.videoId !== player.videoId) return next ?? player;
  return { videoId: next.videoId, totalComments: next.totalComments, author: next.author ?? player.author, post: mergePost(player.post, next.post) };
}

export function success(parts: VideoParts, sources: string[]): PostReadResult {
  return { ok: true, platform: 'youtube', postId: parts.videoId, author: parts.author, post: parts.post, comments: [], totalComments: parts.totalComments, sources };
}

/** The post page itself: what the content script carries. */
export const youtubePostPageReader: PostPageReader = {
  platform: 'youtube',
  postIdOf: youtubeVideoIdOf,

  readPostPage(doc, url, context) {
    const id = youtubeVideoIdOf(url);
    if (!id) return { ok: false, reason: 'not-post', tried: ['url'] };
    try {
      // The page's own objects, picked by the page-world script (watch-data-pick.ts), stand for the
      // script texts; what the page lacked there is looked for in the document.
      const handed = asObject(context.pageData);
      const data = asObject(handed?.ytInitialData) ?? initialData(doc);
      const locale = pageLocale(doc) ?? jsonLocale(data);
      const shorts = url.pathname.startsWith('/shorts/');
      const next = data === undefined ? null : readWatchNext(data, locale, shorts);
      const player = readPlayer(asObject(handed?.ytInitialPlayerResponse) ?? playerResponse(doc), shorts);
      const parts = combine(next, player);
      const tried = ['json:ytInitialData', `json:${PLAYER_RESPONSE_NAME}`];
      if (!parts) return { ok: false, reason: 'unsupported-layout', tried };
      // SPA navigation leaves the first video's data in the document.
      if (parts.videoId !== id) return { ok: false, reason: 'other-post', tried };
      return success(parts, [next ? 'json:ytInitialData' : null, player ? `json:${PLAYER_RESPONSE_NAME}` : null].filter((s): s is string => s !== null));
    } catch {
      return { ok: false, reason: 'unsupported-layout', tried: [] };
    }
  },
};
