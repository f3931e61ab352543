/**
 * Instagram's post page in the content script: collected (post-collect.ts), not read. The background
 * reads the collected page (post-reading.ts, `post/read-page`), as it reads the post's JSON the page
 * fetches (./reader.ts): no JSON, count, date or disclosure parsing runs on Instagram's thread.
 */
import type { PostPageCollector } from '../../post-types';
import { collectInstagramPostPage } from './post-collect';
import { instagramPostCodeOf } from './post-url';

export const instagramPostPageCollector: PostPageCollector = {
  platform: 'instagram',
  postIdOf: instagramPostCodeOf,
  collect: (doc) => collectInstagramPostPage(doc),
};
