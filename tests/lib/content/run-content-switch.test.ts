/**
 * A switch to another profile within the app, once the background has answered this document: the
 * page is read and the reading sent right behind `page/loading`, not after its answer, which can
 * only arrive once the page's thread is free again (after it has drawn the new profile). The
 * background takes the two in the order sent (tests/lib/background/page-order.test.ts).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { partsPortTo } from './parts-port-stub';
import { YOUTUBE_CAPTURE_PATHS } from '../../../lib/capture/capture-patterns';
import { routePages } from '../../../lib/content/page-router';
import { profileView } from '../../../lib/content/run-content';
import type { PlatformReader } from '../../../lib/platforms/types';
import { PROFILE_HEADER } from '../../../lib/platforms/youtube/paths';
import { youtubeReader } from '../../../lib/platforms/youtube/reader';
import { settle, testContentContext } from './test-content-context';

/** Whether the background answers page/loading at once (running) or only when the test says (busy or asleep). */
let holdLoading = false;
const held: Array<() => void> = [];
const sent: Array<{ type: string; pageUrl?: string }> = [];
const sendMessage = vi.fn(async (request: { type: string; pageUrl?: string; text?: string }) => {
  sent.push({ type: request.type, ...(request.pageUrl ? { pageUrl: request.pageUrl } : {}) });
  if (request.type === 'page/loading' && holdLoading) await new Promise<void>((resolve) => held.push(resolve));
  // The background reads the page's responses: this one names the creator it is about.
  if (request.type === 'capture/read') return { ok: true, capture: { ok: true, creator: { handle: (JSON.parse(request.text!) as { handle: string }).handle }, posts: [], sources: ['capture:browse'] } };
  return request.type === 'overlay/mount' ? { ok: true, token: 'f'.repeat(32) } : { ok: true };
});
vi.mock('wxt/browser', () => ({
  browser: { runtime: { id: 'test-extension', getURL: (path: string) => `chrome-extension://test-extension${path}`, sendMessage: (r: { type: string }) => sendMessage(r), connect: (info: { name: string }) => partsPortTo((r) => sendMessage(r as never))(info) } },
}));

async function navigate(url: string) {
  history.pushState({}, '', url);
  window.dispatchEvent(new Event('wxt:locationchange'));
  await settle();
}

const FIRST = 'https://www.youtube.com/@somecreator/videos';
const NEXT = 'https://www.youtube.com/@othercreator/videos';
/** What the content script reported about a page: its reading, or why there is none. */
const reports = (pageUrl: string) => sent.filter((m) => (m.type === 'snapshot/submit' || m.type === 'page/unreadable') && m.pageUrl === pageUrl);

describe('an SPA switch between two profiles', () => {
  let running: ReturnType<typeof testContentContext>;
  beforeEach(() => {
    sent.length = 0;
    holdLoading = false;
    document.body.innerHTML = '<div id="app"></div>';
    (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(FIRST);
    running = testContentContext();
  });
  afterEach(() => {
    running.invalidate();
    for (const release of held.splice(0)) release();
    document.body.innerHTML = '';
  });

  it('sends the next profile\'s reading right behind page/loading, before the background has answered it', async () => {
    routePages(running.ctx, [profileView(running.ctx, youtubeReader, { header: PROFILE_HEADER, capturePaths: YOUTUBE_CAPTURE_PATHS })]);
    await settle();
    expect(reports(FIRST)).toHaveLength(1);

    holdLoading = true;
    sent.length = 0;
    await navigate(NEXT);
    expect(held).toHaveLength(1);
    expect(sent[0]).toEqual({ type: 'page/loading', pageUrl: NEXT });
    expect(reports(NEXT)).toHaveLength(1);
    expect(sent.indexOf(reports(NEXT)[0]!)).toBeGreaterThan(0);
  });

  it('reads the next profile as soon as the app\'s API response names it, though the page still showed the previous one', async () => {
    // As YouTube and X do: after the switch the document still holds the previous profile (the
    // reader says "not ready") and the page's own API response is the first to name the next one.
    const appPath = /^\/youtubei\/v1\/browse$/;
    const stale: PlatformReader = {
      ...youtubeReader,
      read: () => ({ ok: false, reason: 'not-ready', tried: ['the header of the profile in the address'] }),
    };
    routePages(running.ctx, [profileView(running.ctx, stale, { header: PROFILE_HEADER, capturePaths: [appPath] })]);
    await settle();
    sent.length = 0;
    await navigate(NEXT);
    expect(reports(NEXT).map((m) => m.type)).toEqual(['page/unreadable']);
    // The page keeps drawing: a re-read is set at the pace of a page already reported.
    document.getElementById('app')!.append(document.createElement('div'));
    await settle();
    const text = JSON.stringify({ handle: 'othercreator' });
    window.dispatchEvent(new MessageEvent('message', { data: { source: 'vetted-capture', v: 1, url: '/youtubei/v1/browse', text }, origin: window.location.origin, source: window }));
    await settle();
    expect(reports(NEXT).map((m) => m.type)).toEqual(['page/unreadable', 'snapshot/submit']);
  });

  it('the first profile of a document still waits for the answer (the frame and its token depend on it)', async () => {
    holdLoading = true;
    routePages(running.ctx, [profileView(running.ctx, youtubeReader, { header: PROFILE_HEADER, capturePaths: YOUTUBE_CAPTURE_PATHS })]);
    await settle();
    expect(sent).toEqual([{ type: 'page/loading', pageUrl: FIRST }]);
    for (const release of held.splice(0)) release();
    await settle();
    expect(reports(FIRST)).toHaveLength(1);
  });
});
