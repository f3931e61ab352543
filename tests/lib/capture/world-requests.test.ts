/**
 * The content scripts ask the page-world script to replay the captures it made before they
 * listened: an event on the shared window, not a window message (lib/capture/capture-patterns.ts
 * says why). Here both ends run in one happy-dom window, as the two worlds share the page's.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { askForReplay, REPLAY_REQUEST } from '../../../lib/capture/capture-patterns';
import { installCaptureHooks } from '../../../lib/capture/page-world-hooks';
import { listenForCaptures } from '../../../lib/content/capture-listener';

type Win = Window & typeof globalThis;
const setUrl = (url: string) => (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(url);

describe('requests from the content scripts to the page-world script', () => {
  const aborts: AbortController[] = [];
  afterEach(() => {
    for (const abort of aborts.splice(0)) abort.abort();
    vi.restoreAllMocks();
  });

  it('the replay request is an event on the window, never a window message', () => {
    setUrl('https://x.com/somecreator');
    const heard: string[] = [];
    const onRequest = (event: Event) => heard.push(event.type);
    window.addEventListener(REPLAY_REQUEST, onRequest);
    const posted = vi.spyOn(window, 'postMessage');
    const abort = new AbortController();
    aborts.push(abort);
    try {
      listenForCaptures(window, abort.signal, () => [], () => {});
      askForReplay(window);
    } finally {
      window.removeEventListener(REPLAY_REQUEST, onRequest);
    }
    expect(heard).toEqual([REPLAY_REQUEST, REPLAY_REQUEST]);
    expect(posted).not.toHaveBeenCalled();
  });

  it('the page-world script replays the responses it copied before the request, on the event', async () => {
    setUrl('https://x.com/somecreator');
    const win = window as Win;
    const body = '{"data":{"user":{}}}';
    const originalFetch = win.fetch;
    win.fetch = (async () => new Response(body, { status: 200 })) as typeof fetch;
    try {
      installCaptureHooks(win);
      await win.fetch('https://x.com/i/api/graphql/abc/UserTweets?variables=%7B%7D');
      await new Promise((resolve) => setTimeout(resolve, 10));
      const posted = vi.spyOn(win, 'postMessage');
      askForReplay(win);
      expect(posted.mock.calls.map(([message]) => message)).toEqual([{ source: 'vetted-capture', v: 1, url: 'https://x.com/i/api/graphql/abc/UserTweets?variables=%7B%7D', text: body }]);
      // A window message of the old shape asks for nothing.
      posted.mockClear();
      win.dispatchEvent(new MessageEvent('message', { data: { source: REPLAY_REQUEST }, origin: win.location.origin, source: win }));
      expect(posted).not.toHaveBeenCalled();
    } finally {
      win.fetch = originalFetch;
    }
  });
});
