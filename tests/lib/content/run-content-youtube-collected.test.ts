/**
 * On a YouTube channel the content script runs no reader: it hands over the page-world script's pick
 * of the page's data and, when the background finds no reading of the channel in it (another
 * channel's data after an in-app switch, a header it does not know) or there is no pick, what the
 * reader needs of the page besides (lib/platforms/youtube/page-collect.ts). The background's verdict
 * on that is reported as the reader's own was, with what the pick lacked; the shared behaviours of
 * the collected pages hold here too (a superseded verdict dropped, an uncollectable page reported).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { partsPortTo } from './parts-port-stub';
import { YOUTUBE_CAPTURE_PATHS } from '../../../lib/capture/capture-patterns';
import { routePages } from '../../../lib/content/page-router';
import { profileView } from '../../../lib/content/run-content';
import type { PageCollector } from '../../../lib/platforms/types';
import { collectYoutubePage, type YoutubePageExtract } from '../../../lib/platforms/youtube/page-collect';
import { PROFILE_HEADER } from '../../../lib/platforms/youtube/paths';
import { youtubeProfileRef } from '../../../lib/platforms/youtube/profile-url';
import { reportsIn, settle, testContentContext } from './test-content-context';

type Sent = { type: string; pageUrl?: string; snapshot?: unknown; pageData?: string; lang?: string; reason?: string; tried?: string[]; captures?: unknown[]; captureText?: string };

const isExtract = (pageData: string) => 'dom' in (JSON.parse(pageData) as object);

/** The background's answer to the pick, and to the collected page. */
let pickAnswer: Record<string, unknown> = { ok: true };
let collectedAnswer: Record<string, unknown> = { ok: true };
/** Answers that wait, given in turn to the next submissions of the collected page (a worker still waking). */
const heldAnswers: Array<Promise<Record<string, unknown>>> = [];
/** Holds the answer to a submission with a response to read, until it resolves. */
let heldCapture: Promise<void> | null = null;
const sent: Sent[] = [];
const sendMessage = vi.fn(async (request: Sent) => {
  sent.push(request);
  if (request.type === 'overlay/mount') return { ok: true, token: 'f'.repeat(32) };
  if (request.captureText !== undefined) {
    const answer = { ok: true, capture: { ok: true, creator: { handle: (JSON.parse(request.captureText) as { handle: string }).handle }, posts: [], sources: ['capture:browse'] } };
    return heldCapture ? heldCapture.then(() => answer) : answer;
  }
  if (request.type !== 'snapshot/submit' || request.pageData === undefined) return { ok: true };
  if (!isExtract(request.pageData)) return pickAnswer;
  return heldAnswers.shift() ?? collectedAnswer;
});
vi.mock('wxt/browser', () => ({
  browser: { runtime: { id: 'test-extension', getURL: (path: string) => `chrome-extension://test-extension${path}`, sendMessage: (r: Sent) => sendMessage(r), connect: (info: { name: string }) => partsPortTo((r) => sendMessage(r as never))(info) } },
}));

const URL_ = 'https://www.youtube.com/@somecreator/videos';
const PICK = { header: { pageHeaderRenderer: { pageTitle: 'Some Creator' } }, metadata: { channelMetadataRenderer: { title: 'Some Creator' } } };
const HEADER = '<ytd-channel-name id="channel-name"><yt-formatted-string id="text">Some Creator</yt-formatted-string></ytd-channel-name><yt-formatted-string id="channel-handle">@somecreator</yt-formatted-string>';
const DATA_SCRIPT = 'var ytInitialData = {"header":{}};';
const reports = () => reportsIn(sent);
const extracts = () => reports().flatMap((m) => (m.pageData !== undefined && isExtract(m.pageData) ? [JSON.parse(m.pageData) as YoutubePageExtract] : []));

describe('a YouTube channel read in the background', () => {
  let running: ReturnType<typeof testContentContext>;
  let collector: PageCollector & { collect: ReturnType<typeof vi.fn> };
  let pick: string | undefined;
  beforeEach(() => {
    sent.length = 0;
    heldAnswers.length = 0;
    heldCapture = null;
    pickAnswer = { ok: true };
    collectedAnswer = { ok: true };
    pick = JSON.stringify(PICK);
    document.documentElement.setAttribute('lang', 'en-GB');
    document.body.innerHTML = `<div id="app">${HEADER}</div><script>${DATA_SCRIPT}</script>`;
    (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(URL_);
    running = testContentContext();
    collector = { platform: 'youtube', profileRef: youtubeProfileRef, collect: vi.fn(collectYoutubePage) };
  });
  afterEach(() => {
    running.invalidate();
    document.body.innerHTML = '';
  });

  const start = () => routePages(running.ctx, [profileView(running.ctx, collector, { header: PROFILE_HEADER, capturePaths: YOUTUBE_CAPTURE_PATHS, pageData: async () => pick })]);

  it('hands over the pick, and collects nothing when the background reads the channel in it', async () => {
    start();
    await settle();
    expect(reports()).toEqual([{ type: 'snapshot/submit', pageUrl: URL_, snapshot: null, pageData: JSON.stringify(PICK), lang: 'en-GB', captures: [] }]);
    expect(collector.collect).not.toHaveBeenCalled();
  });

  it('hands over the rendered header, not the data again, when the background finds no reading in the pick', async () => {
    pickAnswer = { ok: true, unread: { reason: 'not-ready', tried: ['json:ytInitialData', 'json:stale (another channel)'] } };
    start();
    await settle();
    expect(collector.collect).toHaveBeenCalledWith(document, new URL(URL_), null);
    expect(extracts()).toEqual([{ lang: 'en-GB', configHl: null, scripts: null, dom: { names: ['', 'Some Creator', ''], handles: ['@somecreator'], subscribers: [''], metadataRows: [], consent: false } }]);
    // The background read it: nothing more to report.
    expect(reports().filter((m) => m.type === 'page/unreadable')).toEqual([]);
  });

  it("reports the background's verdict on the collected page with what the pick lacked", async () => {
    pickAnswer = { ok: true, unread: { reason: 'unsupported-layout', tried: ['json:ytInitialData', 'json:no channel header'] } };
    collectedAnswer = { ok: true, unread: { reason: 'not-ready', tried: ['dom:header'] } };
    start();
    await settle();
    expect(reports().at(-1)).toEqual({ type: 'page/unreadable', pageUrl: URL_, platform: 'youtube', reason: 'unsupported-layout', tried: ['json:ytInitialData', 'json:no channel header', 'dom:header'] });
  });

  it('hands over the script text that holds the data when the page-world script gave no pick', async () => {
    pick = undefined;
    start();
    await settle();
    expect(collector.collect).toHaveBeenCalledWith(document, new URL(URL_));
    expect(extracts()).toHaveLength(1);
    expect(extracts()[0]!.scripts).toEqual([DATA_SCRIPT]);
    expect(reports()).toHaveLength(1);
  });

  it('says the layout is unsupported when the page cannot be collected, and hands nothing more over', async () => {
    pickAnswer = { ok: true, unread: { reason: 'not-ready', tried: ['json:ytInitialData', 'json:stale (another channel)'] } };
    collector.collect.mockImplementation(() => {
      throw new TypeError('a getter the page defined threw');
    });
    start();
    await settle();
    expect(extracts()).toEqual([]);
    expect(reports().at(-1)).toEqual({ type: 'page/unreadable', pageUrl: URL_, platform: 'youtube', reason: 'unsupported-layout', tried: ['json:ytInitialData', 'json:stale (another channel)', 'page (uncollectable)'] });
  });

  it('drops the verdict on a page collected before the one the background has since read', async () => {
    pickAnswer = { ok: true, unread: { reason: 'not-ready', tried: ['json:ytInitialData', 'json:stale (another channel)'] } };
    // The header still names the last channel; the worker answers late.
    document.getElementById('app')!.innerHTML = '<yt-formatted-string id="channel-handle">@lastcreator</yt-formatted-string>';
    let answerFirst!: (answer: Record<string, unknown>) => void;
    heldAnswers.push(new Promise((resolve) => (answerFirst = resolve)));
    start();
    await settle();
    // Meanwhile the app renders this channel's header: collected again (at the settled pace: the pick went over already) and read at once.
    document.getElementById('app')!.innerHTML = HEADER;
    await new Promise((resolve) => setTimeout(resolve, 1_300));
    expect(extracts().map((e) => e.dom.handles)).toEqual([['@lastcreator'], ['@somecreator']]);
    answerFirst({ ok: true, unread: { reason: 'not-ready', tried: ['dom:header'] } });
    await settle();
    await new Promise((resolve) => setTimeout(resolve, 1_300));
    expect(reports().filter((m) => m.type === 'page/unreadable')).toEqual([]);
  });

  it("drops the verdict on the collected page once the app's response has shown the channel meanwhile (an in-app switch)", async () => {
    // After a switch the page still holds the last channel's data and header: the pick is not read,
    // the header is collected, and the worker takes its time to answer.
    pickAnswer = { ok: true, unread: { reason: 'not-ready', tried: ['json:ytInitialData', 'json:stale (another channel)'] } };
    document.getElementById('app')!.innerHTML = '<yt-formatted-string id="channel-handle">@lastcreator</yt-formatted-string>';
    let answerCollected!: (answer: Record<string, unknown>) => void;
    heldAnswers.push(new Promise((resolve) => (answerCollected = resolve)));
    start();
    await settle();
    expect(extracts()).toHaveLength(1);
    // The app's own response names this channel: the background reads it and shows the channel in one
    // trip, and has shown it by the time the verdict on the page arrives, before the content script hears so.
    let captureAnswered!: () => void;
    heldCapture = new Promise((resolve) => (captureAnswered = resolve));
    window.dispatchEvent(new MessageEvent('message', { data: { source: 'vetted-capture', v: 1, url: '/youtubei/v1/browse', text: JSON.stringify({ handle: 'somecreator' }) }, origin: window.location.origin, source: window }));
    await settle();
    expect(reports().at(-1)).toMatchObject({ type: 'snapshot/submit', captureText: JSON.stringify({ handle: 'somecreator' }) });
    // The older verdict on the page ("not ready": the header names the last channel) must not replace that reading.
    answerCollected({ ok: true, unread: { reason: 'not-ready', tried: ['dom:header'] } });
    await settle();
    captureAnswered();
    await settle();
    expect(reports().filter((m) => m.type === 'page/unreadable')).toEqual([]);
  });
});
