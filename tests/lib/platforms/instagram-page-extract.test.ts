/**
 * The Instagram profile reader in two steps: collecting the page (page-collect.ts, on the page's
 * thread) and reading what was collected (page-extract-reading.ts, in the background). The
 * background gets the extract from a page that can forge it: the schema (page-extract-schema.ts)
 * bounds it, and the reading gives what the reader gives on the page itself.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PageDataSchema } from '../../../lib/background/page-data-reading';
import { CAPS } from '../../../lib/contracts/caps';
import { CreatorSchema, PostSchema } from '../../../lib/contracts/creator';
import { collectInstagramPage, EXTRACT_CAPS, type GridTileExtract, type InstagramPageExtract } from '../../../lib/platforms/instagram/page-collect';
import { readInstagramPageExtract } from '../../../lib/platforms/instagram/page-extract-reading';
import { InstagramPageExtractSchema } from '../../../lib/platforms/instagram/page-extract-schema';
import { instagramReader } from '../../../lib/platforms/instagram/reader';
import type { ReadResult } from '../../../lib/platforms/types';
import { reachableModules } from '../../structure/import-graph';
import { fixtureFiles, loadExpectation, loadFixtureText, parseHtml } from './fixture-harness';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const NOW = { now: new Date('2026-07-01T00:00:00Z') };
const GDG = '2025-02_profile_rendered-dom_logged-in_en_gdg_rbu_sanitized.html';
const GDG_URL = new URL('https://www.instagram.com/gdg_rbu/');
const PLUTO_2021 = '2021-06_profile_html_sharedData_logged-in_pluto__travel.html';

/** What the background gets: the extract after a trip through a message (plain JSON). */
const overTheWire = (extract: InstagramPageExtract): InstagramPageExtract => JSON.parse(JSON.stringify(extract)) as InstagramPageExtract;

/** Collected, sent, validated and read, as the content script and the background will. */
function readInTwoSteps(doc: Document, url: URL): ReadResult {
  const extract = collectInstagramPage(doc, url);
  return readInstagramPageExtract(InstagramPageExtractSchema.parse(overTheWire(extract)), url, NOW);
}

/** Each saved profile page at its own address, at its tabs, and at the address of other profiles (as after in-app navigation). */
const PAGES = fixtureFiles('instagram')
  .filter((file) => file.endsWith('.html') && file.includes('_profile_'))
  .flatMap((file) => {
    const { url, now } = loadExpectation('instagram', file);
    const handle = new URL(url).pathname.split('/')[1];
    const addresses = [url, `https://www.instagram.com/${handle}/reels/`, `https://www.instagram.com/${handle}/tagged/`, 'https://www.instagram.com/someone_else/', 'https://www.instagram.com/explore/'];
    return addresses.map((address) => [file, address, now] as const);
  });

function okResult(result: ReadResult) {
  if (!result.ok) throw new Error(`expected ok, got ${result.reason} (tried ${result.tried.join(', ')})`);
  return result;
}

describe('collect, then read: the same reading as the reader on the page', () => {
  it.each(PAGES)('%s at %s', (file, address, now) => {
    const doc = parseHtml(loadFixtureText('instagram', file), address);
    const url = new URL(address);
    const context = { now: new Date(now) };
    const extract = collectInstagramPage(doc, url);
    expect(InstagramPageExtractSchema.parse(extract)).toEqual(extract);
    expect(readInstagramPageExtract(overTheWire(extract), url, context)).toEqual(instagramReader.read(doc, url, context));
  });

  it('collects the rendered header and grid as raw strings, the exact count in its title', () => {
    const extract = collectInstagramPage(parseHtml(loadFixtureText('instagram', GDG), GDG_URL.href), GDG_URL);
    expect(extract.handle).toBe('gdg_rbu');
    expect(extract.lang).toBe('en');
    expect(extract.header?.counts.followers).toEqual({ viaLink: true, title: '3,351', text: '3,351' });
    expect(extract.header?.counts.postsCount).toMatchObject({ viaLink: false });
    expect(extract.header?.buttonTexts).toContain('linktr.ee/gdg_rbu + 2');
    expect(extract.grid).toHaveLength(12);
    expect(extract.grid[0]).toMatchObject({ code: 'DFe0nxuhPox', route: 'reel' });
    expect(extract.meta.ogDescription).toMatch(/^3,353 Followers/);
    // The page's data-sjs scripts hold neither the user nor the timeline: none is collected.
    expect(extract.sjs).toEqual([]);
  });

  it("collects the 2021 page's embedded JSON as text, not parsed", () => {
    const url = new URL('https://www.instagram.com/pluto__travel/');
    const extract = collectInstagramPage(parseHtml(loadFixtureText('instagram', PLUTO_2021), url.href), url);
    expect(extract.sharedData[0]).toMatch(/^\s*window\._sharedData = \{/);
    expect(extract.jsonLd).toHaveLength(1);
    expect(extract.jsonLd[0]).toContain('"alternateName": "@pluto__travel"');
  });

  it('collects nothing at an address that is no profile', () => {
    const doc = parseHtml(loadFixtureText('instagram', GDG), GDG_URL.href);
    const url = new URL('https://www.instagram.com/p/DFe0nxuhPox/');
    const extract = collectInstagramPage(doc, url);
    expect(extract).toMatchObject({ handle: null, sharedData: [], sjs: [], jsonLd: [], header: null, grid: [] });
    expect(readInstagramPageExtract(extract, url, NOW)).toEqual({ ok: false, reason: 'not-profile', tried: ['url'] });
  });

  it('does not read a header or grid collected at another profile\'s address', () => {
    const doc = parseHtml(loadFixtureText('instagram', GDG), GDG_URL.href);
    const extract = collectInstagramPage(doc, GDG_URL);
    expect(extract.header).not.toBeNull();
    // The same page's meta are the only thing left that names gdg_rbu, and they name it: read alone.
    const elsewhere = readInstagramPageExtract({ ...extract, handle: 'someone_else' }, GDG_URL, NOW);
    expect(okResult(elsewhere).sources).toEqual(['meta:og:description']);
    expect(okResult(elsewhere).posts).toEqual([]);
  });
});

describe('InstagramPageExtractSchema: the extract as the background takes it', () => {
  const saved = collectInstagramPage(parseHtml(loadFixtureText('instagram', GDG), GDG_URL.href), GDG_URL);
  const edit = (change: (extract: Record<string, unknown>) => void): unknown => {
    const copy = overTheWire(saved) as unknown as Record<string, unknown>;
    change(copy);
    return copy;
  };
  const headerOf = (extract: Record<string, unknown>) => extract.header as Record<string, unknown>;
  const tileOf = (extract: Record<string, unknown>) => (extract.grid as Array<Record<string, unknown>>)[0]!;
  const tile: GridTileExtract = saved.grid[0]!;

  const refused: Array<[string, unknown]> = [
    ['not an object', 'extract'],
    ['null', null],
    ['an array', [saved]],
    ['a missing field', edit((e) => delete e.grid)],
    ['lang not a string', edit((e) => (e.lang = 7))],
    ['a parsed object for a script text', edit((e) => (e.sharedData = [{ entry_data: {} }]))],
    ['a header that is a string', edit((e) => (e.header = '<header>'))],
    ['a count as a number', edit((e) => ((headerOf(e).counts as Record<string, unknown>).followers = 3351))],
    ['a missing count', edit((e) => delete (headerOf(e).counts as Record<string, unknown>).following)],
    ['verified as a string', edit((e) => (headerOf(e).verified = 'true'))],
    ['a tile of another kind of route', edit((e) => (tileOf(e).route = 'stories'))],
    ['an overlay of three texts', edit((e) => (tileOf(e).overlay = ['1', '2', '3']))],
    ['privateNotice missing', edit((e) => delete e.privateNotice)],
    // Oversized
    ['a long lang', edit((e) => (e.lang = 'e'.repeat(EXTRACT_CAPS.lang + 1)))],
    ['a script over its bound', edit((e) => (e.sjs = ['x'.repeat(EXTRACT_CAPS.scriptChars + 1)]))],
    ['too many scripts', edit((e) => (e.sharedData = Array(EXTRACT_CAPS.sharedDataScripts + 1).fill('{}')))],
    ['scripts over their bound together', edit((e) => (e.sjs = ['x'.repeat(EXTRACT_CAPS.scriptChars / 2 + 1), 'y'.repeat(EXTRACT_CAPS.scriptChars / 2)]))],
    ['a huge JSON-LD text', edit((e) => (e.jsonLd = ['j'.repeat(EXTRACT_CAPS.jsonLdChars + 1)]))],
    ['too many JSON-LD texts', edit((e) => (e.jsonLd = Array(EXTRACT_CAPS.jsonLdScripts + 1).fill('{}')))],
    ['a huge meta tag', edit((e) => ((e.meta as Record<string, unknown>).description = 'd'.repeat(EXTRACT_CAPS.metaChars + 1)))],
    ['a huge name', edit((e) => (headerOf(e).name = 'n'.repeat(EXTRACT_CAPS.name + 1)))],
    ['a huge bio', edit((e) => (headerOf(e).bio = 'b'.repeat(EXTRACT_CAPS.bio + 1)))],
    ['a huge category', edit((e) => (headerOf(e).category = 'c'.repeat(EXTRACT_CAPS.category + 1)))],
    ['a huge count text', edit((e) => (((headerOf(e).counts as Record<string, Record<string, unknown>>).followers!).text = '1'.repeat(EXTRACT_CAPS.countText + 1)))],
    ['too many links', edit((e) => (headerOf(e).shimLinks = Array(EXTRACT_CAPS.links + 1).fill('https://l.instagram.com/?u=a.com')))],
    ['a huge link', edit((e) => (headerOf(e).buttonTexts = [`a.com/${'x'.repeat(EXTRACT_CAPS.link)}`]))],
    ['too many tiles', edit((e) => (e.grid = Array(EXTRACT_CAPS.tiles + 1).fill(tile)))],
    ['a huge alt text', edit((e) => (tileOf(e).alt = 'a'.repeat(EXTRACT_CAPS.alt + 1)))],
    ['a huge overlay text', edit((e) => (tileOf(e).overlay = ['1'.repeat(EXTRACT_CAPS.countText + 1), '2']))],
    // Hostile values and keys the extract does not have
    ['a post code that is a path', edit((e) => (tileOf(e).code = '../../accounts/logout'))],
    ['a post code with a quote', edit((e) => (tileOf(e).code = 'ABCDE"><img'))],
    ['a handle that is a selector', edit((e) => (e.handle = 'gdg_rbu"], a[href'))],
    ['an extra top-level key', edit((e) => (e.creator = { followers: 1e9 }))],
    ['an extra header key', edit((e) => (headerOf(e).followersCount = 1e9))],
    ['an extra tile key', edit((e) => (tileOf(e).likes = 1e9))],
    ['an extra meta key', edit((e) => ((e.meta as Record<string, unknown>).ogImage = 'https://evil.example/'))],
    ['a __proto__ key', JSON.parse(JSON.stringify(saved).replace('{', '{"__proto__":{"polluted":true},'))],
  ];

  it.each(refused)('refuses %s', (_what, value) => {
    expect(InstagramPageExtractSchema.safeParse(value).success).toBe(false);
  });

  it('takes the largest extract collecting makes', () => {
    const longest = (max: number) => 'x'.repeat(max);
    const count = { viaLink: true, title: longest(EXTRACT_CAPS.countText), text: longest(EXTRACT_CAPS.countText) };
    const largest: InstagramPageExtract = {
      handle: 'a'.repeat(CAPS.handle),
      lang: longest(EXTRACT_CAPS.lang),
      // The scripts share one bound, which these fill.
      sharedData: [longest(EXTRACT_CAPS.jsonLdChars)],
      sjs: [longest(EXTRACT_CAPS.scriptChars - (EXTRACT_CAPS.jsonLdScripts + 1) * EXTRACT_CAPS.jsonLdChars)],
      jsonLd: Array(EXTRACT_CAPS.jsonLdScripts).fill(longest(EXTRACT_CAPS.jsonLdChars)),
      meta: { ogUrl: longest(EXTRACT_CAPS.metaChars), ogDescription: longest(EXTRACT_CAPS.metaChars), description: longest(EXTRACT_CAPS.metaChars), ogTitle: longest(EXTRACT_CAPS.metaChars) },
      header: {
        counts: { postsCount: count, followers: count, following: count },
        name: longest(EXTRACT_CAPS.name),
        bio: longest(EXTRACT_CAPS.bio),
        category: longest(EXTRACT_CAPS.category),
        verified: true,
        shimLinks: Array(EXTRACT_CAPS.links).fill(longest(EXTRACT_CAPS.link)),
        buttonTexts: Array(EXTRACT_CAPS.links).fill(longest(EXTRACT_CAPS.link)),
      },
      grid: Array(EXTRACT_CAPS.tiles).fill({ ...tile, alt: longest(EXTRACT_CAPS.alt), overlay: [longest(EXTRACT_CAPS.countText), longest(EXTRACT_CAPS.countText)] }),
      privateNotice: true,
    };
    expect(InstagramPageExtractSchema.safeParse(largest).success).toBe(true);
    // And the background takes it as page data: every string and key counted, as it counts them.
    const chars = JSON.stringify(largest).length;
    expect(PageDataSchema.safeParse(largest).success, `${chars} characters`).toBe(true);
  });

  it('reads any extract the schema takes without failing, into a creator and posts within the contracts (property)', () => {
    const str = (max: number) =>
      fc
        .oneof(
          fc.string({ maxLength: 40 }),
          fc.constantFrom('', '3,351', '1.1M', '20.9K', '1e400', '-5', 'NaN', 'linktr.ee/gdg_rbu + 2', 'https://l.instagram.com/?u=https%3A%2F%2Fa.com', 'Photo by X on January 18, 2025.', '#ad @brand', 'a@b.co', '\u202e', '2,362 Followers, 136 Following, 224 Posts - See Instagram photos and videos from Pluto (@gdg_rbu)', 'https://www.instagram.com/gdg_rbu/', 'Pluto (@gdg_rbu) • Instagram photos and videos'),
        )
        .map((s) => s.slice(0, max));
    const count = fc.option(fc.record({ viaLink: fc.boolean(), title: fc.option(str(EXTRACT_CAPS.countText)), text: str(EXTRACT_CAPS.countText) }));
    const aTile: fc.Arbitrary<GridTileExtract> = fc.record({
      code: fc.stringMatching(/^[A-Za-z0-9_-]{5,12}$/),
      route: fc.constantFrom('p' as const, 'reel' as const, 'tv' as const),
      alt: str(EXTRACT_CAPS.alt),
      clip: fc.boolean(),
      carousel: fc.boolean(),
      pinned: fc.boolean(),
      overlay: fc.option(fc.tuple(str(EXTRACT_CAPS.countText), str(EXTRACT_CAPS.countText))),
    });
    const user = fc.record({ username: fc.constantFrom('gdg_rbu', 'other'), edge_followed_by: fc.record({ count: fc.oneof(fc.integer(), fc.double(), fc.string()) }), biography: fc.string() });
    const sharedData = user.map((u) => `window._sharedData = ${JSON.stringify({ entry_data: { ProfilePage: [{ graphql: { user: u } }] } })};`);
    const sjs = user.map((u) => JSON.stringify({ require: [{ xig_user_by_username: u }] }));
    const extract: fc.Arbitrary<InstagramPageExtract> = fc.record({
      handle: fc.constantFrom('gdg_rbu', 'other', null),
      lang: str(EXTRACT_CAPS.lang),
      sharedData: fc.array(fc.oneof(sharedData, fc.json()), { maxLength: 2 }),
      sjs: fc.array(fc.oneof(sjs, fc.json()), { maxLength: 2 }),
      jsonLd: fc.array(fc.json(), { maxLength: 2 }),
      meta: fc.record({ ogUrl: str(EXTRACT_CAPS.metaChars), ogDescription: str(EXTRACT_CAPS.metaChars), description: str(EXTRACT_CAPS.metaChars), ogTitle: str(EXTRACT_CAPS.metaChars) }),
      header: fc.option(
        fc.record({
          counts: fc.record({ postsCount: count, followers: count, following: count }),
          name: str(EXTRACT_CAPS.name),
          bio: str(EXTRACT_CAPS.bio),
          category: str(EXTRACT_CAPS.category),
          verified: fc.boolean(),
          shimLinks: fc.array(str(EXTRACT_CAPS.link), { maxLength: 3 }),
          buttonTexts: fc.array(str(EXTRACT_CAPS.link), { maxLength: 3 }),
        }),
      ),
      grid: fc.array(aTile, { maxLength: 5 }),
      privateNotice: fc.boolean(),
    });
    fc.assert(
      fc.property(extract, (value) => {
        expect(InstagramPageExtractSchema.safeParse(value).success).toBe(true);
        const result = readInstagramPageExtract(value, GDG_URL, NOW);
        if (!result.ok) return;
        CreatorSchema.parse(result.creator);
        for (const post of result.posts) PostSchema.parse(post);
      }),
      { numRuns: 300 },
    );
  });
});

describe('a hostile page: a bounded extract, the reading the reader gives', () => {
  const html = loadFixtureText('instagram', GDG);
  const clean = okResult(instagramReader.read(parseHtml(html, GDG_URL.href), GDG_URL, NOW));
  const sizeOf = (extract: InstagramPageExtract) => JSON.stringify(extract).length;

  it('the saved page reads as its expected file says (the baseline below)', () => {
    expect([clean.creator.followers, clean.creator.following, clean.creator.postsCount]).toEqual([3351, 194, 177]);
    expect(clean.posts).toHaveLength(12);
  });

  it('does not take a header naming another account, before or instead of this one', () => {
    const forged = '<header><section><a href="/someone/"><h2>someone</h2></a><ul><li><span>9 posts</span></li><li><a href="/someone/followers/"><span title="999,999">1M</span></a></li><li><a href="/someone/following/"><span>5</span></a></li></ul><span dir="auto">Some One</span></section></header>';
    const before = parseHtml(html.replace('<header', `${forged}<header`), GDG_URL.href);
    expect(collectInstagramPage(before, GDG_URL).header?.counts.followers?.title).toBe('3,351');
    expect(readInTwoSteps(before, GDG_URL)).toEqual(clean);

    const instead = parseHtml(html.replace(/<header[\s\S]*<\/header>/, forged), GDG_URL.href);
    expect(collectInstagramPage(instead, GDG_URL).header).toBeNull();
    const result = okResult(readInTwoSteps(instead, GDG_URL));
    expect(result).toEqual(instagramReader.read(instead, GDG_URL, NOW));
    // The meta (stale 3,353) are then what is left; nothing of "someone" is read.
    expect(result.creator.followers).toBe(3353);
    expect(result.creator.displayName).not.toBe('Some One');
  });

  it("keeps this profile's first 200 tiles of a huge grid, skipping other accounts' tiles and repeats", () => {
    const doc = parseHtml(html, GDG_URL.href);
    const main = doc.querySelector('main')!;
    // Built with the DOM rather than parsed: happy-dom parses thousands of tiles slowly.
    const grid = doc.createDocumentFragment();
    const tileTo = (href: string) => {
      const a = doc.createElement('a');
      a.setAttribute('href', href);
      a.append(Object.assign(doc.createElement('img'), { alt: 'Photo by GDG On Campus RBU on January 18, 2025.' }));
      return a;
    };
    for (let i = 0; i < 5_000; i++) grid.append(tileTo(`/someone/p/OTHER${String(i).padStart(6, '0')}/`));
    for (let i = 0; i < 400; i++) grid.append(tileTo(`/gdg_rbu/p/OWN${String(i % 300).padStart(6, '0')}/`));
    main.append(grid);
    const extract = collectInstagramPage(doc, GDG_URL);
    expect(extract.grid).toHaveLength(EXTRACT_CAPS.tiles);
    expect(extract.grid.every((t) => !t.code.startsWith('OTHER'))).toBe(true);
    expect(sizeOf(extract)).toBeLessThan(200_000);
    const result = okResult(readInTwoSteps(doc, GDG_URL));
    expect(result).toEqual(instagramReader.read(doc, GDG_URL, NOW));
    expect(result.posts.map((p) => p.id)).toEqual([...clean.posts.map((p) => p.id), ...Array.from({ length: CAPS.posts - 12 }, (_, i) => `OWN${String(i).padStart(6, '0')}`)]);
    expect(result.posts[12]).toMatchObject({ publishedAt: '2025-01-18T00:00:00.000Z', kind: 'image', caption: '' });
  });

  it('leaves out scripts over their bounds and still reads the profile', () => {
    const huge = (n: number) => 'x'.repeat(n);
    const doc = parseHtml(html, GDG_URL.href);
    // Added with the DOM rather than parsed: happy-dom parses megabytes of script slowly.
    const addScript = (text: string, type?: string) => {
      const script = doc.createElement('script');
      if (type) script.setAttribute('type', type);
      if (type === 'application/json') script.setAttribute('data-sjs', '');
      script.textContent = text;
      doc.body.append(script);
    };
    // JSON blocks are not searched for the `_sharedData` assignment, which only page code makes.
    addScript(JSON.stringify({ note: 'window._sharedData = {}' }), 'application/json');
    // Another user in a script too large to carry (a forged smaller one would be refused by handle).
    addScript(JSON.stringify({ xig_user_by_username: { username: 'someone', follower_count: 1 }, pad: huge(EXTRACT_CAPS.scriptChars) }), 'application/json');
    for (let i = 0; i < 6; i++) addScript(`window._sharedData = {"pad":"${huge(100_000)}"};`);
    for (let i = 0; i < 10; i++) addScript(JSON.stringify({ pad: huge(EXTRACT_CAPS.jsonLdChars) }), 'application/ld+json');
    addScript(JSON.stringify({ '@type': 'Person', alternateName: '@someone', interactionStatistic: { interactionType: 'FollowAction', userInteractionCount: 7 } }), 'application/ld+json');
    const extract = collectInstagramPage(doc, GDG_URL);
    expect(InstagramPageExtractSchema.safeParse(extract).success).toBe(true);
    expect(extract.sjs).toEqual([]);
    expect(extract.sharedData).toHaveLength(EXTRACT_CAPS.sharedDataScripts);
    expect(extract.sharedData.every((text) => text.startsWith('window._sharedData = {"pad"'))).toBe(true);
    expect(extract.jsonLd).toHaveLength(1);
    expect(sizeOf(extract)).toBeLessThan(EXTRACT_CAPS.scriptChars);
    const result = readInTwoSteps(doc, GDG_URL);
    expect(result).toEqual(instagramReader.read(doc, GDG_URL, NOW));
    expect(result).toEqual(clean);
  });

  it('cuts huge texts to their bounds and reads them as the reader does', () => {
    const doc = parseHtml(html, GDG_URL.href);
    const bio = `<script>alert(1)</script> \u202Eevil ${'A'.repeat(1_000_000)}`;
    doc.querySelector('header span[dir="auto"] span[dir="auto"]')!.textContent = bio;
    doc.querySelector('main a[href="/gdg_rbu/reel/DFe0nxuhPox/"] img')!.setAttribute('alt', `#ad ${'c'.repeat(1_000_000)}`);
    doc.querySelector('header a[href="/gdg_rbu/followers/"] span[title]')!.setAttribute('title', `3,351${' '.repeat(1_000_000)}`);
    const extract = collectInstagramPage(doc, GDG_URL);
    expect(InstagramPageExtractSchema.safeParse(extract).success).toBe(true);
    expect(sizeOf(extract)).toBeLessThan(100_000);
    const result = okResult(readInTwoSteps(doc, GDG_URL));
    expect(result).toEqual(instagramReader.read(doc, GDG_URL, NOW));
    expect(result.creator.bio.startsWith('<script>alert(1)</script> evil AAA')).toBe(true);
    expect(result.creator.bio).toHaveLength(CAPS.bio);
    expect(result.creator.followers).toBe(3351);
    expect(result.posts[0]).toMatchObject({ sponsored: true });
    expect(result.posts[0]?.caption).toHaveLength(CAPS.caption);
  });
});

describe('collecting reaches no text parser', () => {
  it('page-collect.ts and everything it imports: no lib/parse, no reading code, no zod, no JSON.parse', () => {
    const graph = reachableModules('lib/platforms/instagram/page-collect.ts');
    expect(graph).toContain('lib/platforms/instagram/paths.ts');
    for (const file of graph) {
      expect(file).not.toMatch(/^lib\/parse\//);
      expect(file).not.toMatch(/sources\/|page-extract-|page-path\.ts|source-ladder|text\.ts|zod/);
      expect(readFileSync(join(ROOT, file), 'utf8'), file).not.toContain('JSON.parse');
    }
  });

  it('the module walk sees the reading reach lib/parse and the schema reach zod (it would catch them)', () => {
    expect(reachableModules('lib/platforms/instagram/page-extract-reading.ts')).toEqual(expect.arrayContaining(['lib/parse/count.ts', 'lib/parse/contact.ts', 'lib/parse/embedded-json.ts']));
    expect(reachableModules('lib/platforms/instagram/page-extract-schema.ts')).toEqual(expect.arrayContaining(['lib/platforms/instagram/page-collect.ts', 'lib/contracts/zod-mini.ts']));
  });

  it('the whole reader, which content scripts may carry, brings no zod', () => {
    expect(reachableModules('lib/platforms/instagram/reader.ts').filter((file) => /zod/.test(file))).toEqual([]);
  });

  it("Instagram's content script reaches the collecting, not the profile reader (post pages keep the post reader)", () => {
    const modules = reachableModules('entrypoints/instagram.content.ts');
    expect(modules).toContain('lib/platforms/instagram/page-collect.ts');
    for (const reader of ['lib/platforms/instagram/reader.ts', 'lib/platforms/instagram/page-extract-reading.ts', 'lib/platforms/instagram/sources/header.ts', 'lib/platforms/instagram/sources/grid.ts', 'lib/platforms/instagram/sources/json-ld.ts', 'lib/platforms/instagram/sources/sjs.ts']) expect(modules).not.toContain(reader);
  });
});
