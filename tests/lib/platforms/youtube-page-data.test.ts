import { describe, expect, it } from 'vitest';
import { assignedJson } from '../../../lib/parse/embedded-json';
import { ITEM_KEYS, LOCKUP, REEL, SHORTS_LOCKUP, VIDEO } from '../../../lib/platforms/youtube/paths';
import { ITEM_PATHS, pickPageData } from '../../../lib/platforms/youtube/page-data-pick';
import { partsOf } from '../../../lib/messages/message-parts';
import { youtubeReader } from '../../../lib/platforms/youtube/reader';
import { keyOf, type PagePath } from '../../../lib/platforms/page-path';
import { fixtureFiles, loadExpectation, loadFixtureText, parseHtml } from './fixture-harness';

/**
 * The page-world script hands the reader a pick of `window.ytInitialData` instead of the reader
 * parsing the script text: on every saved YouTube page and browse response, the reading must be the
 * same, field for field, as from the whole data.
 */

const files = fixtureFiles('youtube');
const dataOf = (file: string): unknown => {
  const text = loadFixtureText('youtube', file);
  return file.endsWith('.html') ? assignedJson(text, 'ytInitialData') : JSON.parse(text);
};

describe('pickPageData', () => {
  it.each(files.filter((f) => f.endsWith('.html')))('%s: the reader reads the same from the pick as from the page', (file) => {
    const expected = loadExpectation('youtube', file);
    const html = loadFixtureText('youtube', file);
    const context = { now: new Date(expected.now) };
    const url = new URL(expected.url);
    const fromPage = youtubeReader.read(parseHtml(html, expected.url), url, context);
    const data = dataOf(file);
    const fromPick = youtubeReader.read(parseHtml(html, expected.url), url, { ...context, pageData: pickPageData(data) });
    expect(fromPick).toEqual(fromPage);
  });

  it.each(files.filter((f) => f.endsWith('.json') && !f.endsWith('.expected.json')))('%s: the same reading from the pick as from the whole response', (file) => {
    const expected = loadExpectation('youtube', file);
    const data = dataOf(file);
    // A document without data of its own, so that the reading comes only from the object handed over.
    const doc = parseHtml('<html lang="en-GB"><head></head><body></body></html>', expected.url);
    const context = { now: new Date(expected.now) };
    const url = new URL(expected.url);
    expect(youtubeReader.read(doc, url, { ...context, pageData: pickPageData(data) })).toEqual(youtubeReader.read(doc, url, { ...context, pageData: data }));
  });

  it('is a small fraction of the data on a channel tab', () => {
    const data = dataOf('2023-03_channel-videos_html_en-US_richGrid_videoRenderer.html');
    const whole = JSON.stringify(data).length;
    const picked = JSON.stringify(pickPageData(data)).length;
    // 0.32 while items kept their endpoints and bylines whole; 0.21 with only the paths the reader reads.
    expect(picked / whole).toBeLessThan(0.25);
  });

  it.each([
    // The 2026 grids: a lockup's metadata and a short's tap command were kept whole (0.42 and 0.57 of the data).
    ['2026-05_browse-videos_en-GB_pageHeader_lockupViewModel_gronkh.json', 0.15],
    ['2026-01_browse-shorts_en-GB_pageHeader_shortsLockupViewModel.json', 0.15],
  ] as const)('%s: the pick of the current grid items is a small fraction too', (file, share) => {
    const data = dataOf(file);
    const picked = JSON.stringify(pickPageData(data)).length;
    expect(picked / JSON.stringify(data).length).toBeLessThan(share);
  });

  it('hands the current videos grid over in one message, not in parts', () => {
    // 142,600 characters (four parts) while lockups kept their metadata whole.
    const picked = JSON.stringify(pickPageData(dataOf('2026-05_browse-videos_en-GB_pageHeader_lockupViewModel_gronkh.json')));
    expect(partsOf({ type: 'snapshot/submit', pageData: picked })).toBeNull();
  });

  it('keeps, of each item renderer, every path of the item reader, or a path it starts with', () => {
    const flat = (paths: object) => Object.values(paths).flatMap((p: PagePath | readonly PagePath[]) => (Array.isArray(p) ? p : [p])) as PagePath[];
    const wanted: Record<string, PagePath[]> = {
      gridVideoRenderer: flat(VIDEO),
      videoRenderer: flat(VIDEO),
      lockupViewModel: flat(LOCKUP),
      reelItemRenderer: flat(REEL),
      shortsLockupViewModel: flat(SHORTS_LOCKUP),
    };
    expect(Object.keys(ITEM_PATHS).sort()).toEqual(ITEM_KEYS.map(keyOf).sort());
    for (const [key, paths] of Object.entries(wanted)) {
      for (const { path } of paths) {
        const kept = ITEM_PATHS[key]!.some((p) => p.length <= path.length && p.every((step, i) => step === path[i]));
        expect(kept, `${key}: ${path.join('.')}`).toBe(true);
      }
    }
  });

  it('keeps an item\'s values where the reader looks, and nothing beside them', () => {
    const byline = { runs: [{ text: 'Vsauce', navigationEndpoint: { clickTrackingParams: 'x', browseEndpoint: { browseId: 'UC1', canonicalBaseUrl: '/@vsauce' } } }, { text: 'second' }] };
    const item = {
      videoId: 'v1',
      title: { runs: [{ text: 'A title' }] },
      navigationEndpoint: { clickTrackingParams: 'x'.repeat(100), watchEndpoint: { videoId: 'v1', playerConfig: 'y'.repeat(500) } },
      shortBylineText: byline,
      ownerText: 'not an object',
      longBylineText: { runs: { 0: byline.runs[0] } },
      thumbnail: { thumbnails: [{ url: 'https://i.ytimg.com/v1.jpg' }] },
    };
    const data = { contents: { twoColumnBrowseResultsRenderer: { tabs: [{ tabRenderer: { selected: true, content: { items: [{ videoRenderer: item }, { videoRenderer: { navigationEndpoint: { reelWatchEndpoint: { videoId: 's1' } } } }] } } }] } } };
    const before = structuredClone(data);
    const items = (pickPageData(data) as { contents: { twoColumnBrowseResultsRenderer: { tabs: [{ tabRenderer: { content: { items: unknown[] } } }] } } }).contents.twoColumnBrowseResultsRenderer.tabs[0].tabRenderer.content.items;
    expect(items).toEqual([
      {
        videoRenderer: {
          videoId: 'v1',
          title: { runs: [{ text: 'A title' }] },
          // Only the first run's channel id; a string where the reader walks an object is left out, as is a run list that is no array.
          shortBylineText: { runs: [{ navigationEndpoint: { browseEndpoint: { browseId: 'UC1' } } }] },
        },
      },
      { videoRenderer: { navigationEndpoint: { reelWatchEndpoint: { videoId: 's1' } } } },
    ]);
    // The page's own object is read, never written.
    expect(data).toEqual(before);
  });

  it('gives nothing for what is not an object, and never throws on odd shapes', () => {
    expect(pickPageData(null)).toBeUndefined();
    expect(pickPageData([1])).toBeUndefined();
    expect(pickPageData({ contents: { twoColumnBrowseResultsRenderer: { tabs: [null, 3, { tabRenderer: 'x' }, { tabRenderer: { selected: true, content: [{ videoRenderer: 7 }] } }] } } })).toEqual({
      contents: { twoColumnBrowseResultsRenderer: { tabs: [null, 3, { tabRenderer: 'x' }, { tabRenderer: { selected: true, content: [{ videoRenderer: 7 }] } }] } },
    });
  });
});
