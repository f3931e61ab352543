/**
 * On a TikTok profile the content script only collects what the reader needs of the page and hands
 * it to the background, which reads it: no reader runs on the page's thread. The background's
 * verdict on a page it finds no reading in is reported as the content script's own would be, and
 * the page's API responses are read in the background too.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { partsPortTo } from './parts-port-stub';
import { TIKTOK_CAPTURE_PATHS } from '../../../lib/capture/capture-patterns';
import { routePages } from '../../../lib/content/page-router';
import { profileView } from '../../../lib/content/run-content';
import { PROFILE_HEADER } from '../../../lib/platforms/tiktok/paths';
import { tiktokProfileRef } from '../../../lib/platforms/tiktok/profile-url';
import type { PageCollector } from '../../../lib/platforms/types';
import { reportsIn, settle, testContentContext } from './test-content-context';

type Sent = { type: string; pageUrl?: string; snapshot?: unknown; pageData?: string; reason?: string; tried?: string[]; text?: string; captures?: unknown[] };

/** The background's answer to a submission of the collected page. */
let collectedAnswer: Record<string, unknown> | null = { ok: true };
/** Answers that wait, given in turn to the next submissions of the collected page (a worker still waking). */
const heldAnswers: Array<Promise<Record<string, unknown>>> = [];
const sent: Sent[] = [];
const sendMessage = vi.fn(async (request: Sent) => {
  sent.push(request);
  if (request.type === 'overlay/mount') return { ok: true, token: 'f'.repeat(32) };
  if (request.type === 'capture/read') return { ok: true, capture: { ok: true, creator: { handle: (JSON.parse(request.text!) as { handle: string }).handle }, posts: [], sources: ['capture:user-detail'] } };
  if (request.type === 'snapshot/submit' && request.pageData !== undefined) {
    const held = heldAnswers.shift();
    if (held) return held;
    if (collectedAnswer === null) throw new Error('Could not establish connection. Receiving end does not exist.');
    return collectedAnswer;
  }
  return { ok: true };
});
vi.mock('wxt/browser', () => ({
  browser: { runtime: { id: 'test-extension', getURL: (path: string) => `chrome-extension://test-extension${path}`, sendMessage: (r: Sent) => sendMessage(r), connect: (info: { name: string }) => partsPortTo((r) => sendMessage(r as never))(info) } },
}));

const URL_ = 'https://www.tiktok.com/@somecreator';
const reports = () => reportsIn(sent);

describe('a TikTok profile read in the background', () => {
  let running: ReturnType<typeof testContentContext>;
  let collector: PageCollector & { collect: ReturnType<typeof vi.fn> };
  beforeEach(() => {
    sent.length = 0;
    collectedAnswer = { ok: true };
    heldAnswers.length = 0;
    document.body.innerHTML = '<div id="app"><h1 data-e2e="user-title">somecreator</h1></div>';
    (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(URL_);
    running = testContentContext();
    collector = { platform: 'tiktok', profileRef: tiktokProfileRef, collect: vi.fn((doc: Document) => ({ title: doc.querySelector('h1')?.textContent ?? '' })) };
  });
  afterEach(() => {
    running.invalidate();
    document.body.innerHTML = '';
  });

  const start = () => routePages(running.ctx, [profileView(running.ctx, collector, { header: PROFILE_HEADER, capturePaths: TIKTOK_CAPTURE_PATHS })]);

  it('hands over what it collected of the page as page data, and sends no reading of its own', async () => {
    start();
    await settle();
    expect(collector.collect).toHaveBeenCalledWith(document, new URL(URL_));
    expect(reports()).toEqual([{ type: 'snapshot/submit', pageUrl: URL_, snapshot: null, pageData: JSON.stringify({ title: 'somecreator' }), captures: [] }]);
  });

  it('collects again as the page renders, and hands it over only when it changed', async () => {
    start();
    await settle();
    document.getElementById('app')!.append(document.createElement('div'));
    await new Promise((resolve) => setTimeout(resolve, 1_300));
    expect(collector.collect.mock.calls.length).toBeGreaterThan(1);
    expect(reports()).toHaveLength(1);

    document.querySelector('h1')!.textContent = 'somecreator ';
    document.getElementById('app')!.append(document.createElement('div'));
    await new Promise((resolve) => setTimeout(resolve, 1_300));
    expect(reports().map((m) => m.pageData)).toEqual([JSON.stringify({ title: 'somecreator' }), JSON.stringify({ title: 'somecreator ' })]);
  });

  it("reports the background's verdict on a page it finds no reading in, as its own", async () => {
    collectedAnswer = { ok: true, unread: { reason: 'private', tried: ['json:__UNIVERSAL_DATA_FOR_REHYDRATION__ (no profile)', 'dom:data-e2e (nothing)'] } };
    start();
    await settle();
    expect(reports()[1]).toEqual({ type: 'page/unreadable', pageUrl: URL_, platform: 'tiktok', reason: 'private', tried: ['json:__UNIVERSAL_DATA_FOR_REHYDRATION__ (no profile)', 'dom:data-e2e (nothing)'] });
  });

  it("drops the verdict on a page collected before the one the background has since read", async () => {
    // The page's header still names the last profile; the worker, stopped, answers a second later.
    let answerFirst!: (answer: Record<string, unknown>) => void;
    heldAnswers.push(new Promise((resolve) => (answerFirst = resolve)));
    start();
    await settle();
    // Meanwhile the page renders this profile: collected again and read at once.
    document.querySelector('h1')!.textContent = 'somecreator (rendered)';
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(reports().map((m) => m.pageData)).toEqual([JSON.stringify({ title: 'somecreator' }), JSON.stringify({ title: 'somecreator (rendered)' })]);
    answerFirst({ ok: true, unread: { reason: 'not-ready', tried: ['dom:data-e2e (header shows another account)'] } });
    await settle();
    await new Promise((resolve) => setTimeout(resolve, 1_300));
    expect(reports().filter((m) => m.type === 'page/unreadable')).toEqual([]);
    expect(reports()).toHaveLength(2);
  });

  it('says the layout is unsupported when the background refuses what was collected, and not ready when it cannot be reached', async () => {
    collectedAnswer = { ok: false, error: { code: 'invalid-data', message: 'the page gave data Vetted cannot trust' } };
    start();
    await settle();
    expect(reports()[1]).toMatchObject({ type: 'page/unreadable', reason: 'unsupported-layout' });

    running.invalidate();
    sent.length = 0;
    collectedAnswer = null;
    running = testContentContext();
    start();
    await settle();
    expect(reports()[1]).toMatchObject({ type: 'page/unreadable', reason: 'not-ready' });
  });

  it('says the layout is unsupported when the page cannot be collected, and hands nothing over', async () => {
    collector.collect.mockImplementation(() => {
      throw new TypeError('a getter the page defined threw');
    });
    start();
    await settle();
    expect(reports()).toEqual([{ type: 'page/unreadable', pageUrl: URL_, platform: 'tiktok', reason: 'unsupported-layout', tried: ['page (uncollectable)'] }]);
  });

  it("reports nothing when the background fails on its own side (its storage, an error of its own)", async () => {
    collectedAnswer = { ok: false, error: { code: 'internal', message: 'IndexedDB refused the write' } };
    start();
    await settle();
    expect(reports()).toHaveLength(1);
    expect(reports()[0]).toMatchObject({ type: 'snapshot/submit', snapshot: null });
  });

  const captured = (text: string) =>
    window.dispatchEvent(new MessageEvent('message', { data: { source: 'vetted-capture', v: 1, url: '/api/user/detail/?uniqueId=somecreator', text }, origin: window.location.origin, source: window }));

  it("hands the page's API responses to the background to read, and sends them along with the page", async () => {
    start();
    await settle();
    const text = JSON.stringify({ handle: 'somecreator' });
    captured(text);
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(sent.filter((m) => m.type === 'capture/read')).toEqual([{ type: 'capture/read', pageUrl: URL_, text }]);
    expect(reports().map((m) => m.captures?.length)).toEqual([0, 1]);
  });

  it('submits the creator a response names while the page shows none yet', async () => {
    collectedAnswer = { ok: true, unread: { reason: 'not-ready', tried: ['dom:data-e2e (header shows another account)'] } };
    start();
    await settle();
    captured(JSON.stringify({ handle: 'somecreator' }));
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(reports().at(-1)).toMatchObject({ type: 'snapshot/submit', snapshot: null, captures: [{ creator: { handle: 'somecreator' } }] });
    expect(reports().at(-1)?.pageData).toBeUndefined();
  });
});
