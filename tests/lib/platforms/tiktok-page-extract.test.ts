/**
 * A TikTok profile is read in the background from what the content script collected of the page:
 * the collecting must keep everything the reader reads (the same reading as from the document, for
 * every saved profile page), the extract must survive the trip as JSON, and the background must take
 * only an extract of the shape and sizes the collecting makes.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CAPS } from '../../../lib/contracts/caps';
import { PAGE_DATA_LIMITS, PageDataSchema } from '../../../lib/background/page-data-reading';
import { collectTiktokPage, TIKTOK_ALT_CHARS, TIKTOK_JSONLD_BLOCKS, TIKTOK_JSONLD_CHARS, TIKTOK_RAW_TEXT, TIKTOK_SCRIPT_CHARS, type TiktokPageExtract } from '../../../lib/platforms/tiktok/page-collect';
import { TiktokPageExtractSchema } from '../../../lib/platforms/tiktok/page-extract-schema';
import { readTiktokPageExtract, tiktokReader } from '../../../lib/platforms/tiktok/reader';
import { fixtureFiles, loadExpectation, loadFixtureText, parseHtml } from './fixture-harness';
import { reachableModules } from '../../structure/import-graph';

const ROOT = join(__dirname, '../../..');
const profiles = fixtureFiles('tiktok').filter((file) => file.endsWith('.html') && loadExpectation('tiktok', file).url.match(/tiktok\.com\/@[^/]+\/?$/));

describe('TikTok profiles read from what the page collected', () => {
  it('has saved profile pages to check against', () => {
    expect(profiles.length).toBeGreaterThanOrEqual(4);
  });

  for (const file of profiles) {
    it(`${file}: the same reading from the extract, after a trip as JSON, as from the page`, () => {
      const expected = loadExpectation('tiktok', file);
      const doc = parseHtml(loadFixtureText('tiktok', file), expected.url);
      const url = new URL(expected.url);
      const context = { now: new Date(expected.now) };
      const travelled: unknown = JSON.parse(JSON.stringify(collectTiktokPage(doc)));
      const parsed = TiktokPageExtractSchema.safeParse(travelled);
      expect(parsed.success).toBe(true);
      const fromExtract = readTiktokPageExtract(parsed.data!, url, context);
      expect(fromExtract).toEqual(tiktokReader.read(doc, url, context));
      expect(fromExtract.ok).toBe(expected.expect.ok);
    });
  }
});

describe('what the collecting keeps of a forged page', () => {
  const URL_ = 'https://www.tiktok.com/@someone';
  const huge = 'x'.repeat(TIKTOK_SCRIPT_CHARS + 10);
  const items = Array.from({ length: CAPS.posts + 50 }, (_, i) => `<div data-e2e="user-post-item"><a href="/@someone/video/${7_300_000_000_000_000_000 + i * 1_000}"><img alt="${'y'.repeat(TIKTOK_ALT_CHARS + 100)}"></a><strong data-e2e="video-views">1.2K</strong></div>`).join('');
  const html = `<html lang="en"><body><div data-e2e="user-page"><h1 data-e2e="user-title">someone</h1><h2 data-e2e="user-subtitle">${'n'.repeat(50_000)}</h2><p data-e2e="user-bio">${'"'.repeat(TIKTOK_RAW_TEXT + 5)}</p>${items}</div><script id="__UNIVERSAL_DATA_FOR_REHYDRATION__" type="application/json">${huge}</script><script id="SIGI_STATE" type="application/json">${huge}</script>${`<script type="application/ld+json">${'{}'.padEnd(TIKTOK_JSONLD_CHARS + 50)}</script>`.repeat(40)}</body></html>`;
  const extract = collectTiktokPage(parseHtml(html, URL_));

  it('keeps every text, script and list within the bounds the background takes', () => {
    expect(extract.dom.items).toHaveLength(CAPS.posts);
    expect(extract.dom.items[0]!.alt).toHaveLength(TIKTOK_ALT_CHARS);
    expect(extract.dom.subtitle).toHaveLength(TIKTOK_RAW_TEXT);
    // One budget for all the embedded scripts: the first takes it all, the second gets none of it.
    expect(extract.scripts.map((s) => s?.length ?? null)).toEqual([TIKTOK_SCRIPT_CHARS, 0, null]);
    expect(extract.jsonLd).toHaveLength(TIKTOK_JSONLD_BLOCKS);
    expect(TiktokPageExtractSchema.safeParse(extract).success).toBe(true);
  });

  it('makes the largest extract a page can make page data the background takes', () => {
    const text = JSON.stringify(extract);
    expect(text.length).toBeLessThan(PAGE_DATA_LIMITS.chars);
    expect(PageDataSchema.safeParse(JSON.parse(text)).success).toBe(true);
  });

  it('reads a cut script as no data, and the rest of the page as the reader does', () => {
    const result = readTiktokPageExtract(extract, new URL(URL_), { now: new Date('2026-05-01T00:00:00Z') });
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.sources).toEqual(['dom:data-e2e']);
  });
});

describe('the extract the background takes', () => {
  const valid: TiktokPageExtract = {
    lang: 'en',
    scripts: [null, null, null],
    userDetail: null,
    jsonLd: [],
    dom: { title: '', subtitle: '', followers: '', following: '', totalLikes: '', bio: '', bioLink: null, items: [], sortIndex: -1, shell: true },
  };
  const bad: Array<[string, unknown]> = [
    ['not an object', 'page'],
    ['a script too long', { ...valid, scripts: ['x'.repeat(TIKTOK_SCRIPT_CHARS + 1), null, null] }],
    ['too many scripts', { ...valid, scripts: [null, null, null, null] }],
    ['a number for a text', { ...valid, dom: { ...valid.dom, followers: 12_000 } }],
    ['a text too long', { ...valid, dom: { ...valid.dom, bio: 'b'.repeat(TIKTOK_RAW_TEXT + 1) } }],
    ['too many grid items', { ...valid, dom: { ...valid.dom, items: Array.from({ length: CAPS.posts + 1 }, () => ({ href: '', views: '', alt: '', badge: '' })) } }],
    ['a key it does not know', { ...valid, dom: { ...valid.dom, verified: true } }],
    ['a fractional sort index', { ...valid, dom: { ...valid.dom, sortIndex: 0.5 } }],
    ['a missing part', { lang: 'en', scripts: [null, null, null], jsonLd: [] }],
  ];

  it('takes one of the shape the collecting makes', () => {
    expect(TiktokPageExtractSchema.safeParse(valid).success).toBe(true);
  });

  for (const [what, value] of bad) {
    it(`refuses ${what}`, () => {
      expect(TiktokPageExtractSchema.safeParse(value).success).toBe(false);
    });
  }
});

describe('the code that runs on the page', () => {
  it('collects without the reader: no JSON, count, date or text parsing is imported by the collecting, only the JSON slicing', () => {
    const modules = reachableModules('lib/platforms/tiktok/page-collect.ts');
    expect(modules).toContain('lib/platforms/tiktok/paths.ts');
    expect(modules.filter((m) => m.startsWith('lib/parse/'))).toEqual(['lib/parse/json-slice.ts']);
    expect(readFileSync(join(ROOT, 'lib/parse/json-slice.ts'), 'utf8')).not.toContain('JSON.parse');
    expect(modules).not.toContain('lib/platforms/tiktok/reader.ts');
  });

  it("TikTok's content script reaches the collecting, not the profile reader", () => {
    const modules = reachableModules('entrypoints/tiktok.content.ts');
    expect(modules).toContain('lib/platforms/tiktok/page-collect.ts');
    for (const reader of ['lib/platforms/tiktok/reader.ts', 'lib/platforms/tiktok/sources/embedded.ts', 'lib/platforms/tiktok/sources/json-ld.ts', 'lib/platforms/tiktok/sources/dom.ts']) expect(modules).not.toContain(reader);
  });
});
