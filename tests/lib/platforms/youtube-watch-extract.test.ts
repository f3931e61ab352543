/**
 * YouTube's watch page is collected on the page (lib/platforms/youtube/post/watch-collect.ts) and
 * read in the background (watch-reading.ts, `post/read-page`): the reading of every saved watch page
 * through the two steps, with a trip through a message between them, is the post reader's (which
 * tests/lib/platforms/post-readers.test.ts compares with what the page says), with the page-world
 * script's pick or without it; the script texts travel only when there is no pick to stand for them;
 * the background takes only the extract's shape within its bounds; and nothing on the page's side parses.
 */
import { describe, expect, it } from 'vitest';
import { readPostPageExtract } from '../../../lib/background/post-page-reading';
import { assignedJson } from '../../../lib/parse/embedded-json';
import { YT_SCRIPT_CHARS, YT_SCRIPTS } from '../../../lib/platforms/youtube/page-collect';
import { youtubePostReader } from '../../../lib/platforms/youtube/post/reader';
import { YT_PICK_CHARS, collectYoutubeWatchPage, type YoutubeWatchExtract } from '../../../lib/platforms/youtube/post/watch-collect';
import { pickWatchData } from '../../../lib/platforms/youtube/post/watch-data-pick';
import { YoutubeWatchExtractSchema } from '../../../lib/platforms/youtube/post/watch-extract-schema';
import { readYoutubeWatchExtract } from '../../../lib/platforms/youtube/post/watch-reading';
import { expectCollectingParsesNothing, expectContentScriptCollectsOnly } from '../../structure/collecting-reach';
import { fixtureFiles, loadExpectation, loadFixtureText, parseHtml } from './fixture-harness';

const WATCH_PAGES = fixtureFiles('youtube').filter((file) => file.endsWith('.html') && loadExpectation('youtube', file).postReader !== undefined);
const overTheWire = (extract: YoutubeWatchExtract): unknown => JSON.parse(JSON.stringify(extract));

function page(file: string) {
  const expected = loadExpectation('youtube', file);
  const html = loadFixtureText('youtube', file);
  const doc = parseHtml(html, expected.url);
  const pick = JSON.stringify(pickWatchData(assignedJson(html, 'ytInitialData'), assignedJson(html, 'ytInitialPlayerResponse')));
  return { expected, url: new URL(expected.url), doc, pick };
}

describe('YouTube watch pages: collected on the page, read in the background', () => {
  it('has saved watch pages to check', () => {
    expect(WATCH_PAGES.length).toBeGreaterThan(0);
  });

  it.each(WATCH_PAGES)("%s: the collected page, read in the background, is the post reader's reading, with the pick and without it", (file) => {
    const { expected, url, doc, pick } = page(file);
    const fromPage = youtubePostReader.readPostPage(doc, url, { now: new Date(expected.now) });
    expect(fromPage.ok).toBe(true);
    for (const handed of [pick, undefined]) {
      const extract = collectYoutubeWatchPage(doc, handed);
      const wire = overTheWire(extract);
      expect(YoutubeWatchExtractSchema.safeParse(wire).success).toBe(true);
      expect(readYoutubeWatchExtract(YoutubeWatchExtractSchema.parse(wire), url)).toEqual(fromPage);
      // The background's handler: the same reading, as post/submit takes it.
      const answer = readPostPageExtract(expected.url, JSON.stringify(extract));
      expect(answer).toMatchObject({ ok: true, reading: { postId: fromPage.ok && fromPage.postId, author: fromPage.ok && fromPage.author } });
      expect(answer.ok && answer.reading?.post).toEqual(fromPage.ok && fromPage.post);
    }
  });

  it.each(WATCH_PAGES)('%s: with the pick, no script text travels; without it, only the scripts that hold the two objects', (file) => {
    const { doc, pick } = page(file);
    const picked = collectYoutubeWatchPage(doc, pick);
    expect(picked.scripts).toBeNull();
    const unpicked = collectYoutubeWatchPage(doc);
    expect(unpicked.pick).toBeNull();
    expect(unpicked.scripts!.length).toBeGreaterThan(0);
    expect(unpicked.scripts!.length).toBeLessThan(doc.scripts.length);
    expect(unpicked.scripts!.every((text) => text.includes('ytInitialData') || text.includes('var ytInitialPlayerResponse'))).toBe(true);
    // What travels with the pick is a tenth of what would without it, or less.
    expect(JSON.stringify(picked).length).toBeLessThan(JSON.stringify(unpicked).length / 10);
  });

  it("a pick that lacks one of the two objects: the page's scripts travel beside it, and the reading is the same", () => {
    const { expected, url, doc } = page(WATCH_PAGES[0]!);
    const html = loadFixtureText('youtube', WATCH_PAGES[0]!);
    const dataOnly = JSON.stringify(pickWatchData(assignedJson(html, 'ytInitialData'), undefined));
    const extract = collectYoutubeWatchPage(doc, dataOnly);
    expect(extract.scripts!.length).toBeGreaterThan(0);
    expect(readYoutubeWatchExtract(extract, url)).toEqual(youtubePostReader.readPostPage(doc, url, { now: new Date(expected.now) }));
  });

  it('a pick over its bound is not taken: the scripts travel instead', () => {
    const { doc } = page(WATCH_PAGES[0]!);
    const extract = collectYoutubeWatchPage(doc, 'x'.repeat(YT_PICK_CHARS + 1));
    expect(extract.pick).toBeNull();
    expect(extract.scripts!.length).toBeGreaterThan(0);
  });
});

describe('post/read-page: the background takes only a YouTube extract in shape', () => {
  const { expected, doc, pick } = page(WATCH_PAGES[0]!);
  const extract = collectYoutubeWatchPage(doc, pick);
  const edit = (change: (e: YoutubeWatchExtract) => void): string => {
    const copy = structuredClone(extract);
    change(copy);
    return JSON.stringify(copy);
  };

  it('the page reads', () => {
    expect(readPostPageExtract(expected.url, JSON.stringify(extract))).toMatchObject({ ok: true, reading: { postId: 'hwMkbaS_M_c' } });
  });

  it.each([
    ['not JSON', '{"lang":'],
    ['an extra key', edit((e) => Object.assign(e, { evil: 1 }))],
    ['a pick over its bound', edit((e) => (e.pick = 'x'.repeat(YT_PICK_CHARS + 1)))],
    ['more scripts than collecting keeps', edit((e) => (e.scripts = Array.from({ length: YT_SCRIPTS + 1 }, () => 'var ytInitialData = {};')))],
    ['scripts over the budget in all', edit((e) => (e.scripts = ['x'.repeat(YT_SCRIPT_CHARS), 'x']))],
    ['a language that is no string', edit((e) => Object.assign(e, { lang: 1 }))],
  ])('refuses %s', (_what, text) => {
    expect(readPostPageExtract(expected.url, text).ok).toBe(false);
  });

  it('refuses an address that is no YouTube watch page', () => {
    const text = JSON.stringify(extract);
    for (const pageUrl of ['not a url', 'https://www.youtube.com/@OneMedia.', 'http://www.youtube.com/watch?v=hwMkbaS_M_c', 'https://x.com/a/status/1']) {
      expect(readPostPageExtract(pageUrl, text).ok, pageUrl).toBe(false);
    }
  });

  it("reads another video's page as nothing (an in-app move leaves the first video's data)", () => {
    expect(readPostPageExtract('https://www.youtube.com/watch?v=dQw4w9WgXcQ', JSON.stringify(extract))).toEqual({ ok: true, reading: null });
  });

  it('a pick that is not JSON is no reading, and no error', () => {
    expect(readPostPageExtract(expected.url, edit((e) => (e.pick = '{"ytInitialData":')))).toEqual({ ok: true, reading: null });
  });
});

describe("YouTube's watch page collecting reaches no parser", () => {
  it('watch-collect.ts and everything it imports: no lib/parse, no reading code, no package, no JSON.parse', () => {
    expectCollectingParsesNothing('lib/platforms/youtube/post/watch-collect.ts', 'lib/platforms/youtube/page-collect.ts', /^lib\/parse\/|sources\/|watch-reading|watch-page|page-extract-|page-path\.ts|source-ladder|zod-mini/);
  });

  it("YouTube's content script reaches nothing in lib/parse: channels and watch pages are both read in the background", () => {
    expectContentScriptCollectsOnly('entrypoints/youtube.content.ts', 'lib/platforms/youtube/post/watch-collect.ts', 'lib/platforms/youtube/post/watch-reading.ts');
  });
});
