import { PostPageReadingSchema, type SubmittedPostReading } from '../contracts/post-reading';
import { platformOfHost } from '../platforms/hosts';
import { POST_READERS } from '../platforms/post-readers';
import { postSubmission } from '../platforms/post-submission';

/**
 * Read a response a post page fetched (a page of comments, the post's JSON) with its platform's post
 * reader, as the content script did on the page: a YouTube comment continuation or an X TweetDetail
 * is hundreds of KB of JSON that the page's thread then parsed a second time. Fails closed: an
 * address on no platform, or text that is not JSON, is refused; a reading of another post than the
 * page's, or one that breaks the contract `post/submit` checks, is none. Nothing is kept here: the
 * reading goes back to the content script, which submits it (validated again) once the post's author is known.
 */
export function readPostCaptureText(pageUrl: string, text: string, now: Date): { ok: true; reading: SubmittedPostReading | null } | { ok: false; detail: string } {
  let url: URL;
  try {
    url = new URL(pageUrl);
  } catch {
    return { ok: false, detail: 'the page address is not a URL' };
  }
  const platform = url.protocol === 'https:' ? platformOfHost(url.hostname) : null;
  const reader = platform ? POST_READERS[platform] : undefined;
  if (!reader || reader.postIdOf(url) === null) return { ok: false, detail: 'the page address is not a post Vetted reads' };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, detail: 'a response that is not JSON' };
  }
  const result = reader.readPostCapture(json, url, { now });
  // A response about another post (the app prefetches the next video) is not this page's.
  if (!result.ok || result.postId !== reader.postIdOf(url)) return { ok: true, reading: null };
  const submission = postSubmission(result, 'capture');
  const parsed = submission ? PostPageReadingSchema.safeParse(submission.reading) : null;
  return { ok: true, reading: parsed?.success ? parsed.data : null };
}
