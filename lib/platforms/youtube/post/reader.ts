/**
 * YouTube post reader: the watch or Shorts page, collected on the page (watch-collect.ts) and read
 * in the background (watch-reading.ts); and the responses it fetches (`/next` for the video and its
 * comment pages, `/player`), which the background reads too (lib/background/post-capture-reading.ts).
 */
import type { PostReader } from '../../post-types';
import { jsonLocale } from '../locale';
import { readCommentPage } from './comments';
import { youtubePostPageCollector } from './page-reader';
import { youtubeVideoIdOf } from './post-url';
import { collectYoutubeWatchPage } from './watch-collect';
import { readPlayer, readWatchNext } from './watch-page';
import { readYoutubeWatchExtract, success } from './watch-reading';

export const youtubePostReader: PostReader = {
  platform: 'youtube',
  postIdOf: youtubePostPageCollector.postIdOf,

  /**
   * The two steps in a row, as content script and background take them; `context.pageData` stands
   * for the page-world script's pick, which the content script hands over as the JSON text it got.
   */
  readPostPage(doc, url, context) {
    return readYoutubeWatchExtract(collectYoutubeWatchPage(doc, context.pageData === undefined ? undefined : JSON.stringify(context.pageData)), url);
  },

  readPostCapture(json, url, context) {
    try {
      const locale = jsonLocale(json);
      const shorts = url?.pathname.startsWith('/shorts/') ?? false;
      const video = readWatchNext(json, locale, shorts) ?? readPlayer(json, shorts);
      if (video) return success(video, ['capture:next']);
      const page = readCommentPage(json, context.now, locale);
      const postId = page?.videoId ?? (url ? youtubeVideoIdOf(url) : null);
      if (!page || !postId) return { ok: false, reason: 'unsupported-layout', tried: ['capture:next', 'capture:comments'] };
      if (url && youtubeVideoIdOf(url) && youtubeVideoIdOf(url) !== postId) return { ok: false, reason: 'other-post', tried: ['capture:comments'] };
      return { ok: true, platform: 'youtube', postId, author: null, post: null, comments: page.comments, totalComments: page.totalComments, sources: ['capture:comments'] };
    } catch {
      return { ok: false, reason: 'unsupported-layout', tried: [] };
    }
  },
};
