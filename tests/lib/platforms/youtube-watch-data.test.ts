import { describe, expect, it } from 'vitest';
import { assignedJson } from '../../../lib/parse/embedded-json';
import { youtubePostReader } from '../../../lib/platforms/youtube/post/reader';
import { pickWatchData } from '../../../lib/platforms/youtube/post/watch-data-pick';
import { fixtureFiles, loadExpectation, loadFixtureText, parseHtml } from './fixture-harness';

/**
 * The page-world script hands the post reader a pick of a watch page's `ytInitialData` and
 * `ytInitialPlayerResponse` instead of the reader parsing the script texts: on every saved watch
 * page and every `/next` and `/player` response, the reading must be the same, field for field, as
 * from the whole objects.
 */

const files = fixtureFiles('youtube').filter((f) => !f.endsWith('.expected.json') && loadExpectation('youtube', f).postReader !== undefined);
const pages = files.filter((f) => f.endsWith('.html'));
const responses = files.filter((f) => f.endsWith('.json'));
/** A document without data of its own, so that the reading comes only from the objects handed over. */
const bare = (url: string, lang = 'en-GB') => parseHtml(`<html lang="${lang}"><head></head><body></body></html>`, url);

describe('pickWatchData', () => {
  it('has saved watch pages and responses to check', () => {
    expect(pages.length).toBeGreaterThan(0);
    expect(responses.length).toBeGreaterThan(3);
  });

  it.each(pages)('%s: the post reader reads the same from the pick as from the page', (file) => {
    const expected = loadExpectation('youtube', file);
    const html = loadFixtureText('youtube', file);
    const context = { now: new Date(expected.now) };
    const url = new URL(expected.url);
    const doc = parseHtml(html, expected.url);
    const fromPage = youtubePostReader.readPostPage(doc, url, context);
    expect(fromPage.ok).toBe(true);
    const picked = pickWatchData(assignedJson(html, 'ytInitialData'), assignedJson(html, 'ytInitialPlayerResponse'));
    expect(picked.ytInitialData).toBeDefined();
    expect(picked.ytInitialPlayerResponse).toBeDefined();
    // The page's lang attribute stays (the reader takes the locale from it first); its scripts are not read.
    const lang = doc.documentElement.getAttribute('lang') ?? '';
    expect(youtubePostReader.readPostPage(bare(expected.url, lang), url, { ...context, pageData: picked })).toEqual(fromPage);
    // Is a small fraction of what the page parsed.
    const whole = JSON.stringify(assignedJson(html, 'ytInitialData')).length + JSON.stringify(assignedJson(html, 'ytInitialPlayerResponse')).length;
    expect(JSON.stringify(picked).length / whole).toBeLessThan(0.1);
  });

  it.each(responses)('%s: as either object of a watch page, the same reading from the pick as from the whole', (file) => {
    const expected = loadExpectation('youtube', file);
    const data: unknown = JSON.parse(loadFixtureText('youtube', file));
    const context = { now: new Date(expected.now) };
    const url = new URL(expected.url);
    for (const lang of ['en-GB', '']) {
      const asNext = youtubePostReader.readPostPage(bare(expected.url, lang), url, { ...context, pageData: { ytInitialData: data } });
      expect(youtubePostReader.readPostPage(bare(expected.url, lang), url, { ...context, pageData: pickWatchData(data, undefined) })).toEqual(asNext);
      const asPlayer = youtubePostReader.readPostPage(bare(expected.url, lang), url, { ...context, pageData: { ytInitialPlayerResponse: data } });
      expect(youtubePostReader.readPostPage(bare(expected.url, lang), url, { ...context, pageData: pickWatchData(undefined, data) })).toEqual(asPlayer);
    }
  });

  it('reads the document when the page handed nothing over', () => {
    const file = pages[0]!;
    const expected = loadExpectation('youtube', file);
    const html = loadFixtureText('youtube', file);
    const url = new URL(expected.url);
    const context = { now: new Date(expected.now) };
    const fromPage = youtubePostReader.readPostPage(parseHtml(html, expected.url), url, context);
    expect(youtubePostReader.readPostPage(parseHtml(html, expected.url), url, { ...context, pageData: {} })).toEqual(fromPage);
  });

  it('gives nothing for what is not an object, and never throws on odd shapes', () => {
    expect(pickWatchData(null, 3)).toEqual({});
    expect(pickWatchData([1], 'x')).toEqual({});
    const odd = { contents: { twoColumnWatchNextResults: { results: { results: { contents: [null, 3, { videoPrimaryInfoRenderer: 'x' }] } } } }, engagementPanels: [null, 1, {}] };
    expect(pickWatchData(odd, { microformat: 7 })).toEqual({
      ytInitialData: { contents: { twoColumnWatchNextResults: { results: { results: { contents: [null, 3, { videoPrimaryInfoRenderer: 'x' }] } } } }, engagementPanels: [] },
      ytInitialPlayerResponse: {},
    });
  });
});
