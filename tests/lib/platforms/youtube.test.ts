import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CAPS } from '../../../lib/contracts/caps';
import { CREATOR_COUNTS, POST_COUNTS, SnapshotSchema, type Creator, type Post } from '../../../lib/contracts/creator';
import type { ReadResult } from '../../../lib/platforms/types';
import { youtubeReader } from '../../../lib/platforms/youtube/reader';
import { checkFixture, fixtureFiles, loadFixtureText, parseHtml } from './fixture-harness';

const VSAUCE_2026 = '2026-01_browse-videos_en-GB_pageHeader_videoRenderer_vsauce.json';
const FR_2023 = '2023-05_channel-videos_html_fr-FR_richGrid_videoRenderer.html';
const ES_HOME_2024 = '2024-01_channel-home_html_es-ES_c4TabbedHeader.html';
const POLYMER_2018 = '2018-01_channel-home_rendered-dom_es_polymer.html';
const VSAUCE_URL = 'https://www.youtube.com/@Vsauce/videos';
const NOW = { now: new Date('2026-01-26T18:00:10Z') };

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

function vsauceData(): Json {
  return JSON.parse(loadFixtureText('youtube', VSAUCE_2026)) as Json;
}

/** The 2026 browse response cut to what a reader looks at: header, metadata and the first items. */
function smallVsauceData(items = 3): Json {
  const data = vsauceData();
  const tab = data.contents.twoColumnBrowseResultsRenderer.tabs.find((t: Json) => t.tabRenderer?.selected).tabRenderer;
  const contents = tab.content.richGridRenderer.contents.slice(0, items);
  return {
    responseContext: {},
    header: data.header,
    metadata: data.metadata,
    contents: { twoColumnBrowseResultsRenderer: { tabs: [{ tabRenderer: { selected: true, content: { richGridRenderer: { contents } } } }] } },
  };
}

/** Server HTML as YouTube writes it: `var ytInitialData = {...};` with `<` escaped inside the script. */
function pageWith(data: unknown, lang = 'en-GB', body = ''): string {
  const json = JSON.stringify(data).replace(/</g, '\\u003c');
  return `<html lang="${lang}"><head></head><body>${body}<script nonce="x">var ytInitialData = ${json};</script></body></html>`;
}

function read(html: string, url = VSAUCE_URL): ReadResult {
  return youtubeReader.read(parseHtml(html, url), new URL(url), NOW);
}

function ok(result: ReadResult) {
  if (!result.ok) throw new Error(`expected ok, got ${result.reason} (tried ${result.tried.join(', ')})`);
  expect(() => SnapshotSchema.parse({ creator: result.creator, posts: result.posts, sources: result.sources })).not.toThrow();
  return result;
}

function countsAreSane(creator: Partial<Creator> | null, posts: Post[]): void {
  for (const key of CREATOR_COUNTS) {
    const value = creator?.[key];
    if (value !== undefined && value !== null) expect(Number.isInteger(value) && value >= 0 && value <= CAPS.count).toBe(true);
  }
  for (const post of posts) {
    for (const key of POST_COUNTS) {
      const value = post[key];
      if (value !== null) expect(Number.isInteger(value) && value >= 0 && value <= CAPS.count).toBe(true);
    }
  }
}

describe('youtube fixtures', () => {
  it.each(fixtureFiles('youtube'))('%s', (file) => {
    checkFixture(youtubeReader, 'youtube', file);
  });
});

describe('youtube page data', () => {
  it('reads a browse response embedded as ytInitialData in a page (same object, same result)', () => {
    const result = ok(read(pageWith(vsauceData())));
    expect(result.sources).toEqual(['json:ytInitialData']);
    expect(result.creator).toMatchObject({ handle: 'vsauce', followers: 24_600_000, postsCount: 636, verified: true });
    expect(result.creator.provenance.followers).toMatchObject({ source: 'json', exact: false });
    expect(result.posts[0]).toMatchObject({ id: 'xHd4zsIbXJ0', views: 6_403_051, rounded: [] });
  });

  it('falls back to the rounded short view count when the long one is missing', () => {
    const data = smallVsauceData(1);
    const video = data.contents.twoColumnBrowseResultsRenderer.tabs[0].tabRenderer.content.richGridRenderer.contents[0].richItemRenderer.content.videoRenderer;
    expect(video.shortViewCountText.simpleText).toBe('6.4m views');
    delete video.viewCountText;
    const [post] = ok(read(pageWith(data))).posts;
    expect(post).toMatchObject({ views: 6_400_000, rounded: ['views'] });
  });

  it('does not count the "waiting" of an upcoming premiere as views (fr 2023: the premiere is left out)', () => {
    const html = loadFixtureText('youtube', FR_2023);
    expect(html).toContain('spectateurs en attente');
    const result = ok(read(html, 'https://www.youtube.com/c/ProgrammingKnowledge/videos'));
    expect(result.posts.map((p) => p.id)).not.toContain('S19QqBytWC4');
    expect(result.posts).toHaveLength(29);
  });

  it("keeps only the channel's own videos from home-tab shelves, once each", () => {
    const result = ok(read(loadFixtureText('youtube', ES_HOME_2024), 'https://www.youtube.com/channel/UCzcRQ3vRNr6fJ1A9rqFn7QA'));
    const ids = result.posts.map((p) => p.id);
    expect(ids).not.toContain('R_RgjS23J7A'); // "MADAME WEB", by Boxoffice Trailers, in the channel's first shelf
    expect(ids).not.toContain('qoKfDppkgNQ'); // a whole shelf from Boxoffice Movie Scenes
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toContain('fkciasqKawc'); // own upload seen only in the "Vídeos" shelf
  });

  it('reads a continuation capture (no header) as posts only', () => {
    const contents = smallVsauceData(30).contents.twoColumnBrowseResultsRenderer.tabs[0].tabRenderer.content.richGridRenderer.contents;
    const continuation = { onResponseReceivedActions: [{ appendContinuationItemsAction: { continuationItems: contents } }] };
    const result = youtubeReader.readCapture(continuation, new URL(VSAUCE_URL), NOW);
    expect(result).toMatchObject({ ok: true, creator: null });
    expect(result.posts).toHaveLength(30);
    expect(result.posts[0]).toMatchObject({ id: 'xHd4zsIbXJ0', views: 6_403_051 });
  });

  it('sees the verified badge by its icon, or else by the English accessibility label', () => {
    const data = smallVsauceData();
    const title = data.header.pageHeaderRenderer.content.pageHeaderViewModel.title.dynamicTextViewModel;
    expect(title.rendererContext.accessibilityContext.label).toBe('Vsauce, verified');
    delete title.text.attachmentRuns;
    expect(ok(read(pageWith(data))).creator.verified).toBe(true);
    title.rendererContext.accessibilityContext.label = 'Vsauce';
    expect(ok(read(pageWith(data))).creator.verified).toBe(false);
  });

  it('takes e-mails and links from the description', () => {
    const data = smallVsauceData();
    data.metadata.channelMetadataRenderer.description = 'Business: Hello@Example.com\nMerch www.example.org/shop';
    const { creator } = ok(read(pageWith(data)));
    expect(creator.emails).toEqual(['hello@example.com']);
    expect(creator.links).toEqual(['https://www.curiositybox.com/', 'https://www.example.org/shop']);
    // An address past the 2 000 characters kept as bio still counts.
    data.metadata.channelMetadataRenderer.description = `${'Our World is Amazing. '.repeat(120)}\nBookings: team@example.com`;
    const long = ok(read(pageWith(data))).creator;
    expect(long.bio).toHaveLength(CAPS.bio);
    expect(long.emails).toEqual(['team@example.com']);
  });
});

describe('youtube stale data and failures', () => {
  it('ignores ytInitialData of another channel (SPA navigation) and says not-ready', () => {
    const html = pageWith(vsauceData());
    const byHandle = read(html, 'https://www.youtube.com/@gronkh');
    expect(byHandle).toMatchObject({ ok: false, reason: 'not-ready' });
    expect(!byHandle.ok && byHandle.tried).toContain('json:stale (another channel)');
    expect(read(html, 'https://www.youtube.com/channel/UCYJ61XIK64sp6ZFFS8sctxw')).toMatchObject({ ok: false, reason: 'not-ready' });
    // The same data at its own channel-id URL is fine.
    expect(ok(read(html, 'https://www.youtube.com/channel/UC6nSFpj9HTCZ5t-N3Rm3-HA')).creator.handle).toBe('vsauce');
  });

  it('uses the rendered header when the data is stale, and not a header of yet another channel', () => {
    const header = (handle: string) =>
      `<yt-page-header-view-model><h1>Gronkh</h1><yt-content-metadata-view-model>` +
      `<div class="yt-content-metadata-view-model__metadata-row"><span>${handle}</span></div>` +
      `<div class="yt-content-metadata-view-model__metadata-row"><span>5.04M subscribers</span><span> • </span><span>18K videos</span></div>` +
      `</yt-content-metadata-view-model></yt-page-header-view-model>`;
    const fresh = ok(read(pageWith(vsauceData(), 'en-GB', header('@gronkh')), 'https://www.youtube.com/@gronkh'));
    expect(fresh.sources).toEqual(['dom:header']);
    expect(fresh.creator).toMatchObject({ handle: 'gronkh', displayName: 'Gronkh', followers: 5_040_000, postsCount: 18_000 });
    expect(fresh.creator.provenance.followers).toMatchObject({ source: 'dom', exact: false });
    expect(read(pageWith(vsauceData(), 'en-GB', header('@vsauce')), 'https://www.youtube.com/@gronkh')).toMatchObject({ ok: false, reason: 'not-ready' });
  });

  it('reads the 2018 rendered header without its script data', () => {
    const html = loadFixtureText('youtube', POLYMER_2018).replace(/<script[\s\S]*?<\/script>/g, '');
    const result = ok(read(html, 'https://www.youtube.com/channel/UCzcRQ3vRNr6fJ1A9rqFn7QA'));
    expect(result.creator).toMatchObject({ displayName: 'ONE Media', followers: null, profileUrl: 'https://www.youtube.com/channel/UCzcRQ3vRNr6fJ1A9rqFn7QA' });
  });

  it('rejects a captured response about another channel', () => {
    const result = youtubeReader.readCapture(vsauceData(), new URL('https://www.youtube.com/@gronkh/videos'), NOW);
    expect(result).toMatchObject({ ok: false, creator: null, posts: [] });
  });

  it('says not-profile for a video page and not-ready for the consent interstitial', () => {
    expect(read(pageWith(vsauceData()), 'https://www.youtube.com/watch?v=xHd4zsIbXJ0')).toMatchObject({ ok: false, reason: 'not-profile' });
    const consent = '<html><body><form action="https://consent.youtube.com/save" method="POST"><button>Accept all</button></form></body></html>';
    const result = read(consent, 'https://www.youtube.com/@Vsauce');
    expect(result).toMatchObject({ ok: false, reason: 'not-ready' });
    expect(!result.ok && result.tried).toContain('consent-page');
  });

  it('says unsupported-layout for a channel page whose header it does not know', () => {
    expect(read(pageWith({ responseContext: {}, header: { someFutureHeaderRenderer: { title: 'Vsauce' } } }))).toMatchObject({
      ok: false,
      reason: 'unsupported-layout',
    });
  });
});

describe('youtube hostile input', () => {
  it('reads a hostile description as plain capped text', () => {
    const data = smallVsauceData();
    const hostile = '<script>alert(1)</script> =HYPERLINK("x") \u202Egnp.exe ';
    data.metadata.channelMetadataRenderer.description = hostile + 'x'.repeat(100_000);
    data.header.pageHeaderRenderer.content.pageHeaderViewModel.title.dynamicTextViewModel.text.content = `\u202E${'V'.repeat(5_000)}`;
    const { creator } = ok(read(pageWith(data)));
    expect(creator.bio.startsWith('<script>alert(1)</script> =HYPERLINK("x") gnp.exe')).toBe(true);
    expect(creator.bio).toHaveLength(CAPS.bio);
    expect(creator.bio).not.toContain('\u202E');
    expect(creator.displayName).toHaveLength(CAPS.displayName);
  });

  it('never throws and keeps counts sane when a count text is replaced by anything', () => {
    const base = JSON.stringify(smallVsauceData());
    const targets = ['24.6m subscribers', '636 videos', '6,403,051 views', '6 months ago', '@Vsauce'];
    fc.assert(
      fc.property(fc.constantFrom(...targets), fc.string({ maxLength: 40 }), (target, text) => {
        const json = base.split(target).join(JSON.stringify(text).slice(1, -1));
        const result = read(`<html lang="en-GB"><body><script>var ytInitialData = ${json.replace(/</g, '\\u003c')};</script></body></html>`);
        if (result.ok) {
          expect(() => SnapshotSchema.parse({ creator: result.creator, posts: result.posts, sources: result.sources })).not.toThrow();
          countsAreSane(result.creator, result.posts);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('never throws on arbitrary JSON captures or documents', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), (value) => {
        const capture = youtubeReader.readCapture(value, new URL(VSAUCE_URL), NOW);
        countsAreSane(capture.creator, capture.posts);
        const page = read(pageWith({ header: value, metadata: { channelMetadataRenderer: value }, contents: value }));
        if (page.ok) countsAreSane(page.creator, page.posts);
      }),
      { numRuns: 150 },
    );
  });
});
