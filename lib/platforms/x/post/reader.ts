/**
 * X post reader: a status page (`/<user>/status/<id>`) from its rendered focal post (the action
 * bar's exact aria-label), collected on the page (status-collect.ts) and read in the background
 * (status-reading.ts); and the `TweetDetail` answer it fetches (the post and its replies), which the
 * background reads too (lib/background/post-capture-reading.ts).
 */
import type { PostReader } from '../../post-types';
import { xPostPageCollector } from './page-reader';
import { xStatusOf } from './post-url';
import { collectXStatusPage } from './status-collect';
import { readXStatusExtract } from './status-reading';
import { readTweetDetail } from './tweet-detail';

export const xPostReader: PostReader = {
  platform: 'x',
  postIdOf: xPostPageCollector.postIdOf,

  /** The two steps in a row, as content script and background take them. */
  readPostPage(doc, url) {
    return readXStatusExtract(collectXStatusPage(doc, xStatusOf(url)?.id ?? ''), url);
  },

  readPostCapture(json, url, context) {
    try {
      return readTweetDetail(json, url ? (xStatusOf(url)?.id ?? null) : null, context) ?? { ok: false, reason: 'unsupported-layout', tried: ['capture:graphql:TweetDetail'] };
    } catch {
      return { ok: false, reason: 'unsupported-layout', tried: [] };
    }
  },
};
