/**
 * A YouTube channel's content script hands the background the page-world script's pick of
 * `ytInitialData` instead of reading it on the page's thread. The background reads it with the
 * same code the reader uses on the page, so the report is the one a reading on the page made; it
 * refuses text that is not a JSON object within bounds (the page can write whatever it likes into
 * its globals and window messages), and says so when the data holds no reading of the channel in the
 * address, changing nothing, so that the content script reads the rendered page instead.
 */
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { PAGE_DATA_LIMITS } from '../../../lib/background/page-data-reading';
import { MAX_PAGE_DATA_CHARS } from '../../../lib/capture/page-data-message';
import { MAX_CAPTURE_CHARS } from '../../../lib/capture/capture-patterns';
import { createHandlers } from '../../../lib/background/handlers';
import { createMountStore } from '../../../lib/background/mount-store';
import { createOverlayShortlistStore } from '../../../lib/background/overlay-shortlist-store';
import { createTabReadingsStore } from '../../../lib/background/tab-readings-store';
import { createTabStateStore } from '../../../lib/background/tab-state-store';
import type { Snapshot } from '../../../lib/contracts/creator';
import { createRouter } from '../../../lib/messages/router';
import type { SenderInfo } from '../../../lib/messages/sender';
import { assignedJson } from '../../../lib/parse/embedded-json';
import { pickPageData } from '../../../lib/platforms/youtube/page-data-pick';
import { youtubeReader } from '../../../lib/platforms/youtube/reader';
import { collectYoutubePage, YT_SCRIPT_CHARS, YT_SCRIPTS, YT_TEXT_CHARS } from '../../../lib/platforms/youtube/page-collect';
import { collectTiktokPage } from '../../../lib/platforms/tiktok/page-collect';
import { tiktokReader } from '../../../lib/platforms/tiktok/reader';
import { collectXPage } from '../../../lib/platforms/x/page-collect';
import { collectInstagramPage } from '../../../lib/platforms/instagram/page-collect';
import { instagramReader } from '../../../lib/platforms/instagram/reader';
import { xReader } from '../../../lib/platforms/x/reader';
import { DEFAULT_BRIEF } from '../../../lib/scoring/default-brief';
import { openShortlist } from '../../../lib/shortlist/repository';
import { vet } from '../../../lib/vetting/vet';
import { loadExpectation, loadFixtureText, parseHtml } from '../platforms/fixture-harness';
import { memorySession } from './memory-session';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const TAB = 7;
const PAGE = '2023-03_channel-videos_html_en-US_richGrid_videoRenderer.html';
const OTHER = '2023-03_channel-shorts_html_en-US_reelItemRenderer.html';

function page(file: string) {
  const expected = loadExpectation('youtube', file);
  const html = loadFixtureText('youtube', file);
  const pick = pickPageData(assignedJson(html, 'ytInitialData'))!;
  return { url: expected.url, now: new Date(expected.now), html, pick, text: JSON.stringify(pick) };
}

function setup(now: Date) {
  const session = memorySession().area;
  const vetted: Snapshot[] = [];
  const tabs = createTabStateStore(session);
  const handlers = createHandlers({
    tabs,
    readings: createTabReadingsStore(session),
    mounts: createMountStore(session),
    now: () => now,
    vet: async (snapshot, at) => {
      vetted.push(snapshot);
      return vet({ snapshot, brief: DEFAULT_BRIEF, history: [], now: at });
    },
    shortlist: createOverlayShortlistStore(() => openShortlist(undefined, { idbFactory: new IDBFactory() })),
  });
  const route = createRouter(handlers, { extensionId: ID, extensionOrigin: `chrome-extension://${ID}`, overlayMounted: async () => false });
  const tabOn = (url: string): SenderInfo => ({ id: ID, url, tab: { id: TAB, url }, frameId: 0 });
  const submit = (url: string, pageData: string, extra: Record<string, unknown> = {}) => route({ type: 'snapshot/submit', pageUrl: url, snapshot: null, pageData, lang: 'en-US', ...extra }, tabOn(url));
  return { route, tabOn, submit, vetted, state: () => tabs.get(TAB) };
}

/** `depth` arrays nested in one another under `header`, as JSON text. */
function nested(depth: number): string {
  return `{"header":${'['.repeat(depth)}"bottom"${']'.repeat(depth)}}`;
}

describe('snapshot/submit with page data', () => {
  it('reads the pick in the background: the report is the reading the page would have made', async () => {
    const { url, now, html, pick, text } = page(PAGE);
    const background = setup(now);
    await background.route({ type: 'page/loading', pageUrl: url }, background.tabOn(url));
    expect(await background.submit(url, text)).toEqual({ ok: true });

    const onPage = youtubeReader.read(parseHtml(html, url), new URL(url), { now, pageData: pick });
    expect(onPage.ok).toBe(true);
    if (!onPage.ok) return;
    expect(background.vetted).toHaveLength(1);
    const snapshot = background.vetted[0]!;
    expect(snapshot.sources).toEqual(['json:ytInitialData']);
    expect(snapshot.creator).toEqual(onPage.creator);
    expect(snapshot.posts).toEqual(onPage.posts);
    const state = await background.state();
    expect(state?.status === 'ready' && state.report.key).toBe(`youtube:${onPage.creator.handle}`);
  });

  it('answers "unread" and changes nothing when the data is another channel\'s (the page\'s data after a switch)', async () => {
    const { url, now } = page(PAGE);
    const other = page(OTHER);
    const background = setup(now);
    await background.route({ type: 'page/loading', pageUrl: url }, background.tabOn(url));
    expect(await background.submit(url, other.text)).toEqual({ ok: true, unread: { reason: 'not-ready', tried: ['json:ytInitialData', 'json:stale (another channel)'] } });
    expect(background.vetted).toHaveLength(0);
    expect((await background.state())?.status).toBe('loading');
  });

  it('says "unsupported-layout" for a header it does not know, so that the badge can say the page changed', async () => {
    const { url, now } = page(PAGE);
    const background = setup(now);
    expect(await background.submit(url, JSON.stringify({ header: { someNewHeaderRenderer: { title: 'x' } } }))).toEqual({ ok: true, unread: { reason: 'unsupported-layout', tried: ['json:ytInitialData', 'json:no channel header'] } });
  });

  const malformed: Array<[string, string, string]> = [
    ['not JSON', '{header: 1', 'invalid-data'],
    ['a JSON string, not an object', '"ytInitialData"', 'invalid-data'],
    ['a JSON array', '[1,2,3]', 'invalid-data'],
    ['JSON null', 'null', 'invalid-data'],
    ['nested deeper than the bound', nested(PAGE_DATA_LIMITS.depth + 5), 'invalid-data'],
    ['nested deeper than a parser\'s stack', nested(200_000), 'invalid-data'],
    ['more values than the bound', JSON.stringify({ header: Array.from({ length: PAGE_DATA_LIMITS.values + 1 }, () => 0) }), 'invalid-data'],
    ['more text than the bound', JSON.stringify({ header: 'x'.repeat(PAGE_DATA_LIMITS.chars + 1) }), 'invalid-data'],
    ['longer than a message may carry', JSON.stringify({ header: 'x'.repeat(MAX_PAGE_DATA_CHARS) }), 'bad-request'],
    ['a __proto__ key', '{"header": {"__proto__": {"polluted": true}}}', 'invalid-data'],
  ];

  it.each(malformed)('refuses page data that is %s, and changes nothing', async (_name, pageData, code) => {
    const { url, now } = page(PAGE);
    const background = setup(now);
    await background.route({ type: 'page/loading', pageUrl: url }, background.tabOn(url));
    const answer = await background.submit(url, pageData);
    expect(answer).toMatchObject({ ok: false, error: { code } });
    expect(background.vetted).toHaveLength(0);
    expect((await background.state())?.status).toBe('loading');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("refuses another platform's page data, and page data on a page that is no profile", async () => {
    const { now, text } = page(PAGE);
    const background = setup(now);
    expect(await background.submit('https://www.instagram.com/celebface/', text)).toMatchObject({ ok: false, error: { code: 'invalid-data' } });
    expect(await background.submit('https://www.instagram.com/p/C3xyz/', text)).toMatchObject({ ok: false, error: { code: 'invalid-data' } });
  });

  it('refuses a submission that carries both a reading and page data', async () => {
    const { url, now, html, text } = page(PAGE);
    const onPage = youtubeReader.read(parseHtml(html, url), new URL(url), { now });
    const background = setup(now);
    const snapshot = onPage.ok ? { creator: onPage.creator, posts: onPage.posts, sources: onPage.sources } : null;
    expect(await background.submit(url, text, { snapshot })).toMatchObject({ ok: false, error: { code: 'invalid-data' } });
    expect(background.vetted).toHaveLength(0);
  });

  it('refuses a page address that is not the channel the data is about: the data is read only for the channel in the address', async () => {
    const { now, text } = page(PAGE);
    const background = setup(now);
    const elsewhere = 'https://www.youtube.com/@someoneelse/videos';
    expect(await background.submit(elsewhere, text)).toMatchObject({ ok: true, unread: { reason: 'not-ready' } });
    expect(background.vetted).toHaveLength(0);
  });
});

describe('snapshot/submit with a YouTube channel page as collected: read in the background after the pick', () => {
  /** The saved page collected at `at`, as the content script collects it: with its script text (no pick), or without (`null`: the pick gave no reading). */
  const collected = (at?: string, pageData?: null) => {
    const { url: saved, now, html } = page(PAGE);
    const url = at ?? saved;
    const doc = parseHtml(html, url);
    return { url, now, doc, extract: collectYoutubePage(doc, new URL(url), pageData) };
  };
  const HEADER_ONLY = '<html lang="en-GB"><body><yt-page-header-view-model><h1>Some Creator</h1><yt-content-metadata-view-model><div class="metadata-row">@somecreator</div><div class="metadata-row">1.2K subscribers • 34 videos</div></yt-content-metadata-view-model></yt-page-header-view-model></body></html>';

  it('shows the report a reading on the page would have made, from the script text when there was no pick', async () => {
    const { url, now, doc, extract } = collected();
    expect(extract.scripts?.length).toBeGreaterThan(0);
    const background = setup(now);
    await background.route({ type: 'page/loading', pageUrl: url }, background.tabOn(url));
    expect(await background.submit(url, JSON.stringify(extract))).toEqual({ ok: true });
    const onPage = youtubeReader.read(doc, new URL(url), { now });
    if (!onPage.ok) throw new Error(`the saved page reads as ${onPage.reason}`);
    const before = setup(now);
    const snapshot = { creator: onPage.creator, posts: onPage.posts, sources: onPage.sources, ...(onPage.postOrder ? { postOrder: onPage.postOrder } : {}) };
    expect(await before.route({ type: 'snapshot/submit', pageUrl: url, snapshot, captures: [] }, before.tabOn(url))).toEqual({ ok: true });
    expect(background.vetted).toEqual(before.vetted);
    const state = await background.state();
    expect(state?.status === 'ready' && state.report.key).toBe(`youtube:${onPage.creator.handle}`);
  });

  it('reads the rendered header alone when the pick gave no reading', async () => {
    const url = 'https://www.youtube.com/@somecreator/videos';
    const now = new Date('2026-05-01T00:00:00Z');
    const doc = parseHtml(HEADER_ONLY, url);
    const background = setup(now);
    expect(await background.submit(url, JSON.stringify(collectYoutubePage(doc, new URL(url), null)))).toEqual({ ok: true });
    expect(background.vetted[0]).toMatchObject({ creator: { handle: 'somecreator', displayName: 'Some Creator', followers: 1_200, postsCount: 34 }, sources: ['dom:header'] });
  });

  it("answers the reader's verdict and changes nothing when the page still shows another channel (an in-app switch)", async () => {
    const elsewhere = 'https://www.youtube.com/@someoneelse/videos';
    const { now, doc, extract } = collected(elsewhere, null);
    const background = setup(now);
    await background.route({ type: 'page/loading', pageUrl: elsewhere }, background.tabOn(elsewhere));
    const onPage = youtubeReader.read(doc, new URL(elsewhere), { now, pageData: null });
    expect(onPage).toMatchObject({ ok: false, reason: 'not-ready' });
    if (onPage.ok) return;
    expect(await background.submit(elsewhere, JSON.stringify(extract))).toEqual({ ok: true, unread: { reason: 'not-ready', tried: onPage.tried } });
    expect(background.vetted).toHaveLength(0);
    expect((await background.state())?.status).toBe('loading');
  });

  const forged: Array<[string, (page: Record<string, unknown>) => unknown]> = [
    ['with a key the collecting never writes', (p) => ({ ...p, verified: true })],
    ['with a key of the page data beside its own', (p) => ({ ...p, header: { pageHeaderRenderer: {} } })],
    ['with a number where the page shows text', (p) => ({ ...p, lang: 12 })],
    ['without its rendered header', ({ dom: _dom, ...p }) => p],
    ['with a script longer than the collecting keeps', (p) => ({ ...p, scripts: [`var ytInitialData = {"a":"${'a'.repeat(YT_SCRIPT_CHARS)}"};`] })],
    ['with more scripts than the collecting keeps', (p) => ({ ...p, scripts: Array.from({ length: YT_SCRIPTS + 1 }, () => 'var ytInitialData = {};') })],
    ['with a header text longer than the collecting keeps', (p) => ({ ...p, dom: { ...(p.dom as object), names: ['n'.repeat(YT_TEXT_CHARS + 1), '', ''] } })],
  ];

  it.each(forged)('refuses a page %s, and changes nothing', async (_name, forge) => {
    const { url, now, extract } = collected();
    const background = setup(now);
    await background.route({ type: 'page/loading', pageUrl: url }, background.tabOn(url));
    expect(await background.submit(url, JSON.stringify(forge(extract as unknown as Record<string, unknown>)))).toMatchObject({ ok: false, error: { code: 'invalid-data' } });
    expect(background.vetted).toHaveLength(0);
    expect((await background.state())?.status).toBe('loading');
  });

  it('reads forged script text as no data, and stays within what a forged header can make it read', async () => {
    const url = 'https://www.youtube.com/@somecreator/videos';
    const now = new Date('2026-05-01T00:00:00Z');
    const extract = { ...collectYoutubePage(parseHtml(HEADER_ONLY, url), new URL(url)), scripts: ['var ytInitialData = {"header": [[[[', 'var ytInitialData = "not an object";'] };
    const background = setup(now);
    expect(await background.submit(url, JSON.stringify(extract))).toEqual({ ok: true });
    expect(background.vetted[0]).toMatchObject({ creator: { handle: 'somecreator', followers: 1_200 }, sources: ['dom:header'] });
  });
});

/** The platforms whose content script only collects its profile pages: one saved profile of each, and its capture fixture. */
const COLLECTED = [
  { platform: 'tiktok', file: '2026-04_profile_rendered-dom_fr-UI_jsonld_mounirlelion.html', elsewhere: 'https://www.tiktok.com/@someoneelse', collect: collectTiktokPage, reader: tiktokReader, capture: '2026-01_item_list-subset_scrapfly.json' },
  { platform: 'x', file: '2025-11_profile_rendered-dom_en-GB_badlogicgames.html', elsewhere: 'https://x.com/someoneelse', collect: collectXPage, reader: xReader, capture: '2025-03_graphql_UserTweets_timeline_v2.json' },
  { platform: 'instagram', file: '2025-02_profile_rendered-dom_logged-in_en_gdg_rbu_sanitized.html', elsewhere: 'https://www.instagram.com/someoneelse/', collect: collectInstagramPage, reader: instagramReader, capture: '2026-06_user-timeline-posts_derived-subset_scrapfly.json' },
] as const;

describe.each(COLLECTED)('snapshot/submit with a $platform page as collected: read in the background', ({ platform, file, elsewhere, collect, reader, capture }) => {
  const collected = (at?: string) => {
    const expected = loadExpectation(platform, file);
    const url = at ?? expected.url;
    const doc = parseHtml(loadFixtureText(platform, file), url);
    return { url, now: new Date(expected.now), doc, text: JSON.stringify(collect(doc, new URL(url))) };
  };

  it('shows the report a reading on the page would have made', async () => {
    const { url, now, doc, text } = collected();
    const background = setup(now);
    await background.route({ type: 'page/loading', pageUrl: url }, background.tabOn(url));
    expect(await background.submit(url, text)).toEqual({ ok: true });
    const onPage = reader.read(doc, new URL(url), { now });
    if (!onPage.ok) throw new Error(`the saved page reads as ${onPage.reason}`);
    const before = setup(now);
    const snapshot = { creator: onPage.creator, posts: onPage.posts, sources: onPage.sources, ...(onPage.postOrder ? { postOrder: onPage.postOrder } : {}) };
    expect(await before.route({ type: 'snapshot/submit', pageUrl: url, snapshot, captures: [] }, before.tabOn(url))).toEqual({ ok: true });
    expect(background.vetted).toEqual(before.vetted);
    expect(background.vetted[0]!.creator.followers).toBe(onPage.creator.followers);
    const state = await background.state();
    expect(state?.status === 'ready' && state.report.key).toBe(`${platform}:${onPage.creator.handle}`);
  });

  it("answers the reader's verdict and changes nothing when the page still shows another profile (an in-app switch)", async () => {
    const { now, doc, text } = collected(elsewhere);
    const background = setup(now);
    await background.route({ type: 'page/loading', pageUrl: elsewhere }, background.tabOn(elsewhere));
    const onPage = reader.read(doc, new URL(elsewhere), { now });
    expect(onPage.ok).toBe(false);
    if (onPage.ok) return;
    expect(await background.submit(elsewhere, text)).toEqual({ ok: true, unread: { reason: onPage.reason, tried: onPage.tried.slice(0, 10) } });
    expect(background.vetted).toHaveLength(0);
    expect((await background.state())?.status).toBe('loading');
  });

  const forged: Array<[string, (page: Record<string, unknown>) => unknown]> = [
    ['with a key the collecting never writes', (page) => ({ ...page, verified: true })],
    ['with a number where the page shows text', (page) => ({ ...page, lang: 12 })],
    ['without one of its parts', (page) => Object.fromEntries(Object.entries(page).slice(1))],
    ['as YouTube page data', () => ({ header: { pageHeaderRenderer: {} } })],
  ];

  it.each(forged)('refuses a page %s, and changes nothing', async (_name, forge) => {
    const { url, now, text } = collected();
    const background = setup(now);
    await background.route({ type: 'page/loading', pageUrl: url }, background.tabOn(url));
    expect(await background.submit(url, JSON.stringify(forge(JSON.parse(text) as Record<string, unknown>)))).toMatchObject({ ok: false, error: { code: 'invalid-data' } });
    expect(background.vetted).toHaveLength(0);
    expect((await background.state())?.status).toBe('loading');
  });

  it("reads the page's responses there too", async () => {
    const expected = loadExpectation(platform, capture);
    const text = loadFixtureText(platform, capture);
    const now = new Date(expected.now);
    const background = setup(now);
    const answer = await background.route({ type: 'capture/read', pageUrl: expected.url, text }, background.tabOn(expected.url));
    const onPage = reader.readCapture(JSON.parse(text), new URL(expected.url), { now });
    expect(onPage.posts.length).toBeGreaterThan(0);
    expect(answer).toEqual({ ok: true, capture: { ok: onPage.ok, creator: onPage.creator, posts: onPage.posts, sources: onPage.sources } });
  });
});

describe('capture/read: a response the page fetched, read in the background', () => {
  const browse = (file: string) => {
    const expected = loadExpectation('youtube', file);
    return { url: expected.url, now: new Date(expected.now), text: loadFixtureText('youtube', file) };
  };
  const read = (background: ReturnType<typeof setup>, pageUrl: string, text: string) => background.route({ type: 'capture/read', pageUrl, text }, background.tabOn(pageUrl));

  it('reads it as the content script did on the page, and keeps nothing', async () => {
    const { url, now, text } = browse('2026-01_browse-videos_en-GB_pageHeader_videoRenderer_vsauce.json');
    const background = setup(now);
    const answer = await read(background, url, text);
    const onPage = youtubeReader.readCapture(JSON.parse(text), new URL(url), { now });
    expect(onPage.ok).toBe(true);
    expect(answer).toEqual({ ok: true, capture: { ok: true, creator: onPage.creator, posts: onPage.posts, sources: onPage.sources } });
    expect(background.vetted).toHaveLength(0);
    expect(await background.state()).toBeNull();
  });

  it('answers no capture for a response about another channel than the page\'s', async () => {
    const { now, text } = browse('2026-01_browse-videos_en-GB_pageHeader_videoRenderer_vsauce.json');
    const background = setup(now);
    expect(await read(background, 'https://www.youtube.com/@someoneelse/videos', text)).toEqual({ ok: true, capture: null });
  });

  it('in a submission with no reading of the page: shows what it names in the same trip, and hands the reading back', async () => {
    const { url, now, text } = browse('2026-01_browse-videos_en-GB_pageHeader_videoRenderer_vsauce.json');
    const background = setup(now);
    await background.route({ type: 'page/loading', pageUrl: url }, background.tabOn(url));
    const answer = await background.route({ type: 'snapshot/submit', pageUrl: url, snapshot: null, captures: [], captureText: text }, background.tabOn(url));
    const onPage = youtubeReader.readCapture(JSON.parse(text), new URL(url), { now });
    expect(answer).toEqual({ ok: true, capture: { ok: true, creator: onPage.creator, posts: onPage.posts, sources: onPage.sources } });
    expect(background.vetted).toHaveLength(1);
    expect(background.vetted[0]!.creator.handle).toBe(onPage.creator?.handle);
    expect((await background.state())?.status).toBe('ready');
  });

  it('in a submission: changes nothing when the response is about another channel, and refuses it beside a reading', async () => {
    const { url, now, text } = browse('2026-01_browse-videos_en-GB_pageHeader_videoRenderer_vsauce.json');
    const background = setup(now);
    const elsewhere = 'https://www.youtube.com/@someoneelse/videos';
    await background.route({ type: 'page/loading', pageUrl: elsewhere }, background.tabOn(elsewhere));
    expect(await background.route({ type: 'snapshot/submit', pageUrl: elsewhere, snapshot: null, captureText: text }, background.tabOn(elsewhere))).toEqual({ ok: true, capture: null });
    expect((await background.state())?.status).toBe('loading');
    const reading = youtubeReader.readCapture(JSON.parse(text), new URL(url), { now });
    const snapshot = { creator: reading.creator, posts: reading.posts, sources: reading.sources };
    expect(await background.route({ type: 'snapshot/submit', pageUrl: url, snapshot, captureText: text }, background.tabOn(url))).toMatchObject({ ok: false, error: { code: 'invalid-data' } });
    expect(background.vetted).toHaveLength(0);
  });

  it('refuses text that is not JSON, one too long to carry, and a page that is no profile', async () => {
    const { url, now, text } = browse('2026-01_browse-videos_en-GB_pageHeader_videoRenderer_vsauce.json');
    const background = setup(now);
    expect(await read(background, url, '{"contents": ')).toMatchObject({ ok: false, error: { code: 'invalid-data' } });
    expect(await read(background, url, ' '.repeat(MAX_CAPTURE_CHARS + 1))).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    expect(await read(background, 'https://www.instagram.com/p/C3xyz/', text)).toMatchObject({ ok: false, error: { code: 'invalid-data' } });
  });
});

