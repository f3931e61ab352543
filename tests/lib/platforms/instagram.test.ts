import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CAPS } from '../../../lib/contracts/caps';
import { CREATOR_COUNTS, POST_COUNTS, SnapshotSchema, type Creator, type Post } from '../../../lib/contracts/creator';
import { instagramReader } from '../../../lib/platforms/instagram/reader';
import { collectInstagramPostPage } from '../../../lib/platforms/instagram/post/post-collect';
import { readPostPage } from '../../../lib/platforms/instagram/sources/post-page';
import type { ReadResult } from '../../../lib/platforms/types';
import { checkFixture, fixtureFiles, loadFixtureText, parseHtml } from './fixture-harness';

const NOW = { now: new Date('2026-07-01T00:00:00Z') };
const GDG = '2025-02_profile_rendered-dom_logged-in_en_gdg_rbu_sanitized.html';
const CELEB = '2025-02_profile_rendered-dom_logged-in_en_celebface-1.1M_sanitized.html';
const PLUTO_2021 = '2021-06_profile_html_sharedData_logged-in_pluto__travel.html';
const PLUTO_2024 = '2024-12_profile_html_logged-out_og-meta_pluto__travel.html';

/** A post page as the content script collects it and the background reads it. */
const readInstagramPostPage = (doc: Document, url: URL) => readPostPage(collectInstagramPostPage(doc), url);

function read(html: string, url: string): ReadResult {
  return instagramReader.read(parseHtml(html, url), new URL(url), NOW);
}

function ok(result: ReadResult) {
  if (!result.ok) throw new Error(`expected ok, got ${result.reason} (tried ${result.tried.join(', ')})`);
  expect(() => SnapshotSchema.parse({ creator: result.creator, posts: result.posts, sources: result.sources })).not.toThrow();
  return result;
}

/** The parts of the gdg_rbu page a reader looks at (header + grid + meta), small enough for property runs. */
function gdgSkeleton(): string {
  const html = loadFixtureText('instagram', GDG);
  const header = html.slice(html.indexOf('<header'), html.indexOf('</header>') + 9);
  const metas = html.match(/<meta[^>]*(?:og:url|og:description|og:title|name="description")[^>]*>/g) ?? [];
  const firstTile = /<a [^>]*href="\/gdg_rbu\/reel\/DFe0nxuhPox\/"[\s\S]*?<\/a>/.exec(html)?.[0] ?? '';
  const body = `<main>${header}<div>${firstTile}</div></main>`
    .replace(/ (?:class|src|style)="[^"]*"/g, '')
    .replace(/<path[^>]*><\/path>|<line[^>]*><\/line>|<circle[^>]*><\/circle>/g, '')
    .replace(/<section><div role="menu">[\s\S]*?<\/section>/, '');
  return `<html lang="en"><head>${metas.join('')}</head><body>${body}</body></html>`;
}

function sharedDataPage(user: Record<string, unknown>): string {
  const data = { language_code: 'en', entry_data: { ProfilePage: [{ graphql: { user } }] } };
  return `<html lang="en"><body><script type="text/javascript">window._sharedData = ${JSON.stringify(data).replace(/</g, '\\u003c')};</script></body></html>`;
}

function countsAreSane(creator: Partial<Creator> | null, posts: Post[]): void {
  for (const key of CREATOR_COUNTS) {
    const value = creator?.[key];
    if (value === undefined || value === null) continue;
    expect(Number.isInteger(value) && value >= 0 && value <= CAPS.count).toBe(true);
  }
  for (const post of posts) {
    for (const key of POST_COUNTS) {
      const value = post[key];
      if (value !== null) expect(Number.isInteger(value) && value >= 0 && value <= CAPS.count).toBe(true);
    }
  }
}

describe('instagram fixtures', () => {
  it.each(fixtureFiles('instagram'))('%s', (file) => {
    checkFixture(instagramReader, 'instagram', file);
  });
});

describe('instagram source ladder', () => {
  it('prefers the exact header title over the rounded meta ("1M" vs title="1,137,245")', () => {
    const html = loadFixtureText('instagram', CELEB);
    expect(html).toContain('content="1M Followers');
    const result = ok(read(html, 'https://www.instagram.com/celebface/'));
    expect(result.creator.followers).toBe(1_137_245);
    expect(result.creator.provenance.followers).toMatchObject({ source: 'dom', exact: true });
    // Without the header the meta is all there is: rounded, and flagged so.
    const metaOnly = ok(read(html.replace(/<header[\s\S]*<\/header>/, ''), 'https://www.instagram.com/celebface/'));
    expect(metaOnly.creator.followers).toBe(1_000_000);
    expect(metaOnly.creator.provenance.followers).toMatchObject({ source: 'meta', exact: false });
    expect(metaOnly.creator.following).toBe(15);
  });

  it('takes the rendered header over stale meta for every count (gdg_rbu 3,351/194 vs meta 3,353/200)', () => {
    const html = loadFixtureText('instagram', GDG);
    const result = ok(read(html, 'https://www.instagram.com/gdg_rbu/'));
    expect([result.creator.followers, result.creator.following, result.creator.postsCount]).toEqual([3351, 194, 177]);
    const metaOnly = ok(read(html.replace(/<header[\s\S]*<\/header>/, ''), 'https://www.instagram.com/gdg_rbu/'));
    expect([metaOnly.creator.followers, metaOnly.creator.following, metaOnly.creator.postsCount]).toEqual([3353, 200, 177]);
    expect(metaOnly.creator.provenance.following).toMatchObject({ source: 'meta', exact: true });
  });

  it('reads the 2021 rendered header as well, agreeing with its _sharedData', () => {
    const html = loadFixtureText('instagram', PLUTO_2021);
    const withoutJson = html.replace('window._sharedData = ', 'window._unused = ');
    const result = ok(read(withoutJson, 'https://www.instagram.com/pluto__travel/'));
    expect([result.creator.followers, result.creator.following, result.creator.postsCount]).toEqual([2187, 110, 142]);
    expect(result.creator.provenance.followers).toMatchObject({ source: 'dom', exact: true });
    expect(result.creator.links).toEqual(['https://linkin.bio/pluto__travel']);
  });

  it('falls back to JSON-LD for followers when neither JSON nor header is there', () => {
    const html = loadFixtureText('instagram', PLUTO_2021)
      .replace('window._sharedData = ', 'window._unused = ')
      .replace(/<header[\s\S]*<\/header>/, '')
      .replace(/<meta\s+property="og:description"[^>]*>/, '')
      .replace(/<meta\s+content="2,187[^>]*>/, '');
    const result = ok(read(html, 'https://www.instagram.com/pluto__travel/'));
    expect(result.creator.followers).toBe(2187);
    expect(result.creator.provenance.followers?.via).toContain('json-ld');
    expect(result.creator.following).toBeNull();
  });

  it('reads a private account as a creator with counts and no posts', () => {
    const result = ok(
      read(
        sharedDataPage({ username: 'quiet.one', is_private: true, edge_followed_by: { count: 12 }, edge_follow: { count: 3 }, edge_owner_to_timeline_media: { count: 40, edges: [] } }),
        'https://www.instagram.com/quiet.one/',
      ),
    );
    expect(result.creator).toMatchObject({ followers: 12, following: 3, postsCount: 40 });
    expect(result.posts).toEqual([]);
  });

  it("says 'private' only when the page shows nothing but the private notice", () => {
    const html = '<html lang="en"><body><main><h2>This account is private</h2></main></body></html>';
    expect(read(html, 'https://www.instagram.com/quiet.one/')).toMatchObject({ ok: false, reason: 'private' });
  });

  it("gives 'not-profile' for app routes and post pages, 'not-ready' for an empty page", () => {
    expect(read('<html></html>', 'https://www.instagram.com/explore/')).toMatchObject({ ok: false, reason: 'not-profile' });
    expect(read('<html></html>', 'https://www.instagram.com/p/CPeC-Eenc8l/')).toMatchObject({ ok: false, reason: 'not-profile' });
    expect(read('<html><body><main></main></body></html>', 'https://www.instagram.com/someone/')).toMatchObject({ ok: false, reason: 'not-ready' });
  });

  it('does not take grid posts from the tagged tab (they are other people\'s)', () => {
    const html = loadFixtureText('instagram', GDG);
    expect(ok(read(html, 'https://www.instagram.com/gdg_rbu/')).posts).toHaveLength(12);
    expect(ok(read(html, 'https://www.instagram.com/gdg_rbu/tagged/')).posts).toHaveLength(0);
  });
});

describe('instagram stale data after in-app navigation', () => {
  it('ignores _sharedData of another user and reads the header of the URL\'s user', () => {
    const stale = /<script type="text\/javascript">\s*window\._sharedData = [\s\S]*?<\/script>/.exec(loadFixtureText('instagram', PLUTO_2021))?.[0];
    expect(stale).toContain('pluto__travel');
    const html = loadFixtureText('instagram', GDG).replace('</body>', `${stale}</body>`);
    const result = ok(read(html, 'https://www.instagram.com/gdg_rbu/'));
    expect(result.creator.followers).toBe(3351);
    expect(result.creator.emails).not.toContain('hello@pluto.travel');
    expect(result.sources).not.toContain('json:window._sharedData');
    expect(result.posts.map((p) => p.id)).not.toContain('CP5lh1YLbj4');
  });

  it('ignores meta and a header that describe the previous profile', () => {
    expect(read(loadFixtureText('instagram', PLUTO_2024), 'https://www.instagram.com/someone_else/')).toMatchObject({ ok: false, reason: 'not-ready' });
    expect(read(loadFixtureText('instagram', CELEB), 'https://www.instagram.com/gdg_rbu/')).toMatchObject({ ok: false, reason: 'not-ready' });
  });

  it('refuses a captured user or timeline of someone else', () => {
    const user = JSON.parse(loadFixtureText('instagram', '2026-07_user_derived-from-xig_user_by_username_scrapfly.json'));
    expect(instagramReader.readCapture(user, new URL('https://www.instagram.com/celebface/'), NOW)).toMatchObject({ ok: false, reason: 'other-user' });
    const nodes = [{ code: 'ABCDEFGHIJK', taken_at: 1781193633, like_count: 5, user: { username: 'google' } }];
    expect(instagramReader.readCapture(nodes, new URL('https://www.instagram.com/celebface/'), NOW)).toMatchObject({ ok: false, reason: 'other-user' });
    expect(instagramReader.readCapture(nodes, new URL('https://www.instagram.com/google/'), NOW).posts).toHaveLength(1);
  });
});

describe('instagram JSON shapes', () => {
  const node = {
    code: 'DZc5TenzF7h',
    taken_at: 1781193633,
    like_count: 2354,
    comment_count: 82,
    play_count: 91000,
    video_versions: [{ url: 'x' }],
    timeline_pinned_user_ids: [1067259270],
    is_paid_partnership: true,
    caption: { text: 'Volume up!' },
  };

  it('reads timeline nodes in the GraphQL envelope, without it, and as a bare array', () => {
    const url = new URL('https://www.instagram.com/google/');
    for (const json of [
      { data: { xdt_api__v1__feed__user_timeline_graphql_connection: { edges: [{ node }] } } },
      { xdt_api__v1__feed__user_timeline_graphql_connection: { edges: [{ node }] } },
      [node],
      { data: [node] },
    ]) {
      const result = instagramReader.readCapture(json, url, NOW);
      expect(result.ok).toBe(true);
      expect(result.creator).toBeNull();
      expect(result.posts[0]).toMatchObject({
        id: 'DZc5TenzF7h',
        url: 'https://www.instagram.com/p/DZc5TenzF7h/',
        likes: 2354,
        comments: 82,
        views: 91000,
        kind: 'video',
        pinned: true,
        sponsored: true,
        publishedAt: '2026-06-11T16:00:33.000Z',
      });
    }
  });

  it('tells carousels and images apart, and hides counts the owner hid', () => {
    const result = instagramReader.readCapture(
      [
        { code: 'CAROUSEL001', media_type: 8, carousel_media: [{}, {}], like_count: 10 },
        { code: 'IMAGE000001', media_type: 1, like_count: 7, like_and_view_counts_disabled: true, comment_count: 2 },
        { code: 'DISCLOSED01', like_count: 1, caption: { text: 'new drop #ad @brand' } },
      ],
      new URL('https://www.instagram.com/google/'),
      NOW,
    );
    expect(result.posts.map((p) => [p.kind, p.likes, p.sponsored])).toEqual([
      ['carousel', 10, false],
      ['image', null, false],
      ['image', 1, true],
    ]);
    expect(result.posts[1]?.comments).toBe(2);
  });

  it('reads web_profile_info and xig_user shapes into a partial creator', () => {
    const url = new URL('https://www.instagram.com/pluto__travel/');
    const web = { data: { user: { username: 'pluto__travel', full_name: 'Pluto', edge_followed_by: { count: 2362 }, edge_follow: { count: 136 }, edge_owner_to_timeline_media: { count: 224, edges: [] }, business_email: 'Hello@Pluto.travel', bio_links: [{ url: 'https://linkin.bio/pluto__travel' }] } }, status: 'ok' };
    expect(instagramReader.readCapture(web, url, NOW).creator).toMatchObject({ followers: 2362, following: 136, postsCount: 224, emails: ['hello@pluto.travel'], links: ['https://linkin.bio/pluto__travel'] });
    const xig = { xig_user_by_username: { username: 'pluto__travel', follower_count: 2400, following_count: 140, media_count: 230 } };
    expect(instagramReader.readCapture(xig, url, NOW).creator).toMatchObject({ followers: 2400, following: 140, postsCount: 230, provenance: { followers: { source: 'capture', exact: true } } });
  });

  it('rejects JSON it does not know', () => {
    const url = new URL('https://www.instagram.com/google/');
    for (const json of [null, 42, 'text', {}, { data: { viewer: {} } }, [1, 2, 3]]) {
      expect(instagramReader.readCapture(json, url, NOW)).toMatchObject({ ok: false, creator: null, posts: [] });
    }
  });

  it('reads the 2026 data-sjs script wherever the user and timeline sit inside it', () => {
    const payload = {
      require: [['ScheduledServerJS', 'handle', null, [{ __bbox: { require: [['RelayPrefetchedStreamCache', 'next', [], ['adp', { __bbox: { result: { data: {
        xig_user_by_username: { username: 'google', full_name: 'Google', follower_count: 15689074, following_count: 45, is_verified: true, biography: 'Here to help', bio_links: [{ url: 'https://linkin.bio/google' }] },
        xdt_api__v1__feed__user_timeline_graphql_connection: { edges: [{ node: { ...node, user: { username: 'google' } } }] },
      } } } }]]] } }]]],
    };
    const html = `<html lang="en"><body><script type="application/json" data-sjs>${JSON.stringify(payload)}</script></body></html>`;
    const result = ok(read(html, 'https://www.instagram.com/google/'));
    expect(result.creator).toMatchObject({ followers: 15689074, following: 45, verified: true, displayName: 'Google', links: ['https://linkin.bio/google'] });
    expect(result.creator.provenance.followers).toMatchObject({ source: 'json', exact: true });
    expect(result.posts.map((p) => p.id)).toEqual(['DZc5TenzF7h']);
    expect(read(html, 'https://www.instagram.com/other/').ok).toBe(false);
  });
});

describe('instagram post pages', () => {
  it.each([
    ['2021-10_post_html_sharedData_logged-out_tesla.html', 'https://www.instagram.com/p/BWUDBntl3_Z/', { likes: 159071, comments: 1747, rounded: [], publishedAt: '2017-07-09T04:58:10.000Z', publishedAtPrecision: 'exact', caption: 'The first Model 3 production car' }],
    ['2024-12_post_html_logged-out_og-likes-comments_photo.html', 'https://www.instagram.com/p/CPeC-Eenc8l/', { likes: 298000, comments: 553, rounded: ['likes'], publishedAt: '2021-05-29T00:00:00.000Z', publishedAtPrecision: 'day', kind: 'image', caption: 'Una de mis nuevas sudaderas top!! Per ardua ad astra 🚀🚀🚀' }],
    ['2024-12_post_html_logged-out_og-likes-comments_video.html', 'https://www.instagram.com/p/CPQjO5RIIO9/', { likes: 990000, comments: 8873, rounded: ['likes'], publishedAt: '2021-05-24T00:00:00.000Z', kind: 'video' }],
  ])('%s', (file, url, expected) => {
    const post = readInstagramPostPage(parseHtml(loadFixtureText('instagram', file), url), new URL(url));
    expect(post).toMatchObject(expected);
  });

  it('refuses a post page whose meta is for another post', () => {
    const html = loadFixtureText('instagram', '2024-12_post_html_logged-out_og-likes-comments_photo.html');
    expect(readInstagramPostPage(parseHtml(html, ''), new URL('https://www.instagram.com/p/OTHERPOST01/'))).toBeNull();
  });
});

describe('instagram hostile input', () => {
  const hostile = `<script>alert(1)</script> =HYPERLINK("http://evil.example") \u202eevil\u202c ${'x'.repeat(100_000)}`;

  it('reads a hostile bio from embedded JSON as plain capped text', () => {
    const result = ok(read(sharedDataPage({ username: 'bad', biography: hostile, edge_followed_by: { count: 1 } }), 'https://www.instagram.com/bad/'));
    expect(result.creator.bio.length).toBeLessThanOrEqual(CAPS.bio);
    expect(result.creator.bio.startsWith('<script>alert(1)</script> =HYPERLINK("http://evil.example")')).toBe(true);
    expect(result.creator.bio).not.toMatch(/[\u202a-\u202e]/);
  });

  it('reads a hostile bio from the rendered header as plain capped text', () => {
    const escaped = hostile.replace(/&/g, '&amp;').replace(/</g, '&lt;');
    const html = gdgSkeleton().replace(/Google Developer Groups On Campus<br>/, `${escaped}<br>`);
    const result = ok(read(html, 'https://www.instagram.com/gdg_rbu/'));
    expect(result.creator.bio.length).toBeLessThanOrEqual(CAPS.bio);
    expect(result.creator.bio).toContain('<script>alert(1)</script>');
    expect(result.creator.bio).not.toMatch(/[\u202a-\u202e]/);
  });
});

describe('instagram properties', () => {
  const skeleton = gdgSkeleton();
  const url = 'https://www.instagram.com/gdg_rbu/';

  it('the skeleton still reads like the full page', () => {
    const result = ok(read(skeleton, url));
    expect(skeleton.length).toBeLessThan(8_000);
    expect(result.creator).toMatchObject({ followers: 3351, following: 194, postsCount: 177, links: ['https://linktr.ee/gdg_rbu'] });
    expect(result.posts[0]).toMatchObject({ id: 'DFe0nxuhPox', likes: 203, comments: 5 });
  });

  it('never throws and keeps every count a capped integer or null, whatever replaces the numbers', () => {
    // One parsed document, its number-bearing text and attributes overwritten on each run (parsing
    // anew per run would dominate the test's time).
    const doc = parseHtml(skeleton, url);
    const attr = (selector: string, name: string) => {
      const el = doc.querySelector(selector);
      if (!el) throw new Error(`skeleton lost ${selector}`);
      return (v: string) => el.setAttribute(name, v);
    };
    const text = (selector: string) => {
      const el = doc.querySelector(selector);
      if (!el) throw new Error(`skeleton lost ${selector}`);
      return (v: string) => { el.textContent = v; };
    };
    const setters = [
      attr('header span[title]', 'title'),
      text('header span[title] > span'),
      text('header ul > li span > span'),
      text('header a[href$="/following/"] span'),
      text('main a[href*="/reel/"] ul > li span'),
      attr('meta[property="og:description"]', 'content'),
      attr('meta[property="og:url"]', 'content'),
    ];
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 40 }), { minLength: setters.length, maxLength: setters.length }), (values) => {
        setters.forEach((set, i) => set(values[i] ?? ''));
        const result = instagramReader.read(doc, new URL(url), NOW);
        if (result.ok) countsAreSane(result.creator, result.posts);
        else expect(['not-ready', 'unsupported-layout', 'private']).toContain(result.reason);
      }),
      { numRuns: 200 },
    );
  });

  it('never throws on arbitrary JSON captures', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (json) => {
        const result = instagramReader.readCapture(json, new URL(url), NOW);
        countsAreSane(result.creator, result.posts);
      }),
      { numRuns: 200 },
    );
  });

  it('never throws on user objects with random values in every field', () => {
    const field = fc.oneof(fc.integer(), fc.double(), fc.string(), fc.constant(null), fc.constant(1e300), fc.constant(-5));
    fc.assert(
      fc.property(field, field, field, field, (followers, taken, likes, text) => {
        const user = { username: 'gdg_rbu', edge_followed_by: { count: followers }, biography: text, edge_owner_to_timeline_media: { count: likes, edges: [{ node: { shortcode: 'ABCDEFGHIJK', taken_at_timestamp: taken, edge_liked_by: { count: likes }, edge_media_to_caption: { edges: [{ node: { text } }] } } }] } };
        const result = instagramReader.readCapture({ graphql: { user } }, new URL(url), NOW);
        countsAreSane(result.creator, result.posts);
        for (const post of result.posts) expect(post.publishedAt === null || !Number.isNaN(Date.parse(post.publishedAt))).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
