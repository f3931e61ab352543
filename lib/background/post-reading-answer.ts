import type { Platform } from '../contracts/creator';
import { PostPageReadingSchema, type SubmittedPostReading } from '../contracts/post-reading';
import { platformOfHost } from '../platforms/hosts';
import { POST_READERS } from '../platforms/post-readers';
import type { PostReadResult } from '../platforms/post-types';
import { postSubmission, type ReadingOrigin } from '../platforms/post-submission';

/** The post page a content script names: its address, platform and post; else why it names none Vetted reads. */
export function postPageAt(pageUrl: string): { ok: true; url: URL; platform: Platform; postId: string } | { ok: false; detail: string } {
  let url: URL;
  try {
    url = new URL(pageUrl);
  } catch {
    return { ok: false, detail: 'the page address is not a URL' };
  }
  const platform = url.protocol === 'https:' ? platformOfHost(url.hostname) : null;
  const postId = platform ? POST_READERS[platform].postIdOf(url) : null;
  return platform && postId !== null ? { ok: true, url, platform, postId } : { ok: false, detail: 'the page address is not a post Vetted reads' };
}

/**
 * What the background hands back of a reading it took for a content script (`post/read-capture`,
 * `post/read-page`): the reading as `post/submit` takes it, or null when it is of another post than
 * the page's (the app prefetches the next one), holds nothing to keep, or breaks that contract.
 */
export function readingToHandBack(result: PostReadResult, postId: string, from: ReadingOrigin): SubmittedPostReading | null {
  if (!result.ok || result.postId !== postId) return null;
  const submission = postSubmission(result, from);
  const parsed = submission ? PostPageReadingSchema.safeParse(submission.reading) : null;
  return parsed?.success ? parsed.data : null;
}
