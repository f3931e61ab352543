/**
 * A content script runs on every page of a platform, most of which are not profiles (a feed, a
 * search, a video): there it must cost the page nothing it can avoid. No timer, interval or DOM
 * observer runs until a profile is shown, and none is left running once the user has left it.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { partsPortTo } from './parts-port-stub';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { X_POST_CAPTURE_PATHS, YOUTUBE_CAPTURE_PATHS, YOUTUBE_POST_CAPTURE_PATHS } from '../../../lib/capture/capture-patterns';
import { routePages } from '../../../lib/content/page-router';
import { profileView } from '../../../lib/content/run-content';
import { postView } from '../../../lib/content/run-post-content';
import { xPostPageCollector } from '../../../lib/platforms/x/post/page-reader';
import { youtubePostPageCollector } from '../../../lib/platforms/youtube/post/page-reader';
import { PROFILE_HEADER } from '../../../lib/platforms/youtube/paths';
import { youtubeReader } from '../../../lib/platforms/youtube/reader';

const YOUTUBE_PAGE = { header: PROFILE_HEADER, capturePaths: YOUTUBE_CAPTURE_PATHS };

const sendMessage = vi.fn(async (request: { type: string }) => (request.type === 'overlay/mount' ? { ok: true, token: null } : { ok: true }));
vi.mock('wxt/browser', () => ({
  browser: { runtime: { id: 'test-extension', getURL: (path: string) => `chrome-extension://test-extension${path}`, sendMessage: (r: { type: string }) => sendMessage(r), connect: (info: { name: string }) => partsPortTo((r) => sendMessage(r as never))(info) } },
}));

/** What the content script has asked for, and what of it is still running. */
interface Activity {
  intervals: Set<unknown>;
  timeouts: number;
  observing: Set<MutationObserver>;
  observersCreated: number;
}

/** A ContentScriptContext whose timers are counted; everything else behaves as WXT's does. */
function countingContext(activity: Activity): { ctx: ContentScriptContext; invalidate(): void } {
  const controller = new AbortController();
  const ctx = {
    get signal() {
      return controller.signal;
    },
    get isInvalid() {
      return controller.signal.aborted;
    },
    get isValid() {
      return !controller.signal.aborted;
    },
    onInvalidated(cb: () => void) {
      controller.signal.addEventListener('abort', cb);
      return () => controller.signal.removeEventListener('abort', cb);
    },
    setInterval(handler: () => void, ms: number) {
      const id = setInterval(handler, ms);
      activity.intervals.add(id);
      return id;
    },
    setTimeout(handler: () => void, ms: number) {
      activity.timeouts += 1;
      return setTimeout(handler, ms);
    },
    requestIdleCallback(handler: () => void) {
      activity.timeouts += 1;
      return setTimeout(handler, 0);
    },
    addEventListener(target: EventTarget, type: string, handler: EventListener) {
      target.addEventListener(type, handler, { signal: controller.signal });
    },
  };
  return { ctx: ctx as unknown as ContentScriptContext, invalidate: () => controller.abort() };
}

/** Let the content script's awaited sends and zero-delay timeouts run. */
async function settle() {
  for (let i = 0; i < 5; i++) await new Promise((resolve) => setTimeout(resolve, 5));
}

/** Open a page: the document's URL, as if the browser had loaded it. */
function openPage(url: string) {
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(url);
}

/** Navigate as an SPA does: the URL changes, then WXT's location watcher fires its event. */
async function navigate(url: string) {
  history.pushState({}, '', url);
  window.dispatchEvent(new Event('wxt:locationchange'));
  await settle();
}

/** Count what a content script asks for; undone after each test. */
function trackActivity(): { activity: Activity; context: () => ReturnType<typeof countingContext> } {
  const state = { activity: null as unknown as Activity, context: null as unknown as ReturnType<typeof countingContext> };
  beforeEach(() => {
    const activity: Activity = { intervals: new Set(), timeouts: 0, observing: new Set(), observersCreated: 0 };
    const RealObserver = window.MutationObserver;
    class CountingObserver extends RealObserver {
      constructor(callback: MutationCallback) {
        super(callback);
        activity.observersCreated += 1;
      }
      override observe(target: Node, options?: MutationObserverInit) {
        activity.observing.add(this);
        super.observe(target, options);
      }
      override disconnect() {
        activity.observing.delete(this);
        super.disconnect();
      }
    }
    vi.stubGlobal('MutationObserver', CountingObserver);
    const realClear = globalThis.clearInterval;
    vi.spyOn(globalThis, 'clearInterval').mockImplementation((id) => {
      activity.intervals.delete(id);
      realClear(id as Parameters<typeof clearInterval>[0]);
    });
    sendMessage.mockClear();
    document.body.innerHTML = '<div id="app"></div>';
    state.activity = activity;
    state.context = countingContext(activity);
  });

  afterEach(() => {
    state.context.invalidate();
    for (const id of state.activity.intervals) clearInterval(id as Parameters<typeof clearInterval>[0]);
    vi.unstubAllGlobals();
    document.body.innerHTML = '';
  });
  return {
    get activity() {
      return state.activity;
    },
    context: () => state.context,
  };
}

describe('the content script does nothing until a profile is shown', () => {
  const tracked = trackActivity();
  let activity: Activity;
  let context: ReturnType<typeof countingContext>;
  beforeEach(() => {
    activity = tracked.activity;
    context = tracked.context();
  });

  it('on a search page: no interval, no timeout, no observer, and a captured feed is not parsed', async () => {
    openPage('https://www.youtube.com/results?search_query=cats');
    const parse = vi.spyOn(JSON, 'parse');
    routePages(context.ctx, [profileView(context.ctx, youtubeReader, YOUTUBE_PAGE)]);
    await settle();
    // The page's own feed response, as the page-world script copies it over.
    window.postMessage({ source: 'vetted-capture', v: 1, url: '/youtubei/v1/browse', text: '{"contents":{}}' }, window.location.origin);
    document.getElementById('app')?.append(document.createElement('p'));
    await settle();

    expect(activity.intervals.size).toBe(0);
    expect(activity.timeouts).toBe(0);
    expect(activity.observersCreated).toBe(0);
    expect(parse.mock.calls.filter(([text]) => text === '{"contents":{}}')).toEqual([]);
    expect(sendMessage).not.toHaveBeenCalled();
  });

  it('on the home page and a watch page, too', async () => {
    openPage('https://www.youtube.com/');
    routePages(context.ctx, [profileView(context.ctx, youtubeReader, YOUTUBE_PAGE)]);
    await settle();
    await navigate('https://www.youtube.com/watch?v=dQw4w9WgXcQ');
    expect(activity.intervals.size).toBe(0);
    expect(activity.observing.size).toBe(0);
    expect(activity.observersCreated).toBe(0);
  });

  it('starts watching on a profile and stops everything once the user leaves it', async () => {
    openPage('https://www.youtube.com/results?search_query=cats');
    routePages(context.ctx, [profileView(context.ctx, youtubeReader, YOUTUBE_PAGE)]);
    await settle();
    expect(activity.intervals.size).toBe(0);

    await navigate('https://www.youtube.com/@somecreator/videos');
    // The frame is shown: its orphan check runs, and the page is watched while it renders.
    expect(sendMessage).toHaveBeenCalledWith(expect.objectContaining({ type: 'page/loading' }));
    expect(activity.intervals.size).toBe(1);
    expect(activity.observing.size).toBe(1);

    await navigate('https://www.youtube.com/watch?v=dQw4w9WgXcQ');
    expect(sendMessage).toHaveBeenCalledWith({ type: 'page/left' });
    expect(activity.intervals.size).toBe(0);
    expect(activity.observing.size).toBe(0);

    // And again on the next profile: one interval, not one per visit.
    await navigate('https://www.youtube.com/@othercreator');
    expect(activity.intervals.size).toBe(1);
    await navigate('https://www.youtube.com/feed/subscriptions');
    expect(activity.intervals.size).toBe(0);
    expect(activity.observing.size).toBe(0);
  });
});

describe('the post-page script does nothing off a post page', () => {
  const tracked = trackActivity();
  const YOUTUBE_POSTS = { capturePaths: YOUTUBE_POST_CAPTURE_PATHS, rendered: false };

  it('on a search page, a channel and a feed: no interval, timeout or observer, no message, and a captured watch response is not parsed', async () => {
    openPage('https://www.youtube.com/results?search_query=cats');
    const parse = vi.spyOn(JSON, 'parse');
    routePages(tracked.context().ctx, [postView(tracked.context().ctx, youtubePostPageCollector, YOUTUBE_POSTS)]);
    await settle();
    // A watch response the app prefetched, as the page-world script copies it over.
    window.postMessage({ source: 'vetted-capture', v: 1, url: '/youtubei/v1/next', text: '{"contents":{"post":1}}' }, window.location.origin);
    document.getElementById('app')?.append(document.createElement('p'));
    await settle();
    expect(tracked.activity.intervals.size).toBe(0);
    expect(tracked.activity.timeouts).toBe(0);
    expect(tracked.activity.observersCreated).toBe(0);
    expect(parse.mock.calls.filter(([text]) => text === '{"contents":{"post":1}}')).toEqual([]);
    expect(sendMessage).not.toHaveBeenCalled();

    await navigate('https://www.youtube.com/@somecreator/videos');
    await navigate('https://www.youtube.com/feed/subscriptions');
    expect(tracked.activity.intervals.size).toBe(0);
    expect(tracked.activity.observersCreated).toBe(0);
    expect(sendMessage).not.toHaveBeenCalled();
  });

  it('X: watches a status page while it renders, and stops everything once the user leaves it', async () => {
    openPage('https://x.com/home');
    routePages(tracked.context().ctx, [postView(tracked.context().ctx, xPostPageCollector, { capturePaths: X_POST_CAPTURE_PATHS, rendered: true })]);
    await settle();
    expect(tracked.activity.observersCreated).toBe(0);

    // The status page has not rendered its post yet: the script watches for it.
    await navigate('https://x.com/somecreator/status/1234567890');
    expect(sendMessage).toHaveBeenCalledWith({ type: 'page/left' });
    expect(tracked.activity.observing.size).toBe(1);

    await navigate('https://x.com/somecreator');
    expect(tracked.activity.observing.size).toBe(0);
    expect(tracked.activity.intervals.size).toBe(0);
    const sent = sendMessage.mock.calls.length;
    await navigate('https://x.com/explore');
    expect(tracked.activity.observing.size).toBe(0);
    expect(sendMessage.mock.calls.length).toBe(sent);
  });
});
