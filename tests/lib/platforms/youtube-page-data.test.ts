import { describe, expect, it } from 'vitest';
import { assignedJson } from '../../../lib/parse/embedded-json';
import { ITEM_KEYS, LOCKUP, REEL, SHORTS_LOCKUP, VIDEO } from '../../../lib/platforms/youtube/paths';
import { ITEM_FIELDS, pickPageData } from '../../../lib/platforms/youtube/page-data-pick';
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
    expect(picked / whole).toBeLessThan(0.35);
  });

  it('keeps, of each item renderer, every field a path of the item reader starts with', () => {
    const firstStep = (path: PagePath) => String(path.path[0]);
    const video = [...Object.values(VIDEO).flatMap((p) => (Array.isArray(p) ? p : [p]))].map(firstStep);
    const wanted: Record<string, string[]> = {
      gridVideoRenderer: video,
      videoRenderer: video,
      lockupViewModel: Object.values(LOCKUP).map(firstStep),
      reelItemRenderer: Object.values(REEL).map(firstStep),
      shortsLockupViewModel: Object.values(SHORTS_LOCKUP).map(firstStep),
    };
    expect(Object.keys(ITEM_FIELDS).sort()).toEqual(ITEM_KEYS.map(keyOf).sort());
    for (const [key, fields] of Object.entries(wanted)) expect(ITEM_FIELDS[key], key).toEqual(expect.arrayContaining([...new Set(fields)]));
  });

  it('gives nothing for what is not an object, and never throws on odd shapes', () => {
    expect(pickPageData(null)).toBeUndefined();
    expect(pickPageData([1])).toBeUndefined();
    expect(pickPageData({ contents: { twoColumnBrowseResultsRenderer: { tabs: [null, 3, { tabRenderer: 'x' }, { tabRenderer: { selected: true, content: [{ videoRenderer: 7 }] } }] } } })).toEqual({
      contents: { twoColumnBrowseResultsRenderer: { tabs: [null, 3, { tabRenderer: 'x' }, { tabRenderer: { selected: true, content: [{ videoRenderer: 7 }] } }] } },
    });
  });
});
