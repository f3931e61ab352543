/**
 * On a YouTube channel the page-world script hands the content script a pick of the page's own
 * data; the content script sends it to the background as it is, where it is read, instead of
 * reading it on the page's thread. Only when the background finds no reading of the channel in it
 * does the content script read the page itself, and then only the rendered header.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { partsPortTo } from './parts-port-stub';
import { YOUTUBE_CAPTURE_PATHS } from '../../../lib/capture/capture-patterns';
import { routePages } from '../../../lib/content/page-router';
import { profileView } from '../../../lib/content/run-content';
import type { PlatformReader } from '../../../lib/platforms/types';
import { PROFILE_HEADER } from '../../../lib/platforms/youtube/paths';
import { youtubeReader } from '../../../lib/platforms/youtube/reader';
import { reportsIn, settle, testContentContext } from './test-content-context';

type Sent = { type: string; pageUrl?: string; snapshot?: unknown; pageData?: unknown; lang?: string; reason?: string; tried?: string[]; text?: string; captureText?: string; captures?: unknown[] };

/** The background's answer to a submission with page data. */
let pageDataAnswer: Record<string, unknown> = { ok: true };
const sent: Sent[] = [];
const sendMessage = vi.fn(async (request: Sent) => {
  sent.push(request);
  if (request.type === 'overlay/mount') return { ok: true, token: 'f'.repeat(32) };
  const text = request.type === 'capture/read' ? request.text : request.captureText;
  if (text !== undefined) return { ok: true, capture: { ok: true, creator: { handle: (JSON.parse(text) as { handle: string }).handle }, posts: [], sources: ['capture:browse'] } };
  return request.type === 'snapshot/submit' && request.pageData !== undefined ? pageDataAnswer : { ok: true };
});
vi.mock('wxt/browser', () => ({
  browser: { runtime: { id: 'test-extension', getURL: (path: string) => `chrome-extension://test-extension${path}`, sendMessage: (r: Sent) => sendMessage(r), connect: (info: { name: string }) => partsPortTo((r) => sendMessage(r as never))(info) } },
}));

const URL_ = 'https://www.youtube.com/@somecreator/videos';
const PICK = { header: { pageHeaderRenderer: { pageTitle: 'Some Creator' } }, metadata: { channelMetadataRenderer: { title: 'Some Creator' } } };
const reports = () => reportsIn(sent);

describe('a YouTube channel with page data', () => {
  let running: ReturnType<typeof testContentContext>;
  let reader: PlatformReader & { read: ReturnType<typeof vi.fn> };
  beforeEach(() => {
    sent.length = 0;
    pageDataAnswer = { ok: true };
    document.documentElement.setAttribute('lang', 'en-GB');
    document.body.innerHTML = '<div id="app"></div>';
    (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(URL_);
    running = testContentContext();
    reader = { ...youtubeReader, read: vi.fn(youtubeReader.read) };
  });
  afterEach(() => {
    running.invalidate();
    document.body.innerHTML = '';
  });

  const start = () => routePages(running.ctx, [profileView(running.ctx, reader, { header: PROFILE_HEADER, capturePaths: YOUTUBE_CAPTURE_PATHS, pageData: async () => JSON.stringify(PICK) })]);

  it('sends the page data as it is (the page-world script\'s JSON text), with the page\'s language, and reads nothing on the page', async () => {
    start();
    await settle();
    expect(reports()).toEqual([{ type: 'snapshot/submit', pageUrl: URL_, snapshot: null, pageData: JSON.stringify(PICK), lang: 'en-GB', captures: [] }]);
    expect(reader.read).not.toHaveBeenCalled();
  });

  it('sends it once while nothing new arrives: the page\'s own churn is not news', async () => {
    start();
    await settle();
    for (let i = 0; i < 3; i++) document.getElementById('app')!.append(document.createElement('div'));
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(reports()).toHaveLength(1);
    expect(reader.read).not.toHaveBeenCalled();
  });

  it('reads only the rendered page when the background finds no reading in the data, and reports what the data lacked', async () => {
    pageDataAnswer = { ok: true, unread: { reason: 'unsupported-layout', tried: ['json:ytInitialData', 'json:no channel header'] } };
    start();
    await settle();
    expect(reader.read).toHaveBeenCalledTimes(1);
    expect(reader.read.mock.calls[0]![2]).toMatchObject({ pageData: null });
    const [, unreadable] = reports();
    expect(unreadable).toMatchObject({ type: 'page/unreadable', reason: 'unsupported-layout' });
    expect(unreadable?.tried?.slice(0, 3)).toEqual(['json:ytInitialData', 'json:no channel header', 'dom:header']);
  });

  it('submits the rendered header\'s reading when the data is another channel\'s', async () => {
    pageDataAnswer = { ok: true, unread: { reason: 'not-ready', tried: ['json:ytInitialData', 'json:stale (another channel)'] } };
    document.body.innerHTML = '<ytd-channel-name id="channel-name"><yt-formatted-string id="text">Some Creator</yt-formatted-string></ytd-channel-name><yt-formatted-string id="channel-handle">@somecreator</yt-formatted-string>';
    start();
    await settle();
    expect(reader.read.mock.calls[0]![2]).toMatchObject({ pageData: null });
    const [, reading] = reports();
    expect(reading).toMatchObject({ type: 'snapshot/submit', snapshot: { creator: { handle: 'somecreator', displayName: 'Some Creator' }, sources: ['dom:header'] } });
    expect(reading?.pageData).toBeUndefined();
  });

  const NEXT = 'https://www.youtube.com/@othercreator/videos';
  /** An in-app switch to `href`, as the app makes it. */
  const switchTo = async (href: string) => {
    history.pushState({}, '', href);
    window.dispatchEvent(new Event('wxt:locationchange'));
    await settle();
  };

  it('after an in-app switch, does not send the data the background read the previous channel from: the page still holds that channel\'s', async () => {
    start();
    await settle();
    await switchTo(NEXT);
    expect(reports().filter((m) => m.pageUrl === NEXT && m.pageData !== undefined)).toEqual([]);
    expect(reader.read).toHaveBeenCalledTimes(1);
    expect(reader.read.mock.calls[0]![2]).toMatchObject({ pageData: null });
    expect(reports().find((m) => m.pageUrl === NEXT)).toMatchObject({ type: 'page/unreadable', reason: 'not-ready' });

    // Back to the first channel: the same data is its own, and is read again in the background.
    await switchTo(URL_);
    expect(reports().filter((m) => m.pageUrl === URL_ && m.pageData !== undefined)).toHaveLength(2);
    expect(reader.read).toHaveBeenCalledTimes(1);
  });

  const captured = (text: string) =>
    window.dispatchEvent(new MessageEvent('message', { data: { source: 'vetted-capture', v: 1, url: '/youtubei/v1/browse', text }, origin: window.location.origin, source: window }));

  it('hands the page\'s API responses to the background to read, then sends them with the page data', async () => {
    reader = { ...reader, readCapture: vi.fn(youtubeReader.readCapture) };
    start();
    await settle();
    const text = JSON.stringify({ handle: 'somecreator' });
    captured(text);
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(sent.filter((m) => m.type === 'capture/read')).toEqual([{ type: 'capture/read', pageUrl: URL_, text }]);
    expect(reader.readCapture).not.toHaveBeenCalled();
    expect(reader.read).not.toHaveBeenCalled();
    const withPageData = reports().filter((m) => m.pageData !== undefined);
    expect(withPageData.map((m) => m.captures?.length)).toEqual([0, 1]);
  });

  it('after a switch, hands the response that names the next channel to the background with the submission itself: one trip', async () => {
    reader = { ...reader, readCapture: vi.fn(youtubeReader.readCapture) };
    start();
    await settle();
    await switchTo(NEXT);
    expect(reports().filter((m) => m.pageUrl === NEXT).map((m) => m.type)).toEqual(['page/unreadable']);
    const text = JSON.stringify({ handle: 'othercreator' });
    captured(text);
    await settle();
    expect(sent.filter((m) => m.type === 'capture/read')).toEqual([]);
    expect(reader.readCapture).not.toHaveBeenCalled();
    expect(reports().filter((m) => m.pageUrl === NEXT)).toEqual([
      expect.objectContaining({ type: 'page/unreadable' }),
      { type: 'snapshot/submit', pageUrl: NEXT, snapshot: null, captures: [], captureText: text },
    ]);
    // The page keeps drawing the previous channel: the same submission is not sent again.
    document.getElementById('app')?.append(document.createElement('div'));
    await new Promise((resolve) => setTimeout(resolve, 1_300));
    expect(reports().filter((m) => m.pageUrl === NEXT)).toHaveLength(2);
  });

  it('reads the page itself when the background refuses the data (forged by the page, or too large)', async () => {
    pageDataAnswer = { ok: false, error: { code: 'invalid-data', message: 'the page gave data Vetted cannot trust' } };
    start();
    await settle();
    expect(reader.read).toHaveBeenCalledTimes(1);
    expect(reader.read.mock.calls[0]![2]).toMatchObject({ pageData: null });
  });
});
