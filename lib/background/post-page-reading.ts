import type { Platform } from '../contracts/creator';
import type { SubmittedPostReading } from '../contracts/post-reading';
import type { z } from '../contracts/zod-mini';
import type { PostReadResult } from '../platforms/post-types';
import { InstagramPostExtractSchema } from '../platforms/instagram/post/post-extract-schema';
import { readInstagramPostExtract } from '../platforms/instagram/post/post-reading';
import { TiktokVideoExtractSchema } from '../platforms/tiktok/post/video-extract-schema';
import { readTiktokVideoExtract } from '../platforms/tiktok/post/video-reading';
import { YoutubeWatchExtractSchema } from '../platforms/youtube/post/watch-extract-schema';
import { readYoutubeWatchExtract } from '../platforms/youtube/post/watch-reading';
import { XStatusExtractSchema } from '../platforms/x/post/status-extract-schema';
import { readXStatusExtract } from '../platforms/x/post/status-reading';
import { postPageAt, readingToHandBack } from './post-reading-answer';

interface CollectedPostReader<T> {
  schema: z.ZodMiniType<T>;
  read(extract: T, url: URL, now: Date): PostReadResult;
}

const collected = <T>(reader: CollectedPostReader<T>): CollectedPostReader<unknown> => reader as CollectedPostReader<unknown>;

/** Every platform's post page, as its content script collects it (lib/platforms/post-types.ts PostPageCollector). */
const COLLECTED_POST_READERS: Record<Platform, CollectedPostReader<unknown>> = {
  instagram: collected({ schema: InstagramPostExtractSchema, read: readInstagramPostExtract }),
  tiktok: collected({ schema: TiktokVideoExtractSchema, read: readTiktokVideoExtract }),
  youtube: collected({ schema: YoutubeWatchExtractSchema, read: readYoutubeWatchExtract }),
  x: collected({ schema: XStatusExtractSchema, read: readXStatusExtract }),
};

/**
 * Read what a post page's content script collected of it (`post/read-page`), as the page reader
 * did on the page. Fails closed: an address that is no post of such a platform, text that is not
 * JSON or an extract outside its schema's shape and bounds is refused; a reading of another post
 * than the page's, or one that breaks the contract `post/submit` checks, is none. Nothing is kept:
 * the reading goes back to the content script, which submits it (validated again).
 */
export function readPostPageExtract(pageUrl: string, text: string, now = new Date()): { ok: true; reading: SubmittedPostReading | null } | { ok: false; detail: string } {
  const page = postPageAt(pageUrl);
  const reader = page.ok ? COLLECTED_POST_READERS[page.platform] : undefined;
  if (!page.ok || !reader) return { ok: false, detail: 'the page address is not a post whose page Vetted reads in the background' };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, detail: 'a page extract that is not JSON' };
  }
  const extract = reader.schema.safeParse(json);
  if (!extract.success) return { ok: false, detail: 'a page extract out of shape' };
  return { ok: true, reading: readingToHandBack(reader.read(extract.data, page.url, now), page.postId, 'page') };
}
