import type { Platform } from '../contracts/creator';
import { CapturedSchema } from '../messages/protocol';
import { pagePlatformReader } from './page-platform-reader';
import type { CaptureResult, ReadContext } from '../platforms/types';
import { readInstagramCapture } from '../platforms/instagram/capture';
import { readTiktokCapture } from '../platforms/tiktok/capture';
import { readXCapture } from '../platforms/x/capture';
import { readYoutubeCapture } from '../platforms/youtube/capture';

/**
 * Each platform's reader of the responses its profile pages fetched: the content scripts hand them
 * to the background as text instead of reading them on the page, as they hand over their page data
 * (lib/background/page-data-reading.ts), so that no content script compiles a JSON reader.
 */
const CAPTURE_READERS: Partial<Record<Platform, (json: unknown, url: URL, context: ReadContext) => CaptureResult>> = {
  youtube: readYoutubeCapture,
  tiktok: readTiktokCapture,
  x: readXCapture,
  instagram: readInstagramCapture,
};

export type CapturedReading = NonNullable<ReturnType<typeof CapturedSchema.parse>>;

/**
 * Read a response the page fetched on the profile at `pageUrl` with its platform's capture reader,
 * as the content script did on the page. Fails closed: a page address without such a reader, or
 * text that is not JSON, is refused; a reading that breaks the contracts is none. The reader itself
 * refuses a response about another creator; the content script keeps only one naming its profile,
 * and the background validates it again when it comes back with a submission.
 */
export function readCapturedResponse(pageUrl: string, text: string, now: Date): { ok: true; capture: CapturedReading | null } | { ok: false; detail: string } {
  const found = pagePlatformReader(pageUrl, CAPTURE_READERS, 'this page hands over no responses to read');
  if (!found.ok) return found;
  const { url, read } = found;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, detail: 'a response that is not JSON' };
  }
  const result = read(json, url, { now });
  if (!result.ok) return { ok: true, capture: null };
  const parsed = CapturedSchema.safeParse({ ok: true, creator: result.creator, posts: result.posts, sources: result.sources });
  return { ok: true, capture: parsed.success ? parsed.data : null };
}
