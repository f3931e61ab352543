/**
 * X's status page is collected on the page (lib/platforms/x/post/status-collect.ts) and read in the
 * background (status-reading.ts, `post/read-page`): the reading of every saved status page through
 * the two steps, with a trip through a message between them, is the post reader's (which
 * tests/lib/platforms/post-readers.test.ts compares with what the page says); the background takes
 * only the extract's shape within its bounds; and nothing on the page's side parses text.
 */
import { describe, expect, it } from 'vitest';
import { readPostPageExtract } from '../../../lib/background/post-page-reading';
import { xPostReader } from '../../../lib/platforms/x/post/reader';
import { X_STATUS_ARTICLES_MAX, collectXStatusPage, type XStatusExtract } from '../../../lib/platforms/x/post/status-collect';
import { XStatusExtractSchema } from '../../../lib/platforms/x/post/status-extract-schema';
import { readXStatusExtract } from '../../../lib/platforms/x/post/status-reading';
import { X_TEXT_CHARS } from '../../../lib/platforms/x/page-collect';
import { expectCollectingParsesNothing, expectContentScriptCollectsOnly } from '../../structure/collecting-reach';
import { fixtureFiles, loadExpectation, loadFixtureText, parseHtml } from './fixture-harness';

const STATUS_PAGES = fixtureFiles('x').filter((file) => file.includes('_status_'));
const overTheWire = (extract: XStatusExtract): unknown => JSON.parse(JSON.stringify(extract));

describe('X status pages: collected on the page, read in the background', () => {
  it('has saved status pages to check', () => {
    expect(STATUS_PAGES.length).toBeGreaterThanOrEqual(2);
  });

  it.each(STATUS_PAGES)('%s: the collected page, read in the background, is the post reader\'s reading', (file) => {
    const expected = loadExpectation('x', file);
    const url = new URL(expected.url);
    const doc = parseHtml(loadFixtureText('x', file), expected.url);
    const extract = collectXStatusPage(doc, url.pathname.split('/').pop()!);
    const wire = overTheWire(extract);
    expect(XStatusExtractSchema.safeParse(wire).success).toBe(true);
    const read = readXStatusExtract(XStatusExtractSchema.parse(wire), url);
    expect(read).toEqual(xPostReader.readPostPage(doc, url, { now: new Date(expected.now) }));
    expect(read.ok).toBe(true);
    // The background's handler: the same reading, as post/submit takes it.
    const answer = readPostPageExtract(expected.url, JSON.stringify(extract));
    expect(answer.ok && answer.reading?.postId).toBe(read.ok && read.postId);
    expect(answer.ok && answer.reading?.author?.handle).toBe(read.ok && read.author?.handle);
  });

  it('collecting stops at the status\'s own post: replies rendered under it are not collected', () => {
    const file = STATUS_PAGES[0]!;
    const expected = loadExpectation('x', file);
    const doc = parseHtml(loadFixtureText('x', file), expected.url);
    const id = new URL(expected.url).pathname.split('/').pop()!;
    const extract = collectXStatusPage(doc, id);
    expect(extract.articles.at(-1)!.article.href.endsWith(`/status/${id}`)).toBe(true);
    expect(extract.articles.length).toBeLessThanOrEqual(doc.querySelectorAll('article[data-testid="tweet"]').length);
  });

  it('collects at most X_STATUS_ARTICLES_MAX posts of a page that never shows the status', () => {
    const doc = parseHtml(`<html lang="en"><body>${'<article data-testid="tweet"><a href="/a/status/1"><time datetime="2025-01-01T00:00:00.000Z">x</time></a></article>'.repeat(60)}</body></html>`, 'https://x.com/a/status/2');
    const extract = collectXStatusPage(doc, '2');
    expect(extract.articles).toHaveLength(X_STATUS_ARTICLES_MAX);
    expect(readXStatusExtract(extract, new URL('https://x.com/a/status/2'))).toMatchObject({ ok: false, reason: 'unsupported-layout' });
  });
});

describe('post/read-page: the background takes only an extract in shape', () => {
  const file = STATUS_PAGES[0]!;
  const expected = loadExpectation('x', file);
  const doc = parseHtml(loadFixtureText('x', file), expected.url);
  const extract = collectXStatusPage(doc, new URL(expected.url).pathname.split('/').pop()!);
  const edit = (change: (e: XStatusExtract) => void): string => {
    const copy = structuredClone(extract) as unknown as XStatusExtract;
    change(copy);
    return JSON.stringify(copy);
  };

  it.each([
    ['not JSON', '{"lang":'],
    ['an extra key', edit((e) => Object.assign(e, { evil: 1 }))],
    ['an author text over its bound', edit((e) => (e.articles[0]!.author = { text: 'x'.repeat(X_TEXT_CHARS + 1), verified: false }))],
    ['verified as a string', edit((e) => Object.assign(e.articles[0]!.author!, { verified: 'true' }))],
    ['more posts than collecting keeps', edit((e) => (e.articles = Array.from({ length: X_STATUS_ARTICLES_MAX + 1 }, () => e.articles[0]!)))],
    ['an article that is a string', edit((e) => Object.assign(e.articles[0]!, { article: 'x' }))],
  ])('refuses %s', (_what, text) => {
    expect(readPostPageExtract(expected.url, text).ok).toBe(false);
  });

  it('refuses an address that is no X status page', () => {
    const text = JSON.stringify(extract);
    for (const pageUrl of ['not a url', 'https://x.com/bigtechalert', 'http://x.com/a/status/1', 'https://www.youtube.com/watch?v=hwMkbaS_M_c']) {
      expect(readPostPageExtract(pageUrl, text).ok, pageUrl).toBe(false);
    }
  });

  it('reads another status\'s page as nothing', () => {
    expect(readPostPageExtract(expected.url.replace(/status\/\d+/, 'status/1'), JSON.stringify(extract))).toEqual({ ok: true, reading: null });
  });
});

describe("the status page's collecting reaches no text parser", () => {
  it('status-collect.ts and everything it imports: no lib/parse, no reading code, no package, no JSON.parse', () => {
    expectCollectingParsesNothing('lib/platforms/x/post/status-collect.ts', 'lib/platforms/x/page-collect.ts', /^lib\/parse\/|sources\/|status-reading|page-extract-|page-path\.ts|source-ladder|zod-mini/);
  });

  it("X's content script reaches nothing in lib/parse: profiles and status pages are both read in the background", () => {
    expectContentScriptCollectsOnly('entrypoints/x.content.ts', 'lib/platforms/x/post/status-collect.ts', 'lib/platforms/x/post/status-reading.ts');
  });
});
