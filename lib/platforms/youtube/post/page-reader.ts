/**
 * YouTube's watch and Shorts pages in the content script: collected (watch-collect.ts), not read.
 * The background reads the collected page (watch-reading.ts, `post/read-page`), as it reads the
 * responses the page fetches (./reader.ts): no JSON, count or date parsing runs on YouTube's thread.
 */
import type { PostPageCollector } from '../../post-types';
import { youtubeVideoIdOf } from './post-url';
import { collectYoutubeWatchPage } from './watch-collect';

export const youtubePostPageCollector: PostPageCollector = {
  platform: 'youtube',
  postIdOf: youtubeVideoIdOf,
  collect: (doc, _url, pageData) => collectYoutubeWatchPage(doc, pageData),
};
