/**
 * The content scripts ask the page-world script for two things: to replay the captures it made
 * before they listened, and (YouTube) for the page's own data. Both go through events on the
 * shared window, not window messages (lib/capture/capture-patterns.ts says why). Here both ends
 * run in one happy-dom window, as the two worlds share the page's.
 */
import { Window as HappyWindow } from 'happy-dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { askForReplay, REPLAY_REQUEST } from '../../../lib/capture/capture-patterns';
import { answerPageDataRequests } from '../../../lib/capture/page-data-hooks';
import { installCaptureHooks } from '../../../lib/capture/page-world-hooks';
import { listenForCaptures } from '../../../lib/content/capture-listener';
import { requestPageData } from '../../../lib/content/page-data';

type Win = Window & typeof globalThis;
const setUrl = (url: string) => (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(url);
/** A window of its own: the page-world script's listeners stay for the window's life. */
const channelPage = () => new HappyWindow({ url: 'https://www.youtube.com/@somecreator/videos' }) as unknown as Win;

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

  it('page data: asked by an event and answered by one while the request is dispatched, with no window message either way', async () => {
    const win = channelPage();
    const posted = vi.spyOn(win, 'postMessage');
    const picks: string[] = [];
    answerPageDataRequests(win, 'profile', () => {
      picks.push('profile');
      return { header: { name: 'Some Creator' } };
    });
    answerPageDataRequests(win, 'post', () => {
      picks.push('post');
      return { videoId: 'abc' };
    });
    const abort = new AbortController();
    aborts.push(abort);
    const answer = requestPageData(win, abort.signal, 'profile');
    // Picked during the request itself, and only the kind asked for.
    expect(picks).toEqual(['profile']);
    await expect(answer).resolves.toBe('{"header":{"name":"Some Creator"}}');
    await expect(requestPageData(win, abort.signal, 'post')).resolves.toBe('{"videoId":"abc"}');
    expect(picks).toEqual(['profile', 'post']);
    expect(posted).not.toHaveBeenCalled();
  });

  it('page data: an answer of the wrong shape or kind is not taken, and without an answer the request gives up', async () => {
    const win = channelPage();
    win.addEventListener('vetted-page-data-request', () => {
      win.dispatchEvent(new win.CustomEvent('vetted-page-data', { detail: { header: {} } }));
      win.dispatchEvent(new win.CustomEvent('vetted-post-data', { detail: '{"videoId":"abc"}' }));
    });
    const abort = new AbortController();
    aborts.push(abort);
    const answer = requestPageData(win, abort.signal, 'profile');
    abort.abort();
    await expect(answer).resolves.toBeUndefined();
  });
});
