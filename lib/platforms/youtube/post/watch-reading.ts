/**
 * The YouTube watch or Shorts page read from what the content script collected of it
 * (watch-collect.ts), in the background worker: the page's own objects as the page-world script
 * picked them, else as the scripts assign them; the player's exact figures over the page data's.
 */
import { assignedJson, safeJsonParse } from '../../../parse/embedded-json';
import { asObject } from '../../../parse/json-path';
import { mergePost } from '../../merge';
import type { PostReadResult } from '../../post-types';
import { jsonLocale } from '../locale';
import { normalizeLocale } from '../locale-tag';
import { initialDataIn } from '../sources/initial-data';
import { PLAYER_RESPONSE_NAME } from './post-paths';
import { youtubeVideoIdOf } from './post-url';
import type { YoutubeWatchExtract } from './watch-collect';
import { readPlayer, readWatchNext, type VideoParts } from './watch-page';

function playerResponseIn(texts: readonly string[]): unknown {
  for (const text of texts) {
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

export function readYoutubeWatchExtract(extract: YoutubeWatchExtract, url: URL): PostReadResult {
  const id = youtubeVideoIdOf(url);
  if (!id) return { ok: false, reason: 'not-post', tried: ['url'] };
  try {
    const handed = extract.pick === null ? undefined : asObject(safeJsonParse(extract.pick));
    const scripts = extract.scripts ?? [];
    const data = asObject(handed?.ytInitialData) ?? initialDataIn(scripts);
    const locale = normalizeLocale(extract.lang) ?? normalizeLocale(extract.configHl ?? undefined) ?? jsonLocale(data);
    const shorts = url.pathname.startsWith('/shorts/');
    const next = data === undefined ? null : readWatchNext(data, locale, shorts);
    const player = readPlayer(asObject(handed?.ytInitialPlayerResponse) ?? playerResponseIn(scripts), shorts);
    const parts = combine(next, player);
    const tried = ['json:ytInitialData', `json:${PLAYER_RESPONSE_NAME}`];
    if (!parts) return { ok: false, reason: 'unsupported-layout', tried };
    // SPA navigation leaves the first video's data in the document.
    if (parts.videoId !== id) return { ok: false, reason: 'other-post', tried };
    return success(parts, [next ? 'json:ytInitialData' : null, player ? `json:${PLAYER_RESPONSE_NAME}` : null].filter((s): s is string => s !== null));
  } catch {
    return { ok: false, reason: 'unsupported-layout', tried: [] };
  }
}
