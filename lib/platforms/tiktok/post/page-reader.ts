/**
 * TikTok's video page in the content script: collected (video-collect.ts), not read. The background
 * reads the collected page (video-reading.ts, `post/read-page`), as it reads the answers the page
 * fetches (./reader.ts): no JSON, count, date or disclosure parsing runs on TikTok's thread.
 */
import type { PostPageCollector } from '../../post-types';
import { tiktokVideoIdOf } from './post-url';
import { collectTiktokVideoPage } from './video-collect';

export const tiktokPostPageCollector: PostPageCollector = {
  platform: 'tiktok',
  postIdOf: tiktokVideoIdOf,
  collect: (doc, url) => collectTiktokVideoPage(doc, tiktokVideoIdOf(url) ?? ''),
};
