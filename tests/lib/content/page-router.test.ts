/**
 * One content script per platform serves its profile and post pages: the router hands each page
 * to the view that claims its address, leaves the view shown before, and gives the page's API
 * responses to the shown view only.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { partsPortTo } from './parts-port-stub';
import { YOUTUBE_CAPTURE_PATHS, YOUTUBE_POST_CAPTURE_PATHS } from '../../../lib/capture/capture-patterns';
import { readPostPageExtract } from '../../../lib/background/post-page-reading';
import { routePages, type PageView } from '../../../lib/content/page-router';
import { profileView } from '../../../lib/content/run-content';
import { postView } from '../../../lib/content/run-post-content';
import { PROFILE_HEADER } from '../../../lib/platforms/youtube/paths';
import { youtubePostPageCollector } from '../../../lib/platforms/youtube/post/page-reader';
import { youtubeReader } from '../../../lib/platforms/youtube/reader';
import { loadExpectation, loadFixtureText, parseHtml } from '../platforms/fixture-harness';
import { settle, testContentContext } from './test-content-context';

type Sent = { type: string; pageUrl?: string; extract?: string; reading?: { author: { handle: string } | null } };
const sendMessage = vi.fn(async (request: Sent): Promise<unknown> => {
  if (request.type === 'overlay/mount') return { ok: true, token: 'f'.repeat(32) };
  // The background's own reading of the collected post page (lib/background/post-page-reading.ts), not a stub of it.
  if (request.type === 'post/read-page') {
    const read = readPostPageExtract(request.pageUrl!, request.extract!);
    return read.ok ? { ok: true, reading: read.reading } : { ok: false, error: { code: 'invalid-data', message: read.detail } };
  }
  if (request.type === 'post/submit') return { ok: true, creator: { platform: 'youtube', handle: request.reading?.author?.handle ?? 'known' } };
  return { ok: true };
});
vi.mock('wxt/browser', () => ({
  browser: { runtime: { id: 'test-extension', getURL: (path: string) => `chrome-extension://test-extension${path}`, sendMessage: (r: Sent) => sendMessage(r), connect: (info: { name: string }) => partsPortTo((r) => sendMessage(r as never))(info) } },
}));
/** The frames mounted: their view, and whether they were taken down. */
const frames: Array<{ view: string; removed: boolean }> = [];
vi.mock('../../../lib/content/overlay-frame', () => ({
  mountOverlayFrame: (_doc: Document, src: string) => {
    const frame = { view: new URL(src).searchParams.get('view') ?? 'profile', removed: false };
    frames.push(frame);
    return { isConnected: () => !frame.removed, remove: () => (frame.removed = true) };
  },
}));

const CHANNEL = 'https://www.youtube.com/@somecreator/videos';
const WATCH = loadExpectation('youtube', '2024-01_watch_html_es-ES_ytInitialData-ytInitialPlayerResponse_onemedia.html').url;

/** Navigate as an SPA does: the URL changes, then WXT's location watcher fires its event. */
async function navigate(url: string) {
  history.pushState({}, '', url);
  window.dispatchEvent(new Event('wxt:locationchange'));
  await settle();
}

/** A saved page's embedded data, as the app would have put it in place by the time the address changes. */
function drawPage(html: string, url: string) {
  const saved = parseHtml(html, url);
  document.head.innerHTML = '';
  for (const script of Array.from(saved.scripts)) {
    const copy = document.createElement('template');
    copy.innerHTML = `<script>${script.textContent ?? ''}</script>`;
    document.head.append(copy.content);
  }
}

/** What the page-world script posts for a response the page fetched. */
function capture(path: string, text: string) {
  window.dispatchEvent(new MessageEvent('message', { data: { source: 'vetted-capture', v: 1, url: path, text }, origin: window.location.origin, source: window }));
}

/** A view that records what the router asked of it, and otherwise does what `inner` does. */
function recorded(name: string, inner: PageView, calls: string[]): PageView {
  return {
    claims: (url) => inner.claims(url),
    evaluate: () => {
      calls.push(`${name}:evaluate`);
      inner.evaluate();
    },
    leave: () => {
      calls.push(`${name}:leave`);
      inner.leave();
    },
    capturePaths: inner.capturePaths,
    capture: (json, url) => {
      calls.push(`${name}:capture`);
      inner.capture(json, url);
    },
  };
}

/** A view of the pages whose path starts with `prefix`, which does nothing. */
const idleView = (prefix: string, capturePaths: RegExp[]): PageView => ({ claims: (url) => url.pathname.startsWith(prefix), evaluate() {}, leave() {}, capturePaths, capture() {} });

describe('routePages', () => {
  let context: ReturnType<typeof testContentContext>;
  beforeEach(() => {
    sendMessage.mockClear();
    frames.length = 0;
    document.body.innerHTML = '<div id="app"></div>';
    (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(CHANNEL);
    context = testContentContext();
  });
  afterEach(() => {
    context.invalidate();
    vi.restoreAllMocks();
    document.head.innerHTML = '';
    document.body.innerHTML = '';
  });

  it("profile → post → profile: each address is read once by its view, and the frame of the view left is taken down", async () => {
    const calls: string[] = [];
    const { ctx } = context;
    routePages(ctx, [
      recorded('profile', profileView(ctx, youtubeReader, { header: PROFILE_HEADER, capturePaths: YOUTUBE_CAPTURE_PATHS }), calls),
      recorded('post', postView(ctx, youtubePostPageCollector, { capturePaths: YOUTUBE_POST_CAPTURE_PATHS, rendered: false }), calls),
    ]);
    await settle();
    expect(calls).toEqual(['profile:evaluate']);
    expect(frames).toEqual([{ view: 'profile', removed: false }]);

    drawPage(loadFixtureText('youtube', '2024-01_watch_html_es-ES_ytInitialData-ytInitialPlayerResponse_onemedia.html'), WATCH);
    await navigate(WATCH);
    expect(calls).toEqual(['profile:evaluate', 'profile:leave', 'post:evaluate']);
    expect(frames).toEqual([
      { view: 'profile', removed: true },
      { view: 'post', removed: false },
    ]);
    expect(sendMessage.mock.calls.map(([r]) => r.type)).toContain('post/submit');

    document.head.innerHTML = '';
    document.body.innerHTML = '<div id="app"></div>';
    await navigate(CHANNEL);
    expect(calls).toEqual(['profile:evaluate', 'profile:leave', 'post:evaluate', 'post:leave', 'profile:evaluate']);
    expect(frames).toEqual([
      { view: 'profile', removed: true },
      { view: 'post', removed: true },
      { view: 'profile', removed: false },
    ]);
  });

  it('a navigation within a view reads again without leaving it; a page no view claims leaves the one shown', async () => {
    const calls: string[] = [];
    routePages(context.ctx, [recorded('profile', idleView('/@', []), calls), recorded('post', idleView('/watch', []), calls)]);
    await navigate('https://www.youtube.com/@othercreator');
    await navigate('https://www.youtube.com/results?search_query=cats');
    await navigate('https://www.youtube.com/feed/subscriptions');
    await navigate('https://www.youtube.com/watch?v=dQw4w9WgXcQ');
    expect(calls).toEqual(['profile:evaluate', 'profile:evaluate', 'profile:leave', 'post:evaluate']);
  });

  it("gives the page's responses to the view shown, for its own paths only, and parses none where no view is shown", async () => {
    const calls: string[] = [];
    routePages(context.ctx, [recorded('profile', idleView('/@', [/^\/youtubei\/v1\/browse$/]), calls), recorded('post', idleView('/watch', [/^\/youtubei\/v1\/next$/]), calls)]);
    capture('/youtubei/v1/next', '{"watch":1}');
    capture('/youtubei/v1/browse', '{"channel":1}');
    expect(calls).toEqual(['profile:evaluate', 'profile:capture']);

    await navigate('https://www.youtube.com/results?search_query=cats');
    const parse = vi.spyOn(JSON, 'parse');
    capture('/youtubei/v1/browse', '{"channel":2}');
    capture('/youtubei/v1/next', '{"watch":2}');
    expect(parse.mock.calls.filter(([text]) => typeof text === 'string' && text.startsWith('{"'))).toEqual([]);

    await navigate('https://www.youtube.com/watch?v=dQw4w9WgXcQ');
    capture('/youtubei/v1/browse', '{"channel":3}');
    capture('/youtubei/v1/next', '{"watch":3}');
    expect(calls).toEqual(['profile:evaluate', 'profile:capture', 'profile:leave', 'post:evaluate', 'post:capture']);
  });

  it("reads the next page once the app's own script has committed its pushState, before any task of the page; a navigation not yet committed, on the next task", async () => {
    const calls: string[] = [];
    routePages(context.ctx, [recorded('profile', idleView('/@', []), calls), recorded('post', idleView('/watch', []), calls)]);
    const fired = (url: string) => window.dispatchEvent(Object.assign(new Event('wxt:locationchange'), { newUrl: new URL(url) }));
    // The app's script: pushState (our context's event fires from its `navigate` event), then it
    // draws the next profile in the same run. Nothing of ours runs until that script returns.
    history.pushState({}, '', 'https://www.youtube.com/@othercreator');
    fired('https://www.youtube.com/@othercreator');
    expect(calls).toEqual(['profile:evaluate']);
    await Promise.resolve();
    expect(calls).toEqual(['profile:evaluate', 'profile:evaluate']);

    // Back or forward: the browser fires `navigate` before it commits the URL.
    fired('https://www.youtube.com/watch?v=dQw4w9WgXcQ');
    await Promise.resolve();
    expect(calls).toEqual(['profile:evaluate', 'profile:evaluate']);
    history.pushState({}, '', 'https://www.youtube.com/watch?v=dQw4w9WgXcQ');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(calls).toEqual(['profile:evaluate', 'profile:evaluate', 'profile:leave', 'post:evaluate']);
  });

  it('stops routing once the extension is gone', async () => {
    const calls: string[] = [];
    routePages(context.ctx, [recorded('profile', idleView('/@', []), calls)]);
    context.invalidate();
    await navigate('https://www.youtube.com/@othercreator');
    expect(calls).toEqual(['profile:evaluate']);
  });
});
