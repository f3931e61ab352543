/**
 * The page-world script copies the page's own API responses to the content script; a platform's
 * trim (YouTube: a channel tab's browse response, lib/platforms/youtube/browse-trim.ts) cuts the
 * copy to what its reader reads. The page's own response is never touched, and a trim that fails
 * hands over the response as it came.
 */
import { Window as HappyWindow } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { installCaptureHooks, type CaptureTrim } from '../../../lib/capture/page-world-hooks';
import { trimChannelBrowse } from '../../../lib/platforms/youtube/browse-trim';
import { loadFixtureText } from '../platforms/fixture-harness';

type Win = Window & typeof globalThis;

const WHOLE = loadFixtureText('youtube', '2026-01_browse-videos_en-GB_pageHeader_videoRenderer_vsauce.json');
const youtubeTrim = trimChannelBrowse(JSON.parse, JSON.stringify);

/** A page at `url` whose app fetches `body` from `path`: what the app got, and the texts copied for us. */
async function fetchOnPage(url: string, path: string, body: string, trims: Parameters<typeof installCaptureHooks>[1]) {
  const win = new HappyWindow({ url }) as unknown as Win;
  win.fetch = (async () => new Response(body, { status: 200, headers: { 'content-type': 'application/json' } })) as typeof fetch;
  const copied: string[] = [];
  win.postMessage = ((message: { text?: string }) => void copied.push(message.text ?? '')) as typeof win.postMessage;
  installCaptureHooks(win, trims);
  const response = await win.fetch(new URL(path, url).href, { method: 'POST', body: '{}' });
  const received = await response.text();
  await new Promise((resolve) => setTimeout(resolve, 20));
  return { received, copied };
}

describe('the page-world copy of a response, trimmed', () => {
  it("a YouTube channel tab's browse response is copied cut to what the reader reads; the app gets it whole", async () => {
    const { received, copied } = await fetchOnPage('https://www.youtube.com/@Vsauce/videos', '/youtubei/v1/browse?prettyPrint=false', WHOLE, { youtube: youtubeTrim });
    expect(received).toBe(WHOLE);
    expect(copied).toEqual([youtubeTrim('/youtubei/v1/browse', WHOLE)]);
    expect(copied[0]!.length).toBeLessThan(WHOLE.length / 5);
  });

  it('without a trim for the platform, and for a trim that throws, the copy is the whole response', async () => {
    const x = await fetchOnPage('https://x.com/somecreator', '/i/api/graphql/abc/UserTweets', WHOLE, { youtube: youtubeTrim });
    expect(x.copied).toEqual([WHOLE]);
    const failing: CaptureTrim = () => {
      throw new Error('a getter of the page threw');
    };
    const thrown = await fetchOnPage('https://www.youtube.com/@Vsauce/videos', '/youtubei/v1/browse', WHOLE, { youtube: failing });
    expect(thrown.received).toBe(WHOLE);
    expect(thrown.copied).toEqual([WHOLE]);
  });
});
