import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CAPS } from '../../../lib/contracts/caps';
import { CREATOR_COUNTS, POST_COUNTS, PostSchema, SnapshotSchema, type Creator, type Post } from '../../../lib/contracts/creator';
import { scriptJsonById } from '../../../lib/parse/embedded-json';
import { tiktokReader } from '../../../lib/platforms/tiktok/reader';
import { pinnedFromOrder } from '../../../lib/platforms/tiktok/items';
import { looksRounded, statCount } from '../../../lib/platforms/tiktok/user-info';
import type { ReadResult } from '../../../lib/platforms/types';
import { checkFixture, fixtureFiles, loadFixtureText, parseHtml } from './fixture-harness';

const ILLOJUAN = '2025-12_profile_rendered-dom_universal-data_en-ES_illojuan.html';
const MOUNIR = '2026-04_profile_rendered-dom_fr-UI_jsonld_mounirlelion.html';
const DYLAN = '2023-02_profile_rendered-dom_sigi-state-and-universal_en_dylanlemay.html';
const VIDEO_2025 = '2025-12_video_rendered-dom_universal-data_en-ES_illojuan.html';
const VIDEO_2024 = '2024-06_video_html_universal-data_en.html';
const USERINFO_2026 = '2026-01_userInfo-extracted_scrapfly.json';
const ITEM_LIST = '2026-01_item_list-subset_scrapfly.json';
const NOW = { now: new Date('2026-05-01T00:00:00Z') };

function read(html: string, url: string, context = NOW): ReadResult {
  return tiktokReader.read(parseHtml(html, url), new URL(url), context);
}

function ok(result: ReadResult) {
  if (!result.ok) throw new Error(`expected ok, got ${result.reason} (tried ${result.tried.join(', ')})`);
  expect(() => SnapshotSchema.parse({ creator: result.creator, posts: result.posts, sources: result.sources })).not.toThrow();
  return result;
}

function countsAreSane(creator: Partial<Creator> | null, posts: Post[]): void {
  for (const key of CREATOR_COUNTS) {
    const value = creator?.[key];
    if (value === undefined || value === null) continue;
    expect(Number.isInteger(value) && value >= 0 && value <= CAPS.count).toBe(true);
  }
  for (const post of posts) {
    expect(() => PostSchema.parse(post)).not.toThrow();
    for (const key of POST_COUNTS) {
      const value = post[key];
      if (value !== null) expect(Number.isInteger(value) && value >= 0 && value <= CAPS.count).toBe(true);
    }
  }
}

/** JSON for a `<script type="application/json">`: `<` escaped the way TikTok does, so text cannot close the tag. */
function scriptJson(id: string, data: unknown): string {
  return `<script id="${id}" type="application/json">${JSON.stringify(data).replace(/</g, '\\u003c')}</script>`;
}

interface PageParts {
  userInfo?: Record<string, unknown>;
  jsonLd?: Record<string, unknown>;
  dom?: string;
}

/** A small profile page shaped like the 2025-12 one: universal JSON, JSON-LD, data-e2e header. */
function page({ userInfo, jsonLd, dom = '' }: PageParts): string {
  const universal = userInfo ? scriptJson('__UNIVERSAL_DATA_FOR_REHYDRATION__', { __DEFAULT_SCOPE__: { 'webapp.user-detail': { userInfo } } }) : '';
  const ld = jsonLd ? `<script type="application/ld+json" id="ProfilePage">${JSON.stringify(jsonLd)}</script>` : '';
  return `<html lang="en"><head>${ld}</head><body><div data-e2e="user-page">${dom}</div>${universal}</body></html>`;
}

function header(title: string, subtitle: string, counts: { following?: string; followers?: string; likes?: string } = {}): string {
  return (
    `<h1 data-e2e="user-title">${title}</h1><h2 data-e2e="user-subtitle">${subtitle}</h2>` +
    `<strong data-e2e="following-count">${counts.following ?? '12'}</strong>` +
    `<strong data-e2e="followers-count">${counts.followers ?? '783.4K'}</strong>` +
    `<strong data-e2e="likes-count">${counts.likes ?? '3.9M'}</strong>`
  );
}

function gridItem(href: string, views: string, alt = '', badge = ''): string {
  const badgeHtml = badge ? `<div data-e2e="video-card-badge">${badge}</div>` : '';
  return `<div data-e2e="user-post-item"><a href="${href}"><img alt="${alt}"><strong data-e2e="video-views">${views}</strong>${badgeHtml}</a></div>`;
}

const ILLO_USER = { uniqueId: 'illojuan', nickname: 'IlloJuan', signature: 'Timing', verified: true, privateAccount: false, createTime: 1578872963 };
const ILLO_STATS = { followerCount: 783400, followingCount: 0, heartCount: 3900000, videoCount: 19 };
const ILLO_STATS_V2 = { followerCount: '783427', followingCount: '0', heartCount: '3922256', videoCount: '19' };

describe('tiktok fixtures', () => {
  it.each(fixtureFiles('tiktok'))('%s', (file) => {
    checkFixture(tiktokReader, 'tiktok', file);
  });
});

describe('tiktok page generations', () => {
  it('reads SIGI_STATE (2023): stats rounded with needFix, posts in ItemList order, createTime as a string', () => {
    // The page as saved: it has a <style> inside an <svg> before SIGI_STATE (see lib/cli/saved-page.ts).
    const result = ok(read(loadFixtureText('tiktok', DYLAN), 'https://www.tiktok.com/@dylanlemay', { now: new Date('2023-02-24T12:00:00Z') }));
    expect(result.sources[0]).toBe('json:SIGI_STATE');
    expect(result.creator).toMatchObject({
      followers: 11200000,
      following: 1204,
      postsCount: 1526,
      totalLikes: 587500000,
      verified: true,
      links: ['https://catchnicecream.com/'],
      emails: ['dylanlemay@underscoretalent.com'],
      provenance: { followers: { source: 'json', exact: false }, following: { exact: true }, totalLikes: { exact: false } },
    });
    // 30 in ItemList["user-post"].list; the 16 grid cards are among them.
    expect(result.posts).toHaveLength(30);
    expect(result.posts[0]).toMatchObject({
      id: '7203022122757803307',
      publishedAt: '2023-02-22T16:44:49.000Z',
      publishedAtPrecision: 'exact',
      likes: 15500,
      comments: 64,
      shares: 16,
      views: 101500,
      rounded: ['likes', 'views'],
      caption: '#catchnicecream #icecream #tiktoksmallbusiness',
    });
    expect(result.posts[29]?.id).toBe('7174071499312205098');
  });

  it('takes each count exact where any rung has it: JSON-LD followers and likes, DOM following', () => {
    const result = ok(read(loadFixtureText('tiktok', MOUNIR), 'https://www.tiktok.com/@mounirlelion'));
    expect(result.creator.followers).toBe(139077);
    expect(result.creator.totalLikes).toBe(1036430);
    expect(result.creator.following).toBe(9850);
    expect(result.creator.postsCount).toBeNull();
    expect(result.creator.provenance.postsCount).toBeUndefined();
  });

  it('uses stats (flagged rounded) when statsV2 is missing, and statsV2 when it is there', () => {
    const rounded = ok(read(page({ userInfo: { user: ILLO_USER, stats: ILLO_STATS } }), 'https://www.tiktok.com/@illojuan'));
    expect(rounded.creator.followers).toBe(783400);
    expect(rounded.creator.provenance.followers).toMatchObject({ exact: false, via: 'webapp.user-detail.userInfo.stats.followerCount' });
    expect(rounded.creator.provenance.postsCount).toMatchObject({ exact: true });
    const exact = ok(read(page({ userInfo: { user: ILLO_USER, stats: ILLO_STATS, statsV2: ILLO_STATS_V2 } }), 'https://www.tiktok.com/@illojuan'));
    expect(exact.creator.followers).toBe(783427);
    expect(exact.creator.provenance.followers?.exact).toBe(true);
  });

  it('tells handle from nickname whichever of user-title / user-subtitle holds it', () => {
    const a = ok(read(page({ dom: header('illojuan', 'IlloJuan') }), 'https://www.tiktok.com/@illojuan'));
    const b = ok(read(page({ dom: header('IlloJuan', 'illojuan') }), 'https://www.tiktok.com/@illojuan'));
    expect(a.creator.displayName).toBe('IlloJuan');
    expect(b.creator.displayName).toBe('IlloJuan');
    expect(a.creator.following).toBe(12);
    expect(a.creator.provenance.followers).toMatchObject({ source: 'dom', exact: false });
  });

  it('reads the bio link through TikTok’s redirector and only the profile’s own grid cards', () => {
    const dom =
      header('illojuan', 'IlloJuan') +
      '<a data-e2e="user-link" href="https://www.tiktok.com/link/v2?aid=1988&amp;scene=bio_url&amp;target=twitch.tv%2Fillojuan">twitch.tv/illojuan</a>' +
      gridItem('https://www.tiktok.com/@illojuan/video/7571863205253778710', '192.1K', 'Hola #ad created by IlloJuan with a sound') +
      gridItem('https://www.tiktok.com/@someoneelse/video/7437176835944795424', '1.9M') +
      gridItem('https://www.tiktok.com/@illojuan/photo/7116173993534622982', '9850');
    const result = ok(read(page({ dom }), 'https://www.tiktok.com/@illojuan'));
    expect(result.creator.links).toEqual(['https://twitch.tv/illojuan']);
    expect(result.posts.map((p) => p.id)).toEqual(['7571863205253778710', '7116173993534622982']);
    expect(result.posts[0]).toMatchObject({ caption: 'Hola #ad', sponsored: true, views: 192100, rounded: ['views'] });
    expect(result.posts[1]).toMatchObject({ kind: 'carousel', views: 9850, rounded: [] });
  });

  it('says not-profile for video pages and other sites', () => {
    const video = loadFixtureText('tiktok', VIDEO_2025);
    expect(read(video, 'https://www.tiktok.com/@illojuan/video/7571863205253778710')).toMatchObject({ ok: false, reason: 'not-profile' });
    expect(read('<html></html>', 'https://www.youtube.com/@illojuan')).toMatchObject({ ok: false, reason: 'not-profile' });
  });

  it('says not-ready for a profile shell with nothing in it, unsupported-layout for a page it does not know', () => {
    expect(read(page({}), 'https://www.tiktok.com/@illojuan')).toMatchObject({ ok: false, reason: 'not-ready' });
    expect(read('<html><body><p>hello</p></body></html>', 'https://www.tiktok.com/@illojuan')).toMatchObject({ ok: false, reason: 'unsupported-layout' });
  });
});

describe('tiktok stale embedded data', () => {
  it('ignores universal data for another handle and falls back to JSON-LD and DOM', () => {
    const html = loadFixtureText('tiktok', ILLOJUAN);
    expect(html.split('"uniqueId":"illojuan"')).toHaveLength(2);
    const result = ok(read(html.replace('"uniqueId":"illojuan"', '"uniqueId":"someoneelse"'), 'https://www.tiktok.com/@illojuan'));
    expect(result.sources).toEqual(['meta:jsonld', 'dom:data-e2e']);
    expect(result.creator.followers).toBe(783427);
    expect(result.creator.provenance.followers?.source).toBe('meta');
    expect(result.creator.postsCount).toBeNull(); // only the (ignored) JSON had it
    expect(result.creator.joinedAt).toBeNull();
  });

  it('ignores JSON, JSON-LD and a header that all belong to the previous profile', () => {
    const result = read(loadFixtureText('tiktok', ILLOJUAN), 'https://www.tiktok.com/@mounirlelion');
    expect(result).toMatchObject({ ok: false, reason: 'not-ready' });
    if (!result.ok) expect(result.tried.join(' ')).toContain('stale: for @illojuan');
  });

  it('ignores another account’s universal data injected into a DOM-only page', () => {
    const stale = scriptJson('__UNIVERSAL_DATA_FOR_REHYDRATION__', {
      __DEFAULT_SCOPE__: { 'webapp.user-detail': { userInfo: { user: ILLO_USER, stats: ILLO_STATS, statsV2: ILLO_STATS_V2 } } },
    });
    const html = loadFixtureText('tiktok', MOUNIR).replace('</body>', `${stale}</body>`);
    const result = ok(read(html, 'https://www.tiktok.com/@mounirlelion'));
    expect(result.sources).not.toContain('json:__UNIVERSAL_DATA_FOR_REHYDRATION__');
    expect(result.creator.followers).toBe(139077);
    expect(result.creator.postsCount).toBeNull();
  });
});

describe('tiktok hostile and private profiles', () => {
  const hostile = `<script>alert(1)</script>=HYPERLINK("x")\u202Eevil ${'a'.repeat(100_000)}`;

  it('reads a hostile bio in embedded JSON as plain capped text', () => {
    const result = ok(read(page({ userInfo: { user: { ...ILLO_USER, signature: hostile }, statsV2: ILLO_STATS_V2 } }), 'https://www.tiktok.com/@illojuan'));
    expect(result.creator.bio.length).toBeLessThanOrEqual(CAPS.bio);
    expect(result.creator.bio.startsWith('<script>alert(1)</script>=HYPERLINK("x")evil')).toBe(true);
    expect(result.creator.bio).not.toContain('\u202E');
  });

  it('reads a hostile bio in the DOM as text, never as markup', () => {
    const bio = '&lt;img src=x onerror=alert(1)&gt; \u202Ehi ' + 'b'.repeat(100_000);
    const result = ok(read(page({ dom: header('illojuan', 'Illo\u202EJuan') + `<h2 data-e2e="user-bio">${bio}</h2>` }), 'https://www.tiktok.com/@illojuan'));
    expect(result.creator.bio.startsWith('<img src=x onerror=alert(1)> hi')).toBe(true);
    expect(result.creator.bio.length).toBe(CAPS.bio);
    expect(result.creator.displayName).toBe('IlloJuan');
  });

  it('keeps the counts of a private account (TikTok still shows them) with no posts', () => {
    const html = loadFixtureText('tiktok', ILLOJUAN).replace('"privateAccount":false', '"privateAccount":true');
    const result = ok(read(html, 'https://www.tiktok.com/@illojuan'));
    expect(result.creator.followers).toBe(783427);
  });

  it('says private when a private account shows nothing to read', () => {
    const user = { ...ILLO_USER, privateAccount: true, secret: true };
    expect(read(page({ userInfo: { user, stats: {}, itemList: [] } }), 'https://www.tiktok.com/@illojuan')).toMatchObject({ ok: false, reason: 'private' });
    const [info] = JSON.parse(loadFixtureText('tiktok', USERINFO_2026)) as Array<Record<string, unknown>>;
    const capture = tiktokReader.readCapture({ ...info, user: { ...(info?.user as object), privateAccount: true }, stats: {}, statsV2: {} }, new URL('https://www.tiktok.com/@oddanimalspecimens'), NOW);
    expect(capture).toMatchObject({ ok: false, reason: 'private', creator: { handle: 'oddanimalspecimens', followers: null } });
  });
});

describe('tiktok captures', () => {
  const profile = new URL('https://www.tiktok.com/@oddanimalspecimens');

  it('reads a video-detail item: statsV2 that merely repeats rounded stats stays rounded', () => {
    const doc = parseHtml(loadFixtureText('tiktok', VIDEO_2025), 'https://www.tiktok.com/@illojuan/video/7571863205253778710');
    const data = scriptJsonById(doc, '__UNIVERSAL_DATA_FOR_REHYDRATION__');
    const result = tiktokReader.readCapture(data, new URL('https://www.tiktok.com/@illojuan/video/7571863205253778710'), NOW);
    expect(result.ok).toBe(true);
    expect(result.posts).toHaveLength(1);
    expect(result.posts[0]).toMatchObject({
      id: '7571863205253778710',
      url: 'https://www.tiktok.com/@illojuan/video/7571863205253778710',
      publishedAt: '2025-11-12T15:36:28.000Z',
      likes: 25500,
      comments: 146,
      shares: 2156,
      saves: 1311,
      views: 192100,
      rounded: ['likes', 'views'],
    });
  });

  it('reads collectCount given as a string (2024-06 video page)', () => {
    const doc = parseHtml(loadFixtureText('tiktok', VIDEO_2024), 'https://www.tiktok.com/@a3noticias/video/6806030056956251397');
    const result = tiktokReader.readCapture(scriptJsonById(doc, '__UNIVERSAL_DATA_FOR_REHYDRATION__'), new URL('https://www.tiktok.com/@a3noticias/video/6806030056956251397'), NOW);
    expect(result.posts[0]).toMatchObject({ saves: 157, likes: 12000, views: 260800, comments: 252, shares: 205, publishedAt: '2020-03-19T21:12:41.000Z' });
  });

  it('reads a full item_list response: author filter, statsV2 and isPinned flags win over the order', () => {
    const items = (JSON.parse(loadFixtureText('tiktok', ITEM_LIST)) as Array<Record<string, unknown>>).slice(0, 6);
    const response = {
      statusCode: 0,
      hasMore: true,
      cursor: '1764108271000',
      itemList: [
        ...items.map((item, i) => ({ ...item, author: { uniqueId: 'OddAnimalSpecimens' }, isPinned: i === 0, statsV2: i === 3 ? { playCount: '376012' } : undefined })),
        { ...items[5], id: '7000000000000000001', author: { uniqueId: 'someoneelse' } },
      ],
    };
    const result = tiktokReader.readCapture(response, profile, NOW);
    expect(result).toMatchObject({ ok: true, creator: null, sources: ['capture:item_list'] });
    expect(result.posts).toHaveLength(6);
    expect(result.posts.map((p) => p.pinned)).toEqual([true, false, false, false, false, false]);
    // stats {diggCount: 59200, commentCount: 702, playCount: 376000, …}; statsV2 gives the exact views.
    expect(result.posts[3]).toMatchObject({ id: '7576787241192672567', likes: 59200, comments: 702, views: 376012, rounded: ['likes'] });
    countsAreSane(result.creator, result.posts);
  });

  it('refuses a userInfo for another account and shapes it does not know', () => {
    const info = JSON.parse(loadFixtureText('tiktok', USERINFO_2026)) as unknown;
    expect(tiktokReader.readCapture(info, new URL('https://www.tiktok.com/@illojuan'), NOW)).toMatchObject({ ok: false, reason: 'other-profile' });
    expect(tiktokReader.readCapture({ data: [] }, profile, NOW)).toMatchObject({ ok: false, reason: 'unknown-shape' });
    expect(tiktokReader.readCapture(null, profile, NOW).ok).toBe(false);
    expect(tiktokReader.readCapture({ userInfo: JSON.parse(loadFixtureText('tiktok', USERINFO_2026))[0] }, profile, NOW)).toMatchObject({
      ok: true,
      creator: { followers: 4001943 },
    });
  });
});

describe('tiktok rounding and pins', () => {
  it('knows the shape of TikTok’s rounded counts', () => {
    expect([9999, 783400, 3900000, 11200000, 587500000, 50100000].map(looksRounded)).toEqual([false, true, true, true, true, true]);
    expect([783427, 3922256, 4001943, 12345].map(looksRounded)).toEqual([false, false, false, false]);
    expect(statCount({ diggCount: 25500 }, { diggCount: '25500' }, 'diggCount', 'json', 'item')?.exact).toBe(false);
    expect(statCount({ followerCount: 783400 }, { followerCount: '783400' }, 'followerCount', 'json', 'u')?.exact).toBe(false);
    expect(statCount({ followerCount: 783400 }, { followerCount: '783427' }, 'followerCount', 'json', 'u')?.exact).toBe(true);
    expect(statCount({ followerCount: -5 }, { followerCount: 'NaN' }, 'followerCount', 'json', 'u')).toBeNull();
  });

  it('finds up to three pinned posts ahead of a newest-first list, and none in a list sorted otherwise', () => {
    expect(pinnedFromOrder([5, 1, 2, 9, 8, 7])).toEqual([true, true, true, false, false, false]);
    expect(pinnedFromOrder([9, 8, 7, 6])).toEqual([false, false, false, false]);
    expect(pinnedFromOrder([1, 2, 3, 4, 5, 6, 7])).toEqual([false, false, false, false, false, false, false]); // "Oldest" sort
    expect(pinnedFromOrder([3, 9, 1, 8, 2, 7])).toEqual([false, false, false, false, false, false]); // "Popular" sort
    expect(pinnedFromOrder([1, 9, 8, null])).toEqual([false, false, false, false]);
  });

  it('marks the pinned grid cards of the DOM by their badge even when the order cannot tell', () => {
    const dom = header('illojuan', 'IlloJuan') + gridItem('/@illojuan/video/7571863205253778710', '1K', '', 'Pinned') + gridItem('/@illojuan/video/7437176835944795424', '2K');
    const result = ok(read(page({ dom }), 'https://www.tiktok.com/@illojuan'));
    expect(result.posts.map((p) => p.pinned)).toEqual([true, false]);
  });
});

describe('tiktok never throws', () => {
  const skeleton = page({
    userInfo: { user: ILLO_USER, stats: ILLO_STATS, statsV2: ILLO_STATS_V2, itemList: [{ id: '7571863205253778710', createTime: 1762961788, stats: { diggCount: 25500 } }] },
    jsonLd: {
      '@type': 'ProfilePage',
      mainEntity: {
        '@type': 'Person',
        alternateName: 'illojuan',
        interactionStatistic: [{ interactionType: { '@type': 'http://schema.org/FollowAction' }, userInteractionCount: 783427 }],
      },
    },
    dom: header('illojuan', 'IlloJuan', { followers: '783.4K' }) + gridItem('/@illojuan/video/7437176835944795424', '1.9M'),
  });

  it('survives any text in place of a number, in JSON, JSON-LD and DOM', () => {
    for (const target of ['783427', '783.4K', '1762961788', '25500', '1.9M', 'illojuan']) expect(skeleton).toContain(target);
    fc.assert(
      fc.property(fc.constantFrom('783427', '783.4K', '1762961788', '25500', '1.9M', 'illojuan'), fc.string(), (target, s) => {
        const result = read(skeleton.split(target).join(s), 'https://www.tiktok.com/@illojuan');
        if (result.ok) {
          expect(() => SnapshotSchema.parse({ creator: result.creator, posts: result.posts, sources: result.sources })).not.toThrow();
          countsAreSane(result.creator, result.posts);
        } else {
          expect(result.tried.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('survives any JSON value as stats or in place of an item_list / userInfo', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (stats, item) => {
        const url = new URL('https://www.tiktok.com/@illojuan');
        for (const json of [item, [item], { itemList: [item] }, { itemList: [{ id: '7571863205253778710', stats, statsV2: stats, createTime: item }] }, { user: ILLO_USER, stats, statsV2: item }]) {
          const result = tiktokReader.readCapture(json, url, NOW);
          countsAreSane(result.creator, result.posts);
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('tiktok reader bundle', () => {
  it('imports nothing but types from the zod contracts, so zod stays out of the content script', () => {
    const dir = join(import.meta.dirname, '..', '..', '..', 'lib', 'platforms', 'tiktok');
    const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));
    expect(files.length).toBeGreaterThan(3);
    for (const file of files) {
      const source = readFileSync(join(dir, file), 'utf8');
      expect(source).not.toMatch(/from 'zod'/);
      for (const line of source.split('\n').filter((l) => l.includes("contracts/creator'"))) expect(line).toMatch(/^import type /);
    }
  });
});
