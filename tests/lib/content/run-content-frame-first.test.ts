/**
 * A stopped service worker takes hundreds of milliseconds to wake. The overlay frame is then mounted
 * while it wakes, so that the frame's own page has loaded by the time the background answers; but
 * the frame may ask for the tab's state only after the background has heard that a new page is
 * loading, or it would show the creator of the page the tab showed before.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { partsPortTo } from './parts-port-stub';
import { YOUTUBE_CAPTURE_PATHS } from '../../../lib/capture/capture-patterns';
import { routePages } from '../../../lib/content/page-router';
import { profileView } from '../../../lib/content/run-content';
import { recordWake } from '../../../lib/content/wake-signal';
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
  browser: { runtime: { id: 'test-extension', getURL: (path: string) => `chrome-extension://test-extension${path}`, sendMessage: (r: { type: string }) => sendMessage(r), connect: (info: { name: string }) => partsPortTo((r) => sendMessage(r as never))(info) } },
}));

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Our frame's host: an empty element with `display: contents` (frame-host.ts). */
const frameHosts = () => Array.from(document.body.children).filter((el) => el instanceof HTMLElement && el.style.getPropertyValue('display') === 'contents');

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
    delete (globalThis as Record<symbol, unknown>)[Symbol.for('vetted.wake')];
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

  it("is in the page at once when the wake script's message from document_start is still unanswered", async () => {
    // The wake script ran in the same isolated world; its message has not been answered: the worker is starting.
    recordWake(globalThis, new Promise(() => {}));
    routePages(running.ctx, [profileView(running.ctx, youtubeReader, { header: PROFILE_HEADER, capturePaths: YOUTUBE_CAPTURE_PATHS })]);
    await settle();
    expect(sent).toEqual(['page/loading']);
    expect(frameHosts()).toHaveLength(1);
    // Still no token before the page was announced.
    wake();
    await settle();
    expect(sent.slice(0, 2)).toEqual(['page/loading', 'overlay/mount']);
    expect(frameHosts()).toHaveLength(1);
  });

  it('waits for its own answer as before when the wake message was answered (the worker is running)', async () => {
    recordWake(globalThis, Promise.resolve({ ok: true }));
    await settle();
    routePages(running.ctx, [profileView(running.ctx, youtubeReader, { header: PROFILE_HEADER, capturePaths: YOUTUBE_CAPTURE_PATHS })]);
    await settle();
    expect(frameHosts()).toHaveLength(0);
    wake();
    await settle();
    expect(sent.slice(0, 2)).toEqual(['page/loading', 'overlay/mount']);
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
});
