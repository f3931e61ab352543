import { describe, expect, it } from 'vitest';
import { readCapturedResponse } from '../../../lib/background/capture-reading';
import { partsOf } from '../../../lib/messages/message-parts';
import { MAX_TRIMMED_CHARS, trimChannelBrowse } from '../../../lib/platforms/youtube/browse-trim';
import { fixtureFiles, loadExpectation, loadFixtureText } from './fixture-harness';

/**
 * The page-world script cuts a channel tab's browse response to what the channel reader reads
 * before copying it (lib/platforms/youtube/browse-trim.ts): the background must read the same from
 * the cut as from the response the page received, on every saved browse response.
 */

const trim = trimChannelBrowse(JSON.parse, JSON.stringify);
const BROWSE = '/youtubei/v1/browse';
const browseFiles = fixtureFiles('youtube').filter((file) => file.includes('_browse-') && file.endsWith('.json') && !file.endsWith('.expected.json'));

describe('trimChannelBrowse', () => {
  it('has saved browse responses to check', () => {
    expect(browseFiles.length).toBeGreaterThanOrEqual(8);
  });

  it.each(browseFiles)('%s: the background reads the same from the cut as from the whole response', (file) => {
    const expected = loadExpectation('youtube', file);
    const whole = loadFixtureText('youtube', file);
    const cut = trim(BROWSE, whole);
    expect(cut).not.toBe(whole);
    const now = new Date(expected.now);
    const fromWhole = readCapturedResponse(expected.url, whole, now);
    expect(fromWhole).toMatchObject({ ok: true, capture: { ok: true } });
    expect(readCapturedResponse(expected.url, cut, now)).toEqual(fromWhole);
  });

  it.each(browseFiles)('%s: the cut is a fifth of the response or less, and goes to the worker in at most two parts', (file) => {
    const whole = loadFixtureText('youtube', file);
    const cut = trim(BROWSE, whole);
    // Measured 2026-12-07: 250–700 KB whole, 37–51 KB cut (a share of 0.06–0.19).
    expect(cut.length / whole.length).toBeLessThan(0.2);
    const partsFor = (text: string) => partsOf({ type: 'snapshot/submit', pageUrl: 'https://www.youtube.com/@a', snapshot: null, captures: [], captureText: text })?.filter((message) => 'part' in message).length ?? 0;
    expect(partsFor(whole)).toBeGreaterThan(6);
    expect(partsFor(cut)).toBeLessThanOrEqual(2);
  });

  it('hands over as it came what is not a channel tab: a continuation, the home feed, another path, text that is not JSON, a response too large to parse again', () => {
    const tab = JSON.parse(loadFixtureText('youtube', '2026-01_browse-videos_en-GB_pageHeader_videoRenderer_vsauce.json'));
    const items = tab.contents.twoColumnBrowseResultsRenderer.tabs.find((t: { tabRenderer?: { selected?: boolean } }) => t.tabRenderer?.selected).tabRenderer.content.richGridRenderer.contents;
    const continuation = JSON.stringify({ onResponseReceivedActions: [{ appendContinuationItemsAction: { continuationItems: items } }] });
    expect(trim(BROWSE, continuation)).toBe(continuation);
    const feed = JSON.stringify({ contents: { twoColumnBrowseResultsRenderer: { tabs: [] } }, header: { feedTabbedHeaderRenderer: {} } });
    expect(trim(BROWSE, feed)).toBe(feed);
    const whole = loadFixtureText('youtube', '2026-01_browse-videos_en-GB_pageHeader_videoRenderer_vsauce.json');
    expect(trim('/youtubei/v1/next', whole)).toBe(whole);
    const broken = `{"metadata":{"channelMetadataRenderer":{"title":"x"}},`;
    expect(trim(BROWSE, broken)).toBe(broken);
    const huge = `{"metadata":{"channelMetadataRenderer":{}},"pad":"${'x'.repeat(MAX_TRIMMED_CHARS)}"}`;
    let parsed = false;
    const counting = trimChannelBrowse((text) => ((parsed = true), JSON.parse(text)), JSON.stringify);
    expect(counting(BROWSE, huge)).toBe(huge);
    expect(parsed).toBe(false);
  });

  it('parses with the functions it was given (the page\'s JSON as it was at document_start), not the global JSON a page script may replace', () => {
    const whole = loadFixtureText('youtube', '2026-01_browse-videos_en-GB_pageHeader_videoRenderer_vsauce.json');
    const calls: string[] = [];
    const original = JSON.parse;
    const own = trimChannelBrowse(
      (text) => (calls.push('parse'), original(text)),
      (value) => (calls.push('stringify'), JSON.stringify(value)),
    );
    JSON.parse = () => {
      throw new Error('replaced by the page');
    };
    try {
      expect(own(BROWSE, whole).length).toBeLessThan(whole.length);
    } finally {
      JSON.parse = original;
    }
    expect(calls).toEqual(['parse', 'stringify']);
  });
});
