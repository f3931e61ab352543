/**
 * X post reader: the status page (./page-reader.ts), and the `TweetDetail` answer it fetches (the post
 * and its replies), which the background reads (lib/background/post-capture-reading.ts).
 */
import type { PostReader } from '../../post-types';
import { xPostPageReader } from './page-reader';
import { xStatusOf } from './post-url';
import { readTweetDetail } from './tweet-detail';

/** With the responses the page fetches, which the background reads (lib/background/post-capture-reading.ts). */
export const xPostReader: PostReader = {
  ...xPostPageReader,

  readPostCapture(json, url, context) {
    try {
      return readTweetDetail(json, url ? (xStatusOf(url)?.id ?? null) : null, context) ?? { ok: false, reason: 'unsupported-layout', tried: ['capture:graphql:TweetDetail'] };
    } catch {
      return { ok: false, reason: 'unsupported-layout', tried: [] };
    }
  },
};
