/**
 * A stopped service worker takes hundreds of milliseconds to wake. The overlay frame is then mounted
 * while it wakes, so that the frame's own page has loaded by the time the background answers; but
 * the frame may ask for the tab's state only after the background has heard that a new page is
 * loading, or it would show the creator of the page the tab showed before.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { YOUTUBE_CAPTURE_PATHS } from '../../../lib/capture/capture-patterns';
import { routePages } from '../../../lib/content/page-router';
import { profileView } from '../../../lib/content/run-content';
import { PROFILE_HEADER } from '../../../lib/platforms/youtube/paths';
import { youtubeReader } from '../../../lib/platforms/youtube/reader';
import { settle, testContentContext } from './test-content-context';

let wake: () => void = () => {};
const sent: string[] = [];
const sendMessage = vi.fn(async (request: { type: string }) => {
  sent.push(request.type);
  // The worker is asleep: its first answer comes only when the test wakes it.
  if (request.type === 'page/loading') await new Promise<void>((resolve) => (wake = resolve));
  return request.type === 'overlay/mount' ? { ok: true, token: 'f'.repeat(32) } : { ok: true };
});
vi.mock('wxt/browser', () => ({
  browser: { runtime: { id: 'test-extension', getURL: (path: string) => `chrome-extension://test-extension${path}`, sendMessage: (r: { type: string }) => sendMessage(r) } },
}));

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Our frame's host: an empty element with `display: contents` (frame-host.ts). */
const frameHosts = () => Array.from(document.documentElement.children).filter((el) => el instanceof HTMLElement && el.style.getPropertyValue('display') === 'contents');

describe('the overlay frame on a cold worker', () => {
  let running: ReturnType<typeof testContentContext>;
  beforeEach(() => {
    sent.length = 0;
    sendMessage.mockClear();
    document.body.innerHTML = '<div id="app"></div>';
    (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL('https://www.youtube.com/@somecreator/videos');
    running = testContentContext();
  });
  afterEach(() => {
    running.invalidate();
    wake();
    document.body.innerHTML = '';
  });

  it('is in the page before a sleeping background has answered, and asks for its token only after the page was announced', async () => {
    routePages(running.ctx, [profileView(running.ctx, youtubeReader, { header: PROFILE_HEADER, capturePaths: YOUTUBE_CAPTURE_PATHS })]);
    await settle();
    // A running background would have answered by now: nothing is mounted yet.
    expect(frameHosts()).toHaveLength(0);
    await wait(150);
    expect(sent).toEqual(['page/loading']);
    expect(frameHosts()).toHaveLength(1);

    wake();
    await settle();
    expect(sent.slice(0, 2)).toEqual(['page/loading', 'overlay/mount']);
    expect(sent.filter((type) => type === 'snapshot/submit' || type === 'page/unreadable')).toHaveLength(1);
    // Still the one frame once the reading is sent.
    expect(frameHosts()).toHaveLength(1);
  });

  it('with a running background, is mounted once it has answered', async () => {
    routePages(running.ctx, [profileView(running.ctx, youtubeReader, { header: PROFILE_HEADER, capturePaths: YOUTUBE_CAPTURE_PATHS })]);
    await settle();
    wake();
    await settle();
    expect(sent.slice(0, 2)).toEqual(['page/loading', 'overlay/mount']);
    expect(frameHosts()).toHaveLength(1);
  });

  describe('from document_start, while the page is still being parsed', () => {
    const parsing = () => Object.defineProperty(document, 'readyState', { value: 'loading', configurable: true });
    const parsed = () => {
      delete (document as { readyState?: unknown }).readyState;
      document.dispatchEvent(new Event('DOMContentLoaded'));
    };
    afterEach(() => delete (document as { readyState?: unknown }).readyState);

    it('announces the page and, with a stopped worker, mounts the frame before the page has been parsed', async () => {
      parsing();
      routePages(running.ctx, [profileView(running.ctx, youtubeReader, { header: PROFILE_HEADER, capturePaths: YOUTUBE_CAPTURE_PATHS })]);
      await settle();
      expect(sent).toEqual(['page/loading']);
      expect(frameHosts()).toHaveLength(0);
      await wait(150);
      // The worker has not answered: the frame's page loads while the host page parses.
      expect(frameHosts()).toHaveLength(1);
      expect(sent).toEqual(['page/loading']);

      parsed();
      wake();
      await settle();
      // One announcement, one frame, one token, one report of the page once it has been parsed.
      expect(sent.filter((type) => type === 'page/loading')).toHaveLength(1);
      expect(sent.filter((type) => type === 'overlay/mount')).toHaveLength(1);
      expect(sent.filter((type) => type === 'snapshot/submit' || type === 'page/unreadable')).toHaveLength(1);
      expect(frameHosts()).toHaveLength(1);
    });

    it('with a running worker, mounts nothing and reads nothing until the page has been parsed', async () => {
      parsing();
      routePages(running.ctx, [profileView(running.ctx, youtubeReader, { header: PROFILE_HEADER, capturePaths: YOUTUBE_CAPTURE_PATHS })]);
      await settle();
      wake();
      await wait(150);
      expect(sent).toEqual(['page/loading']);
      expect(frameHosts()).toHaveLength(0);

      parsed();
      await settle();
      expect(sent.filter((type) => type === 'page/loading')).toHaveLength(1);
      expect(sent.slice(0, 2)).toEqual(['page/loading', 'overlay/mount']);
      expect(sent.filter((type) => type === 'snapshot/submit' || type === 'page/unreadable')).toHaveLength(1);
      expect(frameHosts()).toHaveLength(1);
    });

    it('announces nothing on a page that is not a profile', async () => {
      (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL('https://www.youtube.com/feed/trending');
      parsing();
      routePages(running.ctx, [profileView(running.ctx, youtubeReader, { header: PROFILE_HEADER, capturePaths: YOUTUBE_CAPTURE_PATHS })]);
      await wait(150);
      parsed();
      await settle();
      expect(sent).toEqual([]);
      expect(frameHosts()).toHaveLength(0);
    });
  });
});
