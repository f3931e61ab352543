/**
 * TikTok's video page is collected on the page (lib/platforms/tiktok/post/video-collect.ts) and read
 * in the background (video-reading.ts, `post/read-page`): the reading of every saved video page
 * through the two steps, with a trip through a message between them, is the post reader's (which
 * tests/lib/platforms/post-readers.test.ts compares with what the page says); the background takes
 * only the extract's shape within its bounds; and nothing on the page's side parses JSON or text.
 */
import { describe, expect, it } from 'vitest';
import { readPostPageExtract } from '../../../lib/background/post-page-reading';
import { TIKTOK_ITEM_CHARS, TIKTOK_SCRIPT_CHARS } from '../../../lib/platforms/tiktok/page-collect';
import { tiktokPostReader } from '../../../lib/platforms/tiktok/post/reader';
import { TIKTOK_VIDEO_DETAIL_CHARS, collectTiktokVideoPage, type TiktokVideoExtract } from '../../../lib/platforms/tiktok/post/video-collect';
import { TiktokVideoExtractSchema } from '../../../lib/platforms/tiktok/post/video-extract-schema';
import { readTiktokVideoExtract } from '../../../lib/platforms/tiktok/post/video-reading';
import { expectCollectingParsesNothing, expectContentScriptCollectsOnly } from '../../structure/collecting-reach';
import { fixtureFiles, loadExpectation, loadFixtureText, parseHtml } from './fixture-harness';

const VIDEO_PAGES = fixtureFiles('tiktok').filter((file) => file.endsWith('.html') && loadExpectation('tiktok', file).postReader !== undefined);
const overTheWire = (extract: TiktokVideoExtract): unknown => JSON.parse(JSON.stringify(extract));
const idOf = (url: string) => /\/(?:video|photo)\/(\d+)/.exec(url)![1]!;

describe('TikTok video pages: collected on the page, read in the background', () => {
  it('has saved video pages to check', () => {
    expect(VIDEO_PAGES.length).toBeGreaterThanOrEqual(3);
  });

  it.each(VIDEO_PAGES)("%s: the collected page, read in the background, is the post reader's reading", (file) => {
    const expected = loadExpectation('tiktok', file);
    const url = new URL(expected.url);
    const now = new Date(expected.now);
    const doc = parseHtml(loadFixtureText('tiktok', file), expected.url);
    const extract = collectTiktokVideoPage(doc, idOf(expected.url));
    const wire = overTheWire(extract);
    expect(TiktokVideoExtractSchema.safeParse(wire).success).toBe(true);
    const read = readTiktokVideoExtract(TiktokVideoExtractSchema.parse(wire), url, now);
    expect(read).toEqual(tiktokPostReader.readPostPage(doc, url, { now }));
    expect(read.ok).toBe(true);
    // The background's handler: the same reading, as post/submit takes it.
    const answer = readPostPageExtract(expected.url, JSON.stringify(extract), now);
    expect(answer.ok && answer.reading?.postId).toBe(read.ok && read.postId);
    expect(answer.ok && answer.reading?.author?.handle).toBe(read.ok && read.author?.handle);
    expect(answer.ok && answer.reading?.post).toEqual(read.ok && read.post);
  });

  it("carries the rehydration data's video-detail member alone, not the ~250 KB around it", () => {
    for (const file of VIDEO_PAGES) {
      const expected = loadExpectation('tiktok', file);
      const doc = parseHtml(loadFixtureText('tiktok', file), expected.url);
      const whole = doc.querySelector('script#__UNIVERSAL_DATA_FOR_REHYDRATION__')?.textContent ?? '';
      const extract = collectTiktokVideoPage(doc, idOf(expected.url));
      expect(extract.data, file).toBeNull();
      expect(extract.videoDetail!.length, file).toBeLessThan(whole.length / 5);
    }
  });

  it('a video the app moved to in place: read from its feed article, as shown', () => {
    const file = '2025-12_video_rendered-dom_universal-data_en-ES_illojuan.html';
    const expected = loadExpectation('tiktok', file);
    const next = 'https://www.tiktok.com/@lacasa2edicion/video/7586458564600827138';
    const doc = parseHtml(loadFixtureText('tiktok', file), expected.url);
    const extract = collectTiktokVideoPage(doc, '7586458564600827138');
    // Its article: like-count "35.3K", comment-count "223", share-count "24.8K", undefined-count "1852".
    expect(extract.feed).toMatchObject({ author: '/@lacasa2edicion', likes: '35.3K', comments: '223', sponsoredTag: false });
    const answer = readPostPageExtract(next, JSON.stringify(extract), new Date(expected.now));
    expect(answer).toMatchObject({ ok: true, reading: { postId: '7586458564600827138', author: { handle: 'lacasa2edicion' }, post: { likes: 35_300, comments: 223, shares: 24_800, saves: 1852, views: null } } });
  });
});

describe('post/read-page: the background takes only a TikTok extract in shape', () => {
  const file = VIDEO_PAGES.find((f) => f.startsWith('2025-12'))!;
  const expected = loadExpectation('tiktok', file);
  const doc = parseHtml(loadFixtureText('tiktok', file), expected.url);
  const extract = collectTiktokVideoPage(doc, idOf(expected.url));
  const edit = (change: (e: TiktokVideoExtract) => void): string => {
    const copy = structuredClone(extract);
    change(copy);
    return JSON.stringify(copy);
  };

  it('the page has a feed article to forge', () => {
    expect(extract.feed).not.toBeNull();
    expect(readPostPageExtract(expected.url, JSON.stringify(extract)).ok).toBe(true);
  });

  it.each([
    ['not JSON', '{"lang":'],
    ['an extra key', edit((e) => Object.assign(e, { evil: 1 }))],
    ['an extra key in the article', edit((e) => Object.assign(e.feed!, { evil: 1 }))],
    ['a count text over its bound', edit((e) => (e.feed!.likes = '1'.repeat(TIKTOK_ITEM_CHARS + 1)))],
    ['a video-detail member over its bound', edit((e) => (e.videoDetail = 'x'.repeat(TIKTOK_VIDEO_DETAIL_CHARS + 1)))],
    ['the whole data over its bound', edit((e) => (e.data = 'x'.repeat(TIKTOK_SCRIPT_CHARS + 1)))],
    ['a video id that is no id', edit((e) => (e.feed!.video = '12a'))],
    ['the chip as a string', edit((e) => Object.assign(e.feed!, { sponsoredTag: 'true' }))],
    ['a missing member', edit((e) => delete (e as Partial<TiktokVideoExtract>).feed)],
  ])('refuses %s', (_what, text) => {
    expect(readPostPageExtract(expected.url, text).ok).toBe(false);
  });

  it('refuses an address that is no TikTok video page', () => {
    const text = JSON.stringify(extract);
    for (const pageUrl of ['not a url', 'https://www.tiktok.com/@illojuan', 'http://www.tiktok.com/@illojuan/video/7571863205253778710', 'https://www.instagram.com/p/CPe0f7Uj8cB/']) {
      expect(readPostPageExtract(pageUrl, text).ok, pageUrl).toBe(false);
    }
  });

  it("reads another video's page as nothing", () => {
    expect(readPostPageExtract(expected.url.replace(/video\/\d+/, 'video/1'), JSON.stringify(extract))).toEqual({ ok: true, reading: null });
  });

  it("an article of another video than the address's is no reading of it", () => {
    const other = edit((e) => {
      e.videoDetail = null;
      e.feed!.video = '1';
    });
    expect(readPostPageExtract(expected.url, other)).toEqual({ ok: true, reading: null });
  });

  it('a forged feed article naming another creator than the address is no reading', () => {
    const forged = edit((e) => {
      e.videoDetail = null;
      e.feed!.author = '/@someoneelse';
    });
    expect(readPostPageExtract(expected.url, forged)).toEqual({ ok: true, reading: null });
  });
});

describe("TikTok's video page collecting reaches no JSON or text parser", () => {
  it('video-collect.ts and everything it imports: only json-slice of lib/parse, no reading code, no package, no JSON.parse', () => {
    expectCollectingParsesNothing('lib/platforms/tiktok/post/video-collect.ts', 'lib/parse/json-slice.ts', /^lib\/parse\/(?!json-slice\.ts$)|sources\/|video-reading|video-page|feed-dom|page-extract-|page-path\.ts|source-ladder|zod-mini/);
  });

  it("TikTok's content script reaches no parser of lib/parse but the JSON slicer: profiles and video pages are both read in the background", () => {
    expectContentScriptCollectsOnly('entrypoints/tiktok.content.ts', 'lib/platforms/tiktok/post/video-collect.ts', 'lib/platforms/tiktok/post/video-reading.ts', ['lib/parse/json-slice.ts']);
  });
});
