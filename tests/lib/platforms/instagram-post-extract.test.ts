/**
 * Instagram's post page is collected on the page (lib/platforms/instagram/post/post-collect.ts) and
 * read in the background (post-reading.ts, `post/read-page`): the reading of every saved post page
 * through the two steps, with a trip through a message between them, is the post reader's (which
 * tests/lib/platforms/post-readers.test.ts compares with what the page says); the background takes
 * only the extract's shape within its bounds; and nothing on the page's side parses JSON or text.
 */
import { describe, expect, it } from 'vitest';
import { readPostPageExtract } from '../../../lib/background/post-page-reading';
import { EXTRACT_CAPS } from '../../../lib/platforms/instagram/page-collect';
import { collectInstagramPostPage, type InstagramPostExtract } from '../../../lib/platforms/instagram/post/post-collect';
import { InstagramPostExtractSchema } from '../../../lib/platforms/instagram/post/post-extract-schema';
import { readInstagramPostExtract } from '../../../lib/platforms/instagram/post/post-reading';
import { instagramPostReader } from '../../../lib/platforms/instagram/post/reader';
import { expectCollectingParsesNothing, expectContentScriptCollectsOnly } from '../../structure/collecting-reach';
import { fixtureFiles, loadExpectation, loadFixtureText, parseHtml } from './fixture-harness';

const POST_PAGES = fixtureFiles('instagram').filter((file) => file.endsWith('.html') && loadExpectation('instagram', file).postReader !== undefined);
const overTheWire = (extract: InstagramPostExtract): unknown => JSON.parse(JSON.stringify(extract));

describe('Instagram post pages: collected on the page, read in the background', () => {
  it('has saved post pages of both generations to check', () => {
    expect(POST_PAGES.some((f) => f.includes('sharedData'))).toBe(true);
    expect(POST_PAGES.some((f) => f.includes('og-likes-comments'))).toBe(true);
  });

  it.each(POST_PAGES)("%s: the collected page, read in the background, is the post reader's reading", (file) => {
    const expected = loadExpectation('instagram', file);
    const url = new URL(expected.url);
    const doc = parseHtml(loadFixtureText('instagram', file), expected.url);
    const extract = collectInstagramPostPage(doc);
    const wire = overTheWire(extract);
    expect(InstagramPostExtractSchema.safeParse(wire).success).toBe(true);
    const read = readInstagramPostExtract(InstagramPostExtractSchema.parse(wire), url);
    expect(read).toEqual(instagramPostReader.readPostPage(doc, url, { now: new Date(expected.now) }));
    expect(read.ok).toBe(true);
    // The background's handler: the same reading, as post/submit takes it.
    const answer = readPostPageExtract(expected.url, JSON.stringify(extract));
    expect(answer.ok && answer.reading?.postId).toBe(read.ok && read.postId);
    expect(answer.ok && answer.reading?.author?.handle).toBe(read.ok && read.author?.handle);
    expect(answer.ok && answer.reading?.post).toEqual(read.ok && read.post);
  });

  it('carries only the scripts that assign _sharedData, not every script of the page', () => {
    for (const file of POST_PAGES) {
      const expected = loadExpectation('instagram', file);
      const doc = parseHtml(loadFixtureText('instagram', file), expected.url);
      const extract = collectInstagramPostPage(doc);
      expect(extract.sharedData.every((text) => text.includes('window._sharedData')), file).toBe(true);
      expect(extract.sharedData.length > 0, file).toBe(file.includes('sharedData'));
      expect(extract.sharedData.length, file).toBeLessThan(doc.scripts.length);
    }
  });
});

describe('post/read-page: the background takes only an Instagram extract in shape', () => {
  const file = POST_PAGES.find((f) => f.includes('og-likes-comments_photo'))!;
  const expected = loadExpectation('instagram', file);
  const doc = parseHtml(loadFixtureText('instagram', file), expected.url);
  const extract = collectInstagramPostPage(doc);
  const edit = (change: (e: InstagramPostExtract) => void): string => {
    const copy = structuredClone(extract);
    change(copy);
    return JSON.stringify(copy);
  };

  it('the page reads', () => {
    expect(readPostPageExtract(expected.url, JSON.stringify(extract))).toMatchObject({ ok: true, reading: { postId: 'CPeC-Eenc8l', author: { handle: 'willyrex' } } });
  });

  it.each([
    ['not JSON', '{"lang":'],
    ['an extra key', edit((e) => Object.assign(e, { evil: 1 }))],
    ['an extra meta tag', edit((e) => Object.assign(e.meta, { evil: '1' }))],
    ['a meta tag over its bound', edit((e) => (e.meta.ogDescription = 'x'.repeat(EXTRACT_CAPS.metaChars + 1)))],
    ['more scripts than collecting keeps', edit((e) => (e.sharedData = Array.from({ length: EXTRACT_CAPS.sharedDataScripts + 1 }, () => 'window._sharedData = {};')))],
    ['scripts over the budget in all', edit((e) => (e.sharedData = ['x'.repeat(EXTRACT_CAPS.scriptChars), 'x']))],
    ['a script that is no string', edit((e) => Object.assign(e, { sharedData: [1] }))],
  ])('refuses %s', (_what, text) => {
    expect(readPostPageExtract(expected.url, text).ok).toBe(false);
  });

  it('refuses an address that is no Instagram post page', () => {
    const text = JSON.stringify(extract);
    for (const pageUrl of ['not a url', 'https://www.instagram.com/willyrex/', 'http://www.instagram.com/p/CPeC-Eenc8l/', 'https://www.tiktok.com/@a/video/1']) {
      expect(readPostPageExtract(pageUrl, text).ok, pageUrl).toBe(false);
    }
  });

  it("reads another post's page as nothing: its meta names this post", () => {
    expect(readPostPageExtract('https://www.instagram.com/p/OTHERPOST01/', JSON.stringify(extract))).toEqual({ ok: true, reading: null });
  });
});

describe("Instagram's post page collecting reaches no JSON or text parser", () => {
  it('post-collect.ts and everything it imports: no lib/parse, no reading code, no package, no JSON.parse', () => {
    expectCollectingParsesNothing('lib/platforms/instagram/post/post-collect.ts', 'lib/platforms/instagram/page-collect.ts', /^lib\/parse\/|sources\/|post-reading|media|page-extract-|page-path\.ts|source-ladder|zod-mini/);
  });

  it("Instagram's content script reaches nothing in lib/parse: profiles and post pages are both read in the background", () => {
    expectContentScriptCollectsOnly('entrypoints/instagram.content.ts', 'lib/platforms/instagram/post/post-collect.ts', 'lib/platforms/instagram/post/post-reading.ts');
  });
});
