/**
 * The YouTube channel reader in two steps: collecting the page (page-collect.ts, on the page's
 * thread) and reading what was collected (page-extract-reading.ts, in the background). The
 * collecting must keep everything the reader reads (the same reading as from the document, for every
 * saved page, from its data and from its rendered header alone), the extract must survive the trip
 * as JSON, and the background must take only an extract of the shape and sizes the collecting makes.
 */
import { describe, expect, it } from 'vitest';
import { PAGE_DATA_LIMITS, PageDataSchema } from '../../../lib/background/page-data-reading';
import { MAX_PAGE_DATA_CHARS } from '../../../lib/capture/page-data-message';
import {
  collectYoutubePage,
  YT_LANG_CHARS,
  YT_METADATA_ROWS,
  YT_SCRIPT_CHARS,
  YT_SCRIPTS,
  YT_TEXT_CHARS,
  type YoutubePageExtract,
} from '../../../lib/platforms/youtube/page-collect';
import { readYoutubePageExtract } from '../../../lib/platforms/youtube/page-extract-reading';
import { isCollectedYoutubePage, YoutubePageExtractSchema } from '../../../lib/platforms/youtube/page-extract-schema';
import { youtubeReader } from '../../../lib/platforms/youtube/reader';
import { reachableModules } from '../../structure/import-graph';
import { fixtureFiles, loadExpectation, loadFixtureText, parseHtml } from './fixture-harness';

/** What the background gets: the extract after a trip through a message (plain JSON), as its schema takes it. */
function overTheWire(extract: YoutubePageExtract): YoutubePageExtract {
  const parsed = YoutubePageExtractSchema.safeParse(JSON.parse(JSON.stringify(extract)));
  if (!parsed.success) throw new Error('the schema refuses what the collecting made');
  return parsed.data;
}

const pages = fixtureFiles('youtube').filter((file) => file.endsWith('.html'));

describe('YouTube channels read from what the page collected', () => {
  it('has saved pages to check against', () => {
    expect(pages.length).toBeGreaterThanOrEqual(7);
  });

  for (const file of pages) {
    const expected = loadExpectation('youtube', file);
    const url = new URL(expected.url);
    const context = { now: new Date(expected.now) };

    it(`${file}: the same reading from the extract, after a trip as JSON, as from the page`, () => {
      const doc = parseHtml(loadFixtureText('youtube', file), expected.url);
      const fromExtract = readYoutubePageExtract(overTheWire(collectYoutubePage(doc, url)), url, context);
      expect(fromExtract).toEqual(youtubeReader.read(doc, url, context));
      expect(fromExtract.ok).toBe(expected.expect.ok);
    });

    it(`${file}: the same reading of the rendered page alone, once the page's data gave none (no script text travels)`, () => {
      const doc = parseHtml(loadFixtureText('youtube', file), expected.url);
      const extract = collectYoutubePage(doc, url, null);
      expect(extract.scripts).toBeNull();
      expect(readYoutubePageExtract(overTheWire(extract), url, context)).toEqual(youtubeReader.read(doc, url, { ...context, pageData: null }));
    });
  }

  it("reads the 2024+ rendered header's rows, in the page's language", () => {
    const url = new URL('https://www.youtube.com/@vsauce/videos');
    const doc = parseHtml(
      `<html lang="en-GB"><body><yt-page-header-view-model><h1> Vsauce
        </h1><yt-content-metadata-view-model><div class="metadata-row">@vsauce</div><div class="metadata-row">24.6M subscribers • 636 videos</div></yt-content-metadata-view-model></yt-page-header-view-model></body></html>`,
      url.href,
    );
    const result = readYoutubePageExtract(overTheWire(collectYoutubePage(doc, url, null)), url, { now: new Date('2026-05-01T00:00:00Z') });
    expect(result).toMatchObject({ ok: true, sources: ['dom:header'], creator: { handle: 'vsauce', displayName: 'Vsauce', followers: 24_600_000, postsCount: 636 } });
    expect(result).toEqual(youtubeReader.read(doc, url, { now: new Date('2026-05-01T00:00:00Z'), pageData: null }));
  });

  it("reads the config's language when <html lang> does not say, and only then looks for it", () => {
    const url = new URL('https://www.youtube.com/@someone');
    const config = '<script>ytcfg.set({"INNERTUBE_CONTEXT_HL":"es"});</script>';
    expect(collectYoutubePage(parseHtml(`<html><body>${config}</body></html>`, url.href), url).configHl).toBe('es');
    expect(collectYoutubePage(parseHtml(`<html lang="fr-FR"><body>${config}</body></html>`, url.href), url).configHl).toBeNull();
  });

  it('says a consent interstitial is one, and reads it as not ready', () => {
    const url = new URL('https://www.youtube.com/@someone');
    const doc = parseHtml('<html lang="en"><body><form action="https://consent.youtube.com/save"></form></body></html>', url.href);
    const result = readYoutubePageExtract(overTheWire(collectYoutubePage(doc, url)), url, { now: new Date() });
    expect(result).toEqual({ ok: false, reason: 'not-ready', tried: ['json:ytInitialData', 'dom:header', 'consent-page'] });
  });
});

describe('what the collecting keeps of a forged page', () => {
  const url = new URL('https://www.youtube.com/@someone/videos');
  const long = 'n'.repeat(YT_TEXT_CHARS + 500);
  const rows = Array.from({ length: YT_METADATA_ROWS + 30 }, () => `<div class="metadata-row">${long}</div>`).join('');
  // Scripts that name the data: a small one, one over the budget (left out whole), and more than are kept.
  const scripts = [
    'var ytInitialData = {"header":{}};',
    `var ytInitialData = {"x":"${'x'.repeat(YT_SCRIPT_CHARS)}"};`,
    ...Array.from({ length: YT_SCRIPTS + 5 }, () => `window.ytInitialData && ${'y'.repeat(YT_SCRIPT_CHARS / 20)};`),
  ].map((text) => `<script>${text}</script>`);
  const html = `<html lang="${'l'.repeat(500)}"><body><yt-page-header-view-model><h1>${long}</h1><yt-content-metadata-view-model>${rows}</yt-content-metadata-view-model></yt-page-header-view-model><div id="channel-handle">${long}</div>${scripts.join('')}</body></html>`;
  const extract = collectYoutubePage(parseHtml(html, url.href), url);

  it('keeps every text, script and list within the bounds the background takes', () => {
    expect(extract.lang).toHaveLength(YT_LANG_CHARS);
    expect(extract.dom.names[0]).toHaveLength(YT_TEXT_CHARS);
    expect(extract.dom.handles[0]).toHaveLength(YT_TEXT_CHARS);
    expect(extract.dom.metadataRows).toHaveLength(YT_METADATA_ROWS);
    expect(extract.dom.metadataRows.every((row) => row.length === YT_TEXT_CHARS)).toBe(true);
    expect(extract.scripts).toHaveLength(YT_SCRIPTS);
    expect(extract.scripts![0]).toBe('var ytInitialData = {"header":{}};');
    // The script over what is left of the budget is left out whole, not cut.
    expect(extract.scripts!.some((script) => script.includes('"x":'))).toBe(false);
    expect(extract.scripts!.reduce((sum, script) => sum + script.length, 0)).toBeLessThanOrEqual(YT_SCRIPT_CHARS);
    expect(YoutubePageExtractSchema.safeParse(extract).success).toBe(true);
  });

  it('makes the largest extract a page can make page data the background takes', () => {
    const full = collectYoutubePage(parseHtml(html.replace(scripts[0]!, `<script>var ytInitialData = {"a":"${'a'.repeat(YT_SCRIPT_CHARS - 40)}"};</script>`), url.href), url);
    const text = JSON.stringify(full);
    expect(text.length).toBeGreaterThan(YT_SCRIPT_CHARS);
    expect(text.length).toBeLessThan(MAX_PAGE_DATA_CHARS);
    expect(PageDataSchema.safeParse(JSON.parse(text)).success).toBe(true);
    expect(JSON.stringify(JSON.parse(text)).length).toBeLessThan(PAGE_DATA_LIMITS.chars);
  });

  it('reads a forged page as the reader does, within its caps', () => {
    const result = readYoutubePageExtract(overTheWire(extract), url, { now: new Date('2026-05-01T00:00:00Z') });
    expect(result).toEqual(youtubeReader.read(parseHtml(html, url.href), url, { now: new Date('2026-05-01T00:00:00Z') }));
  });
});

describe('the extract the background takes', () => {
  const valid: YoutubePageExtract = { lang: 'en', configHl: null, scripts: null, dom: { names: ['', '', ''], handles: [''], subscribers: [''], metadataRows: [], consent: false } };
  const bad: Array<[string, unknown]> = [
    ['not an object', 'page'],
    ['a script too long', { ...valid, scripts: ['x'.repeat(YT_SCRIPT_CHARS + 1)] }],
    ['scripts too long in all', { ...valid, scripts: ['x'.repeat(YT_SCRIPT_CHARS / 2 + 1), 'x'.repeat(YT_SCRIPT_CHARS / 2)] }],
    ['too many scripts', { ...valid, scripts: Array.from({ length: YT_SCRIPTS + 1 }, () => '') }],
    ['a number for a text', { ...valid, dom: { ...valid.dom, names: [12, '', ''] } }],
    ['a text too long', { ...valid, dom: { ...valid.dom, handles: ['h'.repeat(YT_TEXT_CHARS + 1)] } }],
    ['a language too long', { ...valid, lang: 'l'.repeat(YT_LANG_CHARS + 1) }],
    ['more rungs than the ladder has', { ...valid, dom: { ...valid.dom, names: ['', '', '', ''] } }],
    ['too many metadata rows', { ...valid, dom: { ...valid.dom, metadataRows: Array.from({ length: YT_METADATA_ROWS + 1 }, () => '') } }],
    ['a key it does not know', { ...valid, dom: { ...valid.dom, verified: true } }],
    ['a key it does not know, at the top', { ...valid, header: {} }],
    ['a missing part', { lang: 'en', configHl: null, scripts: null }],
  ];

  it('takes one of the shape the collecting makes', () => {
    expect(YoutubePageExtractSchema.safeParse(valid).success).toBe(true);
  });

  for (const [what, value] of bad) {
    it(`refuses ${what}`, () => {
      expect(YoutubePageExtractSchema.safeParse(value).success).toBe(false);
    });
  }

  it("tells an extract from the page-world script's pick by its keys, an extract missing some of them too", () => {
    expect(isCollectedYoutubePage(valid as unknown as Record<string, unknown>)).toBe(true);
    expect(isCollectedYoutubePage({ dom: {} })).toBe(true);
    expect(isCollectedYoutubePage({ header: {}, metadata: {}, contents: {}, responseContext: {}, topbar: {}, onResponseReceivedActions: [] })).toBe(false);
  });
});

describe('the code that runs on the page', () => {
  it('collects without the reader: nothing of lib/parse, no JSON reading, no count or date parsing', () => {
    const modules = reachableModules('lib/platforms/youtube/page-collect.ts');
    expect(modules).toContain('lib/platforms/youtube/paths.ts');
    expect(modules.filter((m) => m.startsWith('lib/parse/'))).toEqual([]);
    for (const reader of ['lib/platforms/youtube/reader.ts', 'lib/platforms/youtube/locale.ts', 'lib/platforms/youtube/page-extract-reading.ts']) expect(modules).not.toContain(reader);
  });

  it("YouTube's content script reaches the collecting, not the channel reader (its post reader stays)", () => {
    const modules = reachableModules('entrypoints/youtube.content.ts');
    expect(modules).toContain('lib/platforms/youtube/page-collect.ts');
    for (const reader of [
      'lib/platforms/youtube/reader.ts',
      'lib/platforms/youtube/page-extract-reading.ts',
      'lib/platforms/youtube/page-data-reading.ts',
      'lib/platforms/youtube/page-data.ts',
      'lib/platforms/youtube/channel.ts',
      'lib/platforms/youtube/items.ts',
      'lib/platforms/youtube/capture.ts',
      'lib/platforms/youtube/sources/dom-header.ts',
      'lib/platforms/source-ladder.ts',
    ])
      expect(modules).not.toContain(reader);
  });
});
