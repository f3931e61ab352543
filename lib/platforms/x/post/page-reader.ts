/**
 * X's status page in the content script: collected (status-collect.ts), not read. The background
 * reads the collected page (status-reading.ts, `post/read-page`), as it reads the `TweetDetail`
 * answer the page fetches (./reader.ts): no count, date or disclosure parsing runs on X's thread.
 */
import type { PostPageCollector } from '../../post-types';
import { xStatusOf } from './post-url';
import { collectXStatusPage } from './status-collect';

export const xPostPageCollector: PostPageCollector = {
  platform: 'x',
  postIdOf: (url) => xStatusOf(url)?.id ?? null,
  collect: (doc, url) => collectXStatusPage(doc, xStatusOf(url)?.id ?? ''),
};
