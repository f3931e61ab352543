/**
 * The post-page script on saved post pages and the responses they fetch: what it sends the
 * background, in which order, and what it leaves out. The background's answers are stubbed: a
 * reading that names its author is taken, and only after that may a comment page be placed.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { partsPortTo } from './parts-port-stub';
import { TIKTOK_POST_CAPTURE_PATHS, X_POST_CAPTURE_PATHS, YOUTUBE_POST_CAPTURE_PATHS } from '../../../lib/capture/capture-patterns';
import { requestPageData } from '../../../lib/content/page-data';
import { routePages } from '../../../lib/content/page-router';
import { readPostCaptureText } from '../../../lib/background/post-capture-reading';
import { readPostPageExtract } from '../../../lib/background/post-page-reading';
import { postView } from '../../../lib/content/run-post-content';
import { SUBMITTED_COMMENT_TEXT_MAX, SUBMITTED_COMMENTS_MAX, postSubmission } from '../../../lib/platforms/post-submission';
import { tiktokPostPageCollector } from '../../../lib/platforms/tiktok/post/page-reader';
import { xPostPageCollector } from '../../../lib/platforms/x/post/page-reader';
import { youtubePostPageCollector } from '../../../lib/platforms/youtube/post/page-reader';
import { youtubePostReader } from '../../../lib/platforms/youtube/post/reader';
import { pickWatchData } from '../../../lib/platforms/youtube/post/watch-data-pick';
import { assignedJson } from '../../../lib/parse/embedded-json';
import { loadExpectation, loadFixtureText, parseHtml } from '../platforms/fixture-harness';
import { testContentContext } from './test-content-context';

type Sent = { type: string; from?: string; pageUrl?: string; text?: string; extract?: string; reading?: { postId: string; author: { handle: string } | null; comments: unknown[]; post: unknown } };
const sendMessage = vi.fn(async (request: Sent): Promise<unknown> => {
  if (request.type === 'overlay/mount') return { ok: true, token: 'f'.repeat(32) };
  // The background's own reading of a response (lib/background/post-capture-reading.ts), not a stub of it.
  if (request.type === 'post/read-page') {
    const read = readPostPageExtract(request.pageUrl!, request.extract!);
    return read.ok ? { ok: true, reading: read.reading } : { ok: false, error: { code: 'invalid-data', message: read.detail } };
  }
  if (request.type === 'post/read-capture') {
    const read = readPostCaptureText(request.pageUrl!, request.text!, new Date());
    return read.ok ? { ok: true, reading: read.reading } : { ok: false, error: { code: 'invalid-data', message: read.detail } };
  }
  if (request.type === 'post/submit') return { ok: true, creator: { platform: 'youtube', handle: request.reading?.author?.handle ?? 'known' } };
  return { ok: true };
});
/** The frames the script mounted: their page's address, and whether they were taken down. */
const frames: Array<{ src: string; removed: boolean }> = [];
vi.mock('../../../lib/content/overlay-frame', () => ({
  mountOverlayFrame: (_doc: Document, src: string) => {
    const frame = { src, removed: false };
    frames.push(frame);
    return { isConnected: () => !frame.removed, remove: () => (frame.removed = true) };
  },
}));
vi.mock('wxt/browser', () => ({
  browser: { runtime: { id: 'test-extension', getURL: (path: string) => `chrome-extension://test-extension${path}`, sendMessage: (r: Sent) => sendMessage(r), connect: (info: { name: string }) => partsPortTo((r) => sendMessage(r as never))(info) } },
}));

async function settle(rounds = 8) {
  for (let i = 0; i < rounds; i++) await new Promise((resolve) => setTimeout(resolve, 5));
}

function openPage(url: string, html = '<html><body><div id="app"></div></body></html>') {
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(url);
  const saved = parseHtml(html, url);
  // Only the parts the readers look at: the embedded data's <script> texts and the body.
  document.head.innerHTML = '';
  for (const script of Array.from(saved.scripts)) {
    const copy = document.createElement('template');
    copy.innerHTML = `<script type="application/json">${script.textContent ?? ''}</script>`;
    // TikTok's reader finds its data by the script's id.
    if (script.id) copy.content.firstElementChild?.setAttribute('id', script.id);
    document.head.append(copy.content);
  }
  document.body.innerHTML = saved.body?.innerHTML ?? '';
}

/** What the page-world script posts for a response the page fetched (happy-dom's postMessage names no source). */
function capture(path: string, text: string) {
  window.dispatchEvent(new MessageEvent('message', { data: { source: 'vetted-capture', v: 1, url: path, text }, origin: window.location.origin, source: window }));
}

const fixture = (platform: 'youtube' | 'x' | 'tiktok', file: string) => ({ url: loadExpectation(platform, file).url, text: loadFixtureText(platform, file) });
/** What the script told the background, in order; the responses it asked the background to read are in `readRequests`. */
const types = () => sendMessage.mock.calls.filter(([r]) => !r.type.startsWith('post/read-')).map(([r]) => (r.type === 'post/submit' ? `post/submit:${r.from}:${r.reading?.postId}:${r.reading?.author ? 'author' : 'comments'}` : r.type));
const submitted = () => sendMessage.mock.calls.map(([r]) => r).filter((r) => !r.type.startsWith('post/read-'));
const readRequests = () => sendMessage.mock.calls.map(([r]) => r).filter((r) => r.type === 'post/read-capture');

describe('the post-page script on saved post pages', () => {
  let context: ReturnType<typeof testContentContext>;
  beforeEach(() => {
    sendMessage.mockClear();
    frames.length = 0;
    context = testContentContext();
  });
  afterEach(() => {
    context.invalidate();
    document.head.innerHTML = '';
    document.body.innerHTML = '';
  });

  it('a watch page: clears the tab, sends the video read from the page, then shows the post view', async () => {
    const watch = fixture('youtube', '2024-01_watch_html_es-ES_ytInitialData-ytInitialPlayerResponse_onemedia.html');
    openPage(watch.url, watch.text);
    routePages(context.ctx, [postView(context.ctx, youtubePostPageCollector, { capturePaths: YOUTUBE_POST_CAPTURE_PATHS, rendered: false })]);
    await settle();
    expect(types()).toEqual(['page/left', 'post/submit:page:hwMkbaS_M_c:author', 'overlay/mount']);
    expect(submitted()[1]!).toMatchObject({ pageUrl: watch.url, reading: { platform: 'youtube', author: { handle: 'onemedia.' }, post: { id: 'hwMkbaS_M_c', likes: 7373, views: 1077715 } } });
    // The frame shows the post view, not the profile report.
    expect(frames).toHaveLength(1);
    expect(new URL(frames[0]!.src).searchParams.get('view')).toBe('post');
  });

  it("a watch page whose page-world script hands over the page's own objects: the same video, without the script texts", async () => {
    const watch = fixture('youtube', '2024-01_watch_html_es-ES_ytInitialData-ytInitialPlayerResponse_onemedia.html');
    openPage(watch.url, watch.text);
    const fromDocument = youtubePostReader.readPostPage(document, new URL(watch.url), { now: new Date() });
    // What the page-world script would answer; the document then holds no data of its own.
    const picked = pickWatchData(assignedJson(watch.text, 'ytInitialData'), assignedJson(watch.text, 'ytInitialPlayerResponse'));
    document.head.innerHTML = '';
    const asked: unknown[] = [];
    // The request and the answer are events of their own types on the window (lib/capture/page-data-hooks.ts answers).
    const answer = (event: Event) => {
      asked.push(event.type);
      window.dispatchEvent(new CustomEvent('vetted-post-data', { detail: JSON.stringify(picked) }));
    };
    window.addEventListener('vetted-post-data-request', answer);
    try {
      routePages(context.ctx, [postView(context.ctx, youtubePostPageCollector, { capturePaths: YOUTUBE_POST_CAPTURE_PATHS, rendered: false, pageData: requestPageData })]);
      await settle();
    } finally {
      window.removeEventListener('vetted-post-data-request', answer);
    }
    expect(asked).toHaveLength(1);
    expect(types()).toEqual(['page/left', 'post/submit:page:hwMkbaS_M_c:author', 'overlay/mount']);
    expect(fromDocument.ok).toBe(true);
    expect(submitted()[1]!.reading).toEqual(postSubmission(fromDocument, 'page')?.reading);
  });

  it("an in-app navigation: comment pages wait for the video's own response, then follow it; another video's response changes nothing", async () => {
    const next = fixture('youtube', '2026-01_next-watch_en-GB_videoPrimaryInfo_likeCountEntity_connor-craftt.json');
    const comments = fixture('youtube', '2026-01_next-comments_en-GB_commentEntityPayload_hearted_connor-craftt.json');
    const other = fixture('youtube', '2026-01_next-watch_de-DE_videoPrimaryInfo_kurzgesagt.json');
    openPage('https://www.youtube.com/');
    routePages(context.ctx, [postView(context.ctx, youtubePostPageCollector, { capturePaths: YOUTUBE_POST_CAPTURE_PATHS, rendered: false })]);
    await settle();
    expect(sendMessage).not.toHaveBeenCalled();

    history.pushState({}, '', next.url);
    window.dispatchEvent(new Event('wxt:locationchange'));
    await settle();
    // The first video's data is still in the document: no page reading to send.
    capture('/youtubei/v1/next?prettyPrint=false', comments.text);
    capture('/youtubei/v1/next?prettyPrint=false', other.text);
    await settle();
    expect(types()).toEqual(['page/left']);
    capture('/youtubei/v1/next?prettyPrint=false', next.text);
    await settle();
    expect(types()).toEqual(['page/left', 'post/submit:capture:RwTdoQNVMTY:author', 'overlay/mount', 'post/submit:capture:RwTdoQNVMTY:comments']);
    expect(submitted()[3]!.reading?.comments).toHaveLength(20);
    // Each response went to the background as the text the page received: none was parsed on the page.
    expect(readRequests()).toEqual([comments, other, next].map(({ text }) => ({ type: 'post/read-capture', pageUrl: next.url, text })));

    // The same responses again (the page-world script replays what it recorded): nothing new to say.
    capture('/youtubei/v1/next?prettyPrint=false', next.text);
    capture('/youtubei/v1/next?prettyPrint=false', comments.text);
    await settle();
    expect(submitted()).toHaveLength(4);
  });

  it('an X status page the app has not rendered: the TweetDetail it fetches gives the post and its replies', async () => {
    const detail = fixture('x', '2025-03_graphql_TweetDetail_threaded-conversation_legacy-users.json');
    openPage(detail.url);
    routePages(context.ctx, [postView(context.ctx, xPostPageCollector, { capturePaths: X_POST_CAPTURE_PATHS, rendered: true })]);
    await settle();
    expect(types()).toEqual(['page/left']);
    capture('/i/api/graphql/abc123/TweetDetail?variables=%7B%7D', detail.text);
    await settle();
    expect(types()).toEqual(['page/left', 'post/submit:capture:1649191520250245121:author', 'overlay/mount']);
    expect(submitted()[1]!).toMatchObject({ pageUrl: detail.url, reading: { author: { handle: 'xdevelopers' }, post: { id: '1649191520250245121' } } });
    expect(submitted()[1]!.reading?.comments.length).toBeGreaterThan(0);
    expect(readRequests()).toEqual([{ type: 'post/read-capture', pageUrl: detail.url, text: detail.text }]);
  });

  it('an X status page the app has rendered: collected on the page, read in the background, sent as the page\'s reading', async () => {
    const status = fixture('x', '2025-11_status_rendered-dom_en-GB_bigtechalert.html');
    const want = loadExpectation('x', '2025-11_status_rendered-dom_en-GB_bigtechalert.html').postReader!;
    openPage(status.url, status.text);
    routePages(context.ctx, [postView(context.ctx, xPostPageCollector, { capturePaths: X_POST_CAPTURE_PATHS, rendered: true })]);
    await settle();
    expect(types()).toEqual(['page/left', `post/submit:page:${want.postId}:author`, 'overlay/mount']);
    const asked = sendMessage.mock.calls.map(([r]) => r).filter((r) => r.type === 'post/read-page');
    expect(asked).toHaveLength(1);
    // The page's side sent strings it collected, not a reading: the background read them.
    expect(JSON.parse(asked[0]!.extract!)).toMatchObject({ lang: expect.any(String), articles: expect.any(Array) });
    expect(submitted()[1]!).toMatchObject({ pageUrl: status.url, reading: { postId: want.postId, author: { handle: want.author!.handle } } });
  });

  it('an X status page whose background did not answer: the same page is sent again at the next rescan', async () => {
    const status = fixture('x', '2025-11_status_rendered-dom_en-GB_bigtechalert.html');
    const want = loadExpectation('x', '2025-11_status_rendered-dom_en-GB_bigtechalert.html').postReader!;
    openPage(status.url, status.text);
    // page/left is answered; the first read-page finds no receiver (sendMessage rejects).
    sendMessage.mockImplementationOnce(async () => ({ ok: true }));
    sendMessage.mockImplementationOnce(async () => Promise.reject(new Error('Receiving end does not exist.')));
    routePages(context.ctx, [postView(context.ctx, xPostPageCollector, { capturePaths: X_POST_CAPTURE_PATHS, rendered: true })]);
    await settle();
    expect(types()).toEqual(['page/left']);
    // The page changes (X renders more): the rescan collects the same post again and sends it again.
    document.body.append(document.createElement('div'));
    await settle(80);
    expect(sendMessage.mock.calls.filter(([r]) => r.type === 'post/read-page')).toHaveLength(2);
    expect(types()).toEqual(['page/left', `post/submit:page:${want.postId}:author`, 'overlay/mount']);
  });

  it("TikTok's feed: the opened video from the embedded data, then the next one the app moved to from its rendered article", async () => {
    const video = fixture('tiktok', '2025-12_video_rendered-dom_universal-data_en-ES_illojuan.html');
    const next = 'https://www.tiktok.com/@lacasa2edicion/video/7586458564600827138';
    openPage(video.url, video.text);
    // The next video's article as the app draws it: not there yet when the address changes.
    const article = document.getElementById('xgwrapper-0-7586458564600827138')!.closest('[data-e2e="recommend-list-item-container"]')!;
    const place = { parent: article.parentNode!, before: article.nextSibling };
    article.remove();
    routePages(context.ctx, [postView(context.ctx, tiktokPostPageCollector, { capturePaths: TIKTOK_POST_CAPTURE_PATHS, rendered: true })]);
    await settle();
    expect(types()).toEqual(['page/left', 'post/submit:page:7571863205253778710:author', 'overlay/mount']);
    expect(submitted()[1]!.reading).toMatchObject({ author: { handle: 'illojuan' }, post: { likes: 25_500, views: 192_100 } });

    history.pushState({}, '', next);
    window.dispatchEvent(new Event('wxt:locationchange'));
    await settle();
    expect(types().slice(3)).toEqual(['page/left']);
    place.parent.insertBefore(article, place.before);
    await settle(80);
    expect(types().slice(3)).toEqual(['page/left', 'post/submit:page:7586458564600827138:author', 'overlay/mount']);
    expect(submitted()[4]!).toMatchObject({ pageUrl: next, reading: { author: { handle: 'lacasa2edicion' }, post: { id: '7586458564600827138', likes: 35_300, comments: 223, views: null } } });
  });

  it('an app that re-rendered the page took the frame: the next navigation on the same post mounts it again', async () => {
    const watch = fixture('youtube', '2024-01_watch_html_es-ES_ytInitialData-ytInitialPlayerResponse_onemedia.html');
    openPage(watch.url, watch.text);
    routePages(context.ctx, [postView(context.ctx, youtubePostPageCollector, { capturePaths: YOUTUBE_POST_CAPTURE_PATHS, rendered: false })]);
    await settle();
    frames[0]!.removed = true;
    history.pushState({}, '', `${watch.url}&t=42s`);
    window.dispatchEvent(new Event('wxt:locationchange'));
    await settle();
    expect(frames.map((f) => f.removed)).toEqual([true, false]);
    // The same post: nothing is sent again but the new frame's mount.
    expect(types()).toEqual(['page/left', 'post/submit:page:hwMkbaS_M_c:author', 'overlay/mount', 'overlay/mount']);
  });

  it('leaving the post removes the overlay and sends nothing more', async () => {
    const watch = fixture('youtube', '2024-01_watch_html_es-ES_ytInitialData-ytInitialPlayerResponse_onemedia.html');
    openPage(watch.url, watch.text);
    routePages(context.ctx, [postView(context.ctx, youtubePostPageCollector, { capturePaths: YOUTUBE_POST_CAPTURE_PATHS, rendered: false })]);
    await settle();
    expect(frames.map((f) => f.removed)).toEqual([false]);
    history.pushState({}, '', 'https://www.youtube.com/@OneMedia./videos');
    window.dispatchEvent(new Event('wxt:locationchange'));
    await settle();
    expect(frames.map((f) => f.removed)).toEqual([true]);
    // The page's collected text went to the background once to be read; nothing more was sent after the user left.
    expect(types()).toEqual(['page/left', 'post/submit:page:hwMkbaS_M_c:author', 'overlay/mount']);
    expect(sendMessage).toHaveBeenCalledTimes(4);
  });
});

describe('postSubmission', () => {
  it('cuts a page of comments to what the background keeps, and each comment to 500 characters', () => {
    const comment = { id: 'c', authorHandle: 'someone', text: 'x'.repeat(2_000), publishedAt: null, likes: null, replies: null, byCreator: false, creatorReplied: null, creatorLiked: null };
    const submission = postSubmission({ ok: true, platform: 'tiktok', postId: '1', author: null, post: null, comments: Array.from({ length: 250 }, (_, i) => ({ ...comment, id: `c${i}` })), totalComments: 250, sources: ['capture:comment-list'] }, 'capture');
    expect(submission?.reading.comments).toHaveLength(SUBMITTED_COMMENTS_MAX);
    expect(submission?.reading.comments[0]!.text).toHaveLength(SUBMITTED_COMMENT_TEXT_MAX);
  });

  it('has nothing to send for a reading with neither the post nor a comment', () => {
    expect(postSubmission({ ok: true, platform: 'x', postId: '1', author: null, post: null, comments: [], totalComments: null, sources: [] }, 'capture')).toBeNull();
    expect(postSubmission({ ok: false, reason: 'other-post', tried: [] }, 'page')).toBeNull();
  });
});
