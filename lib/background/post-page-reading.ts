import type { Platform } from '../contracts/creator';
import { PostPageReadingSchema, type SubmittedPostReading } from '../contracts/post-reading';
import type { z } from '../contracts/zod-mini';
import { platformOfHost } from '../platforms/hosts';
import { POST_READERS } from '../platforms/post-readers';
import type { PostReadResult } from '../platforms/post-types';
import { postSubmission } from '../platforms/post-submission';
import { XStatusExtractSchema } from '../platforms/x/post/status-extract-schema';
import { readXStatusExtract } from '../platforms/x/post/status-reading';

interface CollectedPostReader<T> {
  schema: z.ZodMiniType<T>;
  read(extract: T, url: URL): PostReadResult;
}

const collected = <T>(reader: CollectedPostReader<T>): CollectedPostReader<unknown> => reader as CollectedPostReader<unknown>;

/** The post pages whose content script collects the page instead of reading it (lib/platforms/post-types.ts PostPageCollector). */
const COLLECTED_POST_READERS: Partial<Record<Platform, CollectedPostReader<unknown>>> = {
  x: collected({ schema: XStatusExtractSchema, read: readXStatusExtract }),
};

/**
 * Read what a post page's content script collected of it (`post/read-page`), as the page reader
 * did on the page. Fails closed: an address that is no post of such a platform, text that is not
 * JSON or an extract outside its schema's shape and bounds is refused; a reading of another post
 * than the page's, or one that breaks the contract `post/submit` checks, is none. Nothing is kept:
 * the reading goes back to the content script, which submits it (validated again).
 */
export function readPostPageExtract(pageUrl: string, text: string): { ok: true; reading: SubmittedPostReading | null } | { ok: false; detail: string } {
  let url: URL;
  try {
    url = new URL(pageUrl);
  } catch {
    return { ok: false, detail: 'the page address is not a URL' };
  }
  const platform = url.protocol === 'https:' ? platformOfHost(url.hostname) : null;
  const reader = platform ? COLLECTED_POST_READERS[platform] : undefined;
  const postId = platform ? POST_READERS[platform].postIdOf(url) : null;
  if (!reader || postId === null) return { ok: false, detail: 'the page address is not a post whose page Vetted reads in the background' };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, detail: 'a page extract that is not JSON' };
  }
  const extract = reader.schema.safeParse(json);
  if (!extract.success) return { ok: false, detail: 'a page extract out of shape' };
  const result = reader.read(extract.data, url);
  if (!result.ok || result.postId !== postId) return { ok: true, reading: null };
  const submission = postSubmission(result, 'page');
  const parsed = submission ? PostPageReadingSchema.safeParse(submission.reading) : null;
  return { ok: true, reading: parsed?.success ? parsed.data : null };
}
