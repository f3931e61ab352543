import { describe, expect, it } from 'vitest';
import { floorRoutes, floorUrl, otherSiteOf } from './frame-floor';

describe('frame floor pages', () => {
  const page = 'https://www.instagram.com/pluto__travel/';
  const html = '<html><head></head><body><main>profile</main></body></html>';

  it('frames a site other than the page’s, on every platform', () => {
    for (const url of ['https://www.instagram.com/a/', 'https://www.tiktok.com/@a', 'https://www.youtube.com/@a', 'https://x.com/a']) {
      expect(new URL(otherSiteOf(url)).hostname).not.toBe(new URL(url).hostname);
    }
  });

  it('serves both variants beside the page, differing only in the frame', () => {
    const [host, frame, frameDoc] = floorRoutes(page, html);
    expect(host!.url).toBe(floorUrl(page, 'host'));
    expect(new URL(host!.url).hostname).toBe('www.instagram.com');
    const hostBody = host!.body as string;
    const frameBody = frame!.body as string;
    // The page's own markup is untouched, the script sits at the end of its body.
    expect(hostBody.startsWith('<html><head></head><body><main>profile</main><script>')).toBe(true);
    expect(hostBody.endsWith('</script></body></html>')).toBe(true);
    expect(hostBody).not.toContain('iframe');
    expect(frameBody).toContain(`frame.src = ${JSON.stringify(frameDoc!.url)}`);
    // Remove the frame's statement and the two copies are the same.
    expect(frameBody.replace(/const frame = .*?root\.append\(frame\);/, '')).toBe(hostBody);
    expect(new URL(frameDoc!.url).hostname).toBe('www.youtube.com');
  });

  it('appends the script to a page without a closing body tag', () => {
    const [host] = floorRoutes(page, '<p>no body tag');
    expect((host!.body as string).startsWith('<p>no body tag<script>')).toBe(true);
  });
});
