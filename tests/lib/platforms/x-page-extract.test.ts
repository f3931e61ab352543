/**
 * The X profile reader in two steps: collecting the page (page-collect.ts, on the page's thread)
 * and reading what was collected (page-extract-reading.ts, in the background). The background gets
 * the extract from a page that can forge it: the schema bounds it, and the reading gives what the
 * reader gives on the page itself.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CAPS } from '../../../lib/contracts/caps';
import { CreatorSchema, PostSchema } from '../../../lib/contracts/creator';
import {
  collectXPage,
  X_ARTICLES_MAX,
  X_JSONLD_BLOCKS,
  X_JSONLD_CHARS,
  X_LABEL_CHARS,
  X_LANG_CHARS,
  X_TEXT_CHARS,
  type XArticleExtract,
  type XPageExtract,
} from '../../../lib/platforms/x/page-collect';
import { readXPageExtract } from '../../../lib/platforms/x/page-extract-reading';
import { XPageExtractSchema } from '../../../lib/platforms/x/page-extract-schema';
import { xReader } from '../../../lib/platforms/x/reader';
import { reachableModules } from '../../structure/import-graph';
import { fixtureFiles, loadExpectation, loadFixtureText, parseHtml } from './fixture-harness';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const NOW = { now: new Date('2025-11-20T22:00:00.000Z') };
const PROFILE = '2025-11_profile_rendered-dom_en-GB_badlogicgames.html';
const PROFILE_URL = new URL('https://x.com/badlogicgames');

/** What the background gets: the extract after a trip through a message (plain JSON). */
const overTheWire = (extract: XPageExtract): XPageExtract => JSON.parse(JSON.stringify(extract)) as XPageExtract;

/** Each saved X page at its own address and, for a post page, at its author's profile (its posts then read as a timeline). */
const PAGES = fixtureFiles('x')
  .filter((file) => file.endsWith('.html'))
  .flatMap((file) => {
    const { url, now } = loadExpectation('x', file);
    const profile = `https://x.com/${new URL(url).pathname.split('/')[1]}`;
    return [...new Set([url, profile])].map((address) => [file, address, now] as const);
  });

function page(body: string, head = ''): Document {
  return parseHtml(`<!DOCTYPE html><html lang="en-GB"><head>${head}</head><body><main data-testid="primaryColumn">${body}</main></body></html>`, 'https://x.com/');
}

function schemaScript(handle: string, follows: number): string {
  const block = {
    '@context': 'http://schema.org',
    '@type': 'ProfilePage',
    dateCreated: '2010-09-12T13:40:31.000Z',
    mainEntity: {
      '@type': 'Person',
      additionalName: handle,
      name: `Name of ${handle}`,
      description: 'bio',
      interactionStatistic: [{ '@type': 'InteractionCounter', interactionType: 'https://schema.org/FollowAction', name: 'Follows', userInteractionCount: follows }],
    },
  };
  return `<script type="application/ld+json" data-testid="UserProfileSchema-test">${JSON.stringify(block)}</script>`;
}

function header(shows: string): string {
  return `<div data-testid="UserName"><span>Display ${shows}</span><span>@${shows}</span></div>
    <a href="https://x.com/${shows}/following"><span>979</span> <span>Following</span></a>
    <a href="https://x.com/${shows}/verified_followers"><span>14K</span> <span>Followers</span></a>`;
}

function article(author: string, id: number): string {
  return `<article data-testid="tweet"><a href="/${author}/status/${id}"><time datetime="2025-09-19T10:22:52.000Z">19 Sep</time></a><div role="group" aria-label="${id % 7} replies, ${id} likes"></div></article>`;
}

describe('collect, then read: the same reading as the reader on the page', () => {
  it.each(PAGES)('%s at %s', (file, address, now) => {
    const doc = parseHtml(loadFixtureText('x', file), address);
    const url = new URL(address);
    const context = { now: new Date(now) };
    const extract = collectXPage(doc, url);
    expect(XPageExtractSchema.parse(extract)).toEqual(extract);
    expect(readXPageExtract(overTheWire(extract), url, context)).toEqual(xReader.read(doc, url, context));
  });

  it('collects the saved profile whole: the JSON-LD block, the header, each post on screen', () => {
    const extract = collectXPage(parseHtml(loadFixtureText('x', PROFILE), PROFILE_URL.href), PROFILE_URL);
    expect(extract.lang).toBe('en-GB');
    expect(extract.schemaScript).toContain('"additionalName":"badlogicgames"');
    // The tagged block is the page's only JSON-LD: it is not collected twice.
    expect(extract.jsonLd).toEqual([]);
    expect(extract.header).toMatchObject({ name: 'Mario Zechner', verified: true, userUrl: 'mariozechner.at', joinDate: 'Joined September 2010' });
    expect(extract.header?.text).toContain('@badlogicgames');
    expect(extract.header?.followers[0]?.[0]).toMatchObject({ href: 'https://x.com/badlogicgames/verified_followers' });
    // The top bar's count, and no post's text after it.
    expect(extract.header?.postsTexts).toEqual(['97K posts']);
    expect(extract.articles.length).toBeGreaterThanOrEqual(9);
    expect(extract.articles.filter((a) => a.socialContext && !a.socialContext.linked)).toHaveLength(1);
    expect(extract.loggedOut).toBe(true);
    const result = readXPageExtract(overTheWire(extract), PROFILE_URL, NOW);
    expect(result.ok && result.sources).toEqual(['meta:jsonld:ProfilePage', 'dom:UserName', 'dom:article[data-testid=tweet]']);
  });

  it('collects nothing at an address that is no profile', () => {
    const doc = parseHtml(loadFixtureText('x', PROFILE), PROFILE_URL.href);
    const url = new URL('https://x.com/home');
    expect(collectXPage(doc, url)).toEqual({ lang: 'en-GB', schemaScript: null, jsonLd: [], header: null, articles: [], loggedOut: false });
    expect(readXPageExtract(collectXPage(doc, url), url, NOW)).toMatchObject({ ok: false, reason: 'not-profile' });
  });
});

describe('XPageExtractSchema: the extract as the background takes it', () => {
  const saved = collectXPage(parseHtml(loadFixtureText('x', PROFILE), PROFILE_URL.href), PROFILE_URL);
  const firstArticle = saved.articles[0]!;
  const edit = (change: (extract: Record<string, unknown>) => void): unknown => {
    const copy = overTheWire(saved) as unknown as Record<string, unknown>;
    change(copy);
    return copy;
  };
  const headerOf = (extract: Record<string, unknown>) => extract.header as Record<string, unknown>;
  const articleOf = (extract: Record<string, unknown>) => (extract.articles as Array<Record<string, unknown>>)[0]!;

  const refused: Array<[string, unknown]> = [
    ['not an object', 'extract'],
    ['null', null],
    ['an array', [saved]],
    ['a missing field', edit((e) => delete e.articles)],
    ['lang not a string', edit((e) => (e.lang = 7))],
    ['a number for the JSON-LD text', edit((e) => (e.schemaScript = 1))],
    ['an object for a JSON-LD text', edit((e) => (e.jsonLd = [{ '@type': 'ProfilePage' }]))],
    ['a header that is a string', edit((e) => (e.header = '@badlogicgames'))],
    ['verified as a string', edit((e) => (headerOf(e).verified = 'true'))],
    ['a count link without its text', edit((e) => (headerOf(e).followers = [[{ href: '/badlogicgames/followers' }]]))],
    ['an article that is a string', edit((e) => (e.articles = ['<article>']))],
    ['a button count as a number', edit((e) => ((articleOf(e).buttons as Record<string, unknown>).likes = 6522))],
    ['a missing button', edit((e) => delete (articleOf(e).buttons as Record<string, unknown>).views)],
    ['pinned as a bare boolean', edit((e) => (articleOf(e).socialContext = true))],
    // Oversized
    ['a long lang', edit((e) => (e.lang = 'e'.repeat(X_LANG_CHARS + 1)))],
    ['a huge JSON-LD block', edit((e) => (e.schemaScript = 'x'.repeat(X_JSONLD_CHARS + 1)))],
    ['too many JSON-LD blocks', edit((e) => (e.jsonLd = Array(X_JSONLD_BLOCKS + 1).fill('{}')))],
    ['a huge header text', edit((e) => (headerOf(e).text = 'a'.repeat(X_TEXT_CHARS + 1)))],
    ['a huge bio', edit((e) => (headerOf(e).description = { text: 'b'.repeat(X_TEXT_CHARS + 1), links: [] }))],
    ['too many bio links', edit((e) => (headerOf(e).description = { text: '', links: Array(CAPS.listItems + 1).fill('a.com') }))],
    ['a rung more than the ladder has', edit((e) => (headerOf(e).following = [[], []]))],
    ['too many count links', edit((e) => (headerOf(e).following = [Array(21).fill({ href: '/a/following', text: '1' })]))],
    ['too many "posts" texts', edit((e) => (headerOf(e).postsTexts = Array(21).fill('1 post')))],
    ['a huge group label', edit((e) => (articleOf(e).groupLabel = '1 like '.repeat(X_LABEL_CHARS)))],
    ['a huge caption', edit((e) => (articleOf(e).text = 'c'.repeat(X_TEXT_CHARS + 1)))],
    ['too many articles', edit((e) => (e.articles = Array(X_ARTICLES_MAX + 1).fill(firstArticle)))],
    // Keys the extract does not have
    ['an extra top-level key', edit((e) => (e.creator = { followers: 1e9 }))],
    ['an extra header key', edit((e) => (headerOf(e).followersCount = 1e9))],
    ['an extra article key', edit((e) => (articleOf(e).likes = 1e9))],
    ['an extra button', edit((e) => ((articleOf(e).buttons as Record<string, unknown>).quotes = { label: '9', text: '9' }))],
    ['a __proto__ key', JSON.parse(JSON.stringify(saved).replace('{', '{"__proto__":{"polluted":true},'))],
  ];

  it.each(refused)('refuses %s', (_what, value) => {
    expect(XPageExtractSchema.safeParse(value).success).toBe(false);
  });

  it('takes the largest extract collecting makes', () => {
    const largest: XPageExtract = {
      lang: 'l'.repeat(X_LANG_CHARS),
      schemaScript: 's'.repeat(X_JSONLD_CHARS),
      jsonLd: Array(X_JSONLD_BLOCKS).fill('j'),
      header: { ...saved.header!, text: 't'.repeat(X_TEXT_CHARS), postsTexts: Array(20).fill('p'.repeat(X_LABEL_CHARS)) },
      articles: Array(X_ARTICLES_MAX).fill({ ...firstArticle, text: 'c'.repeat(X_TEXT_CHARS) }),
      loggedOut: false,
    };
    expect(XPageExtractSchema.safeParse(largest).success).toBe(true);
  });

  it('reads any extract the schema takes without failing, into a creator and posts within the contracts (property)', () => {
    const str = (max: number) => fc.oneof(fc.string({ maxLength: 40 }), fc.constantFrom('', '979', '14K', '6522 Likes. Like', '/badlogicgames/status/123', '/badlogicgames/following', '2025-09-19T10:22:52.000Z', '1e400', '-5', 'NaN', '97K posts', 'Joined September 2010', '@badlogicgames', 'a.com', '\u202e')).map((s) => s.slice(0, max));
    const button = fc.option(fc.record({ label: str(X_LABEL_CHARS), text: str(X_LABEL_CHARS) }));
    const anArticle: fc.Arbitrary<XArticleExtract> = fc.record({
      href: str(X_TEXT_CHARS),
      datetime: str(X_LABEL_CHARS),
      groupLabel: fc.oneof(str(X_LABEL_CHARS), fc.constantFrom('202 replies, 225 reposts, 6522 likes, 295 bookmarks, 353404 views', '1e400 likes, NaN views')),
      buttons: fc.record({ replies: button, reposts: button, likes: button, bookmarks: button, views: button }),
      text: str(X_TEXT_CHARS),
      socialContext: fc.option(fc.record({ linked: fc.boolean() })),
      video: fc.boolean(),
      photo: fc.boolean(),
    });
    const links = fc.array(fc.array(fc.record({ href: str(X_TEXT_CHARS), text: str(X_TEXT_CHARS) }), { maxLength: 3 }), { maxLength: 1 });
    const extract: fc.Arbitrary<XPageExtract> = fc.record({
      lang: str(X_LANG_CHARS),
      schemaScript: fc.option(fc.oneof(fc.json(), fc.constant(schemaScript('badlogicgames', 5).replace(/<[^>]*>/g, '')))),
      jsonLd: fc.array(fc.json(), { maxLength: 3 }),
      header: fc.option(
        fc.record({
          text: fc.oneof(str(X_TEXT_CHARS), fc.constant('Mario@badlogicgames')),
          name: str(X_TEXT_CHARS),
          verified: fc.boolean(),
          followers: links,
          following: links,
          postsTexts: fc.array(str(X_LABEL_CHARS), { maxLength: 3 }),
          description: fc.option(fc.record({ text: str(X_TEXT_CHARS), links: fc.array(str(X_TEXT_CHARS), { maxLength: 3 }) })),
          userUrl: str(X_TEXT_CHARS),
          joinDate: str(X_LABEL_CHARS),
        }),
      ),
      articles: fc.array(anArticle, { maxLength: 5 }),
      loggedOut: fc.boolean(),
    });
    fc.assert(
      fc.property(extract, (value) => {
        expect(XPageExtractSchema.safeParse(value).success).toBe(true);
        const result = readXPageExtract(value, PROFILE_URL, NOW);
        expect(result.ok || result.reason).not.toBe('unsupported-layout');
        if (!result.ok) return;
        CreatorSchema.parse(result.creator);
        for (const post of result.posts) PostSchema.parse(post);
      }),
      { numRuns: 300 },
    );
  });
});

describe('a hostile page: a bounded extract, the reading the reader gives', () => {
  const boundOf = (extract: XPageExtract) => JSON.stringify(extract).length;

  it('does not take a header naming another handle, nor one whose handle only starts with this one', () => {
    const other = page(schemaScript('badlogicgames', 14_071) + header('someoneelse'));
    expect(collectXPage(other, PROFILE_URL).header).toBeNull();
    const result = xReader.read(other, PROFILE_URL, NOW);
    expect(result.ok && result.sources).toEqual(['meta:jsonld:ProfilePage']);
    expect(result.ok && result.creator.followers).toBe(14_071);

    // "@badlogicgamesfan" contains "@badlogicgames": collected, then refused by the reading.
    const lookalike = page(header('badlogicgamesfan'));
    expect(collectXPage(lookalike, PROFILE_URL).header).not.toBeNull();
    expect(xReader.read(lookalike, PROFILE_URL, NOW)).toMatchObject({ ok: false, reason: 'not-ready' });
  });

  it('reads a count link of this handle after forged ones of others', () => {
    const forged = Array.from({ length: 5 }, (_, i) => `<a href="/other${i}/following"><span>${i}</span></a>`).join('');
    const doc = page(forged + header('badlogicgames'));
    const result = xReader.read(doc, PROFILE_URL, NOW);
    expect(result.ok && result.creator.following).toBe(979);
  });

  it('keeps the first posts of ten thousand, as the reader always has', () => {
    const count = 10_000;
    // No header: the profile is the JSON-LD's, and happy-dom walks the posts fewer times.
    const doc = page(article('badlogicgames', 1), schemaScript('badlogicgames', 14_071));
    const timeline = doc.createDocumentFragment();
    // Built with the DOM rather than parsed, and no more: happy-dom needs seconds per 10,000 matches of a query.
    for (let id = 2; id <= count; id++) {
      const post = doc.createElement('article');
      post.setAttribute('data-testid', 'tweet');
      post.append(Object.assign(doc.createElement('a'), { href: `/badlogicgames/status/${id}` }));
      timeline.append(post);
    }
    doc.querySelector('main')!.append(timeline);
    const extract = collectXPage(doc, PROFILE_URL);
    expect(extract.articles).toHaveLength(X_ARTICLES_MAX);
    expect(XPageExtractSchema.safeParse(extract).success).toBe(true);
    const result = readXPageExtract(overTheWire(extract), PROFILE_URL, NOW);
    expect(result.ok && result.posts.map((p) => p.id)).toEqual(Array.from({ length: CAPS.posts }, (_, i) => String(i + 1)));
    expect(result.ok && result.posts[0]).toMatchObject({ comments: 1, likes: 1, shares: 0, saves: 0, views: null, publishedAt: '2025-09-19T10:22:52.000Z' });
    expect(result.ok && result.posts[1]).toMatchObject({ comments: null, likes: null, publishedAt: null, caption: '' });
  });

  it('cuts huge texts, scripts and lists to their bounds and still reads the profile', () => {
    const bio = `<script>alert(1)</script> \u202Eevil ${'A'.repeat(1_000_000)}`;
    const jsonLd = Array.from({ length: 20 }, () => `<script type="application/ld+json">${JSON.stringify({ pad: 'x'.repeat(150_000) })}</script>`).join('');
    const countLinks = Array.from({ length: 5_000 }, () => '<a href="/badlogicgames/following"><span>not a number</span></a>').join('');
    const postTexts = Array.from({ length: 5_000 }, () => '<span>my 1st post</span>').join('');
    const doc = page(
      `${header('badlogicgames')}<div data-testid="UserDescription"><span></span>${Array.from({ length: 500 }, () => '<a href="https://t.co/x">example.com</a>').join('')}</div>${countLinks}${postTexts}`,
      schemaScript('badlogicgames', 14_071) + jsonLd,
    );
    doc.querySelector('[data-testid="UserDescription"] span')!.textContent = bio;
    const extract = collectXPage(doc, PROFILE_URL);
    expect(XPageExtractSchema.safeParse(extract).success).toBe(true);
    expect(extract.jsonLd).toHaveLength(X_JSONLD_BLOCKS);
    expect(extract.header?.description?.links).toHaveLength(CAPS.listItems);
    expect(extract.header?.postsTexts).toHaveLength(20);
    // Bounded: 10 blocks of the largest JSON-LD and small change, from a page of 4 MB.
    expect(boundOf(extract)).toBeLessThan((X_JSONLD_BLOCKS + 1) * X_JSONLD_CHARS + 100_000);
    const result = readXPageExtract(overTheWire(extract), PROFILE_URL, NOW);
    expect(result).toEqual(xReader.read(doc, PROFILE_URL, NOW));
    expect(result.ok && result.creator.bio.startsWith('<script>alert(1)</script> evil AAA')).toBe(true);
    expect(result.ok && result.creator.bio.length).toBe(CAPS.bio);
    expect(result.ok && result.creator.followers).toBe(14_071);
    // The header's own link reads 979 ("not a number" links come after it); no "N posts" text reads.
    expect(result.ok && result.creator.following).toBe(979);
    expect(result.ok && result.creator.postsCount).toBeNull();
  });
});

describe('collecting reaches no text parser', () => {
  const source = (file: string) => readFileSync(join(ROOT, file), 'utf8');

  it('page-collect.ts and everything it imports: no lib/parse, no reading code, no package, no JSON.parse', () => {
    const modules = reachableModules('lib/platforms/x/page-collect.ts');
    expect(modules).toContain('lib/platforms/x/dom-text.ts');
    for (const file of modules) {
      expect(file).not.toMatch(/^lib\/parse\/|sources\/|page-extract-|page-path\.ts|source-ladder|zod-mini/);
      // Packages are not followed: a value import of one would bring its code unseen.
      expect(source(file), file).not.toMatch(/^\s*(?:import|export)\s+(?!type\s)[^'";]*?from\s+['"][^.]/m);
      expect(source(file), file).not.toContain('JSON.parse');
    }
  });

  it('the walk sees the reading reach lib/parse and the schema reach zod (it would catch them)', () => {
    expect(reachableModules('lib/platforms/x/page-extract-reading.ts')).toEqual(expect.arrayContaining(['lib/parse/count.ts', 'lib/parse/contact.ts', 'lib/platforms/x/page-collect.ts']));
    expect(reachableModules('lib/platforms/x/page-extract-schema.ts')).toContain('lib/contracts/zod-mini.ts');
  });

  it('the whole reader brings no zod', () => {
    expect(reachableModules('lib/platforms/x/reader.ts')).not.toContain('lib/contracts/zod-mini.ts');
  });

  it("X's content script reaches the collecting, not the profile reader (status pages keep the post reader)", () => {
    const modules = reachableModules('entrypoints/x.content.ts');
    expect(modules).toContain('lib/platforms/x/page-collect.ts');
    for (const reader of ['lib/platforms/x/reader.ts', 'lib/platforms/x/page-extract-reading.ts', 'lib/platforms/x/sources/header.ts', 'lib/platforms/x/sources/json-ld.ts']) expect(modules).not.toContain(reader);
  });
});
