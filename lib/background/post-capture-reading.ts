import type { SubmittedPostReading } from '../contracts/post-reading';
import { POST_READERS } from '../platforms/post-readers';
import { postPageAt, readingToHandBack } from './post-reading-answer';

/**
 * Read a response a post page fetched (a page of comments, the post's JSON) with its platform's post
 * reader, as the content script did on the page: a YouTube comment continuation or an X TweetDetail
 * is hundreds of KB of JSON that the page's thread then parsed a second time. Fails closed: an
 * address on no platform, or text that is not JSON, is refused; a reading of another post than the
 * page's, or one that breaks the contract `post/submit` checks, is none. Nothing is kept here: the
 * reading goes back to the content script, which submits it (validated again) once the post's author is known.
 */
export function readPostCaptureText(pageUrl: string, text: string, now: Date): { ok: true; reading: SubmittedPostReading | null } | { ok: false; detail: string } {
  const page = postPageAt(pageUrl);
  if (!page.ok) return page;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, detail: 'a response that is not JSON' };
  }
  return { ok: true, reading: readingToHandBack(POST_READERS[page.platform].readPostCapture(json, page.url, { now }), page.postId, 'capture') };
}
