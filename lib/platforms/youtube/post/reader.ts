/**
 * YouTube post reader: the watch or Shorts page (./page-reader.ts), and the responses it fetches
 * (`/next` for the video and its comment pages, `/player`), which the background reads
 * (lib/background/post-capture-reading.ts).
 */
import type { PostReader } from '../../post-types';
import { jsonLocale } from '../locale';
import { readCommentPage } from './comments';
import { success, youtubePostPageReader } from './page-reader';
import { youtubeVideoIdOf } from './post-url';
import { readPlayer, readWatchNext } from './watch-page';

/** With the responses the page fetches, which the background reads (lib/background/post-capture-reading.ts). */
export const youtubePostReader: PostReader = {
  ...youtubePostPageReader,

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
