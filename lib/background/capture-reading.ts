import type { Platform } from '../contracts/creator';
import { CapturedSchema } from '../messages/protocol';
import { profileRefFromUrl } from '../platforms/profile-url';
import type { CaptureResult, ReadContext } from '../platforms/types';
import { readYoutubeCapture } from '../platforms/youtube/capture';

/**
 * The platforms whose content scripts hand the background the responses their page fetched, as
 * text, instead of reading them on the page: those whose page data the background reads already
 * (lib/background/page-data-reading.ts), so that their content script never compiles the JSON reader.
 */
const CAPTURE_READERS: Partial<Record<Platform, (json: unknown, url: URL, context: ReadContext) => CaptureResult>> = {
  youtube: readYoutubeCapture,
};

type Captured = NonNullable<ReturnType<typeof CapturedSchema.parse>>;

/**
 * Read a response the page fetched on the profile at `pageUrl` with its platform's capture reader,
 * as the content script did on the page. Fails closed: a page address without such a reader, or
 * text that is not JSON, is refused; a reading that breaks the contracts is none. The reader itself
 * refuses a response about another creator; the content script keeps only one naming its profile,
 * and the background validates it again when it comes back with a submission.
 */
export function readCapturedResponse(pageUrl: string, text: string, now: Date): { ok: true; capture: Captured | null } | { ok: false; detail: string } {
  let url: URL;
  try {
    url = new URL(pageUrl);
  } catch {
    return { ok: false, detail: 'the page address is not a URL' };
  }
  const ref = profileRefFromUrl(url);
  const read = ref ? CAPTURE_READERS[ref.platform] : undefined;
  if (!ref || !read) return { ok: false, detail: 'this page hands over no responses to read' };
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
