import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CAPS } from '../../../lib/contracts/caps';
import { SnapshotSchema, type Creator, type Post } from '../../../lib/contracts/creator';
import { mergeSnapshots, type SnapshotParts } from '../../../lib/platforms/merge';
import type { CaptureResult } from '../../../lib/platforms/types';

function creator(over: Partial<Creator> = {}): Creator {
  return {
    platform: 'tiktok',
    handle: 'illojuan',
    displayName: 'IlloJuan',
    profileUrl: 'https://www.tiktok.com/@illojuan',
    followers: 783_400,
    following: 0,
    postsCount: null,
    totalLikes: 3_900_000,
    verified: true,
    bio: '',
    emails: [],
    links: [],
    category: null,
    provenance: {
      followers: { source: 'dom', exact: false, via: '[data-e2e=followers-count]' },
      following: { source: 'dom', exact: true, via: '[data-e2e=following-count]' },
      totalLikes: { source: 'dom', exact: false, via: '[data-e2e=likes-count]' },
    },
    joinedAt: null,
    capturedAt: '2025-12-10T10:00:00.000Z',
    ...over,
  };
}

function post(id: string, over: Partial<Post> = {}): Post {
  return {
    id,
    url: null,
    publishedAt: null,
    publishedAtPrecision: null,
    likes: null,
    comments: null,
    views: null,
    shares: null,
    saves: null,
    rounded: [],
    kind: 'video',
    pinned: false,
    sponsored: false,
    caption: '',
    ...over,
  };
}

function capture(over: Partial<CaptureResult> = {}): CaptureResult {
  return { ok: true, creator: null, posts: [], sources: ['capture:item_list'], ...over };
}

const base = (over: Partial<SnapshotParts> = {}): SnapshotParts => ({
  creator: creator(),
  posts: [],
  sources: ['dom:data-e2e'],
  ...over,
});

describe('mergeSnapshots: creator', () => {
  it('prefers an exact count over a rounded one and keeps its provenance', () => {
    const exact = { source: 'json' as const, exact: true, via: 'statsV2.followerCount' };
    const merged = mergeSnapshots(
      base(),
      capture({ creator: { followers: 783_427, totalLikes: 3_912_345, provenance: { followers: exact } } }),
    );
    expect(merged.creator.followers).toBe(783_427);
    expect(merged.creator.provenance.followers).toEqual(exact);
    // No provenance given: an unlabelled value never replaces what the page showed.
    expect(merged.creator.totalLikes).toBe(3_900_000);
    expect(merged.creator.provenance.totalLikes?.via).toBe('[data-e2e=likes-count]');
  });

  it('keeps the first exact value when two exact values disagree, and never downgrades to rounded', () => {
    const merged = mergeSnapshots(
      base(),
      capture({ creator: { following: 5, provenance: { following: { source: 'capture', exact: true, via: 'a' } } } }),
      capture({ creator: { followers: 780_000, provenance: { followers: { source: 'capture', exact: false, via: 'b' } } } }),
    );
    expect(merged.creator.following).toBe(0);
    expect(merged.creator.followers).toBe(783_400);
  });

  it('fills unknown values from any capture, with a provenance entry', () => {
    const merged = mergeSnapshots(
      base({ creator: creator({ postsCount: null, bio: '', verified: null, displayName: '' }) }),
      capture({ creator: { postsCount: 636, bio: 'CONTACT: a@b.com', verified: false, displayName: 'Illo', category: 'Gaming' } }),
      capture({ creator: { postsCount: 640, joinedAt: '2016-01-01T00:00:00.000Z' } }),
    );
    expect(merged.creator.postsCount).toBe(636);
    expect(merged.creator.provenance.postsCount).toEqual({ source: 'capture', exact: false, via: 'capture' });
    expect(merged.creator.bio).toBe('CONTACT: a@b.com');
    expect(merged.creator.verified).toBe(false);
    expect(merged.creator.displayName).toBe('Illo');
    expect(merged.creator.category).toBe('Gaming');
    expect(merged.creator.joinedAt).toBe('2016-01-01T00:00:00.000Z');
  });

  it("keeps the page's own fields and unites e-mails and links", () => {
    const merged = mergeSnapshots(
      base({ creator: creator({ bio: 'page bio', emails: ['a@b.com'], links: ['https://twitch.tv/illojuan'] }) }),
      capture({ creator: { bio: 'other', displayName: 'Other', emails: ['a@b.com', 'c@d.com'], links: ['https://x.com/'] } }),
    );
    expect(merged.creator.bio).toBe('page bio');
    expect(merged.creator.displayName).toBe('IlloJuan');
    expect(merged.creator.emails).toEqual(['a@b.com', 'c@d.com']);
    expect(merged.creator.links).toEqual(['https://twitch.tv/illojuan', 'https://x.com/']);
  });

  it('ignores failed captures and captures of another profile', () => {
    const other = capture({ creator: { handle: 'someoneelse', followers: 1 }, posts: [post('x')], sources: ['capture:other'] });
    const otherPlatform = capture({ creator: { platform: 'youtube', postsCount: 9 }, sources: ['capture:yt'] });
    const failed = capture({ ok: false, creator: { postsCount: 7 }, posts: [post('y')], sources: ['capture:failed'], reason: 'bad' });
    const merged = mergeSnapshots(base(), other, otherPlatform, failed);
    expect(merged.creator.followers).toBe(783_400);
    expect(merged.creator.postsCount).toBeNull();
    expect(merged.posts).toEqual([]);
    expect(merged.sources).toEqual(['dom:data-e2e']);
  });

  it('rejects out-of-range counts from a capture', () => {
    const merged = mergeSnapshots(
      base({ creator: creator({ postsCount: null }) }),
      capture({ creator: { postsCount: -3, provenance: { postsCount: { source: 'capture', exact: true, via: 'x' } } } }),
      capture({ creator: { postsCount: Number.NaN } }),
      capture({ creator: { postsCount: CAPS.count + 1 } }),
    );
    expect(merged.creator.postsCount).toBeNull();
    expect(merged.creator.provenance.postsCount).toBeUndefined();
  });
});

describe('mergeSnapshots: posts', () => {
  it('merges posts by id, field by field, exact over rounded over unknown', () => {
    const fromDom = post('7', { views: 192_100, rounded: ['views'], caption: 'New video… more', kind: 'image' });
    const fromApi = post('7', {
      views: 192_134,
      likes: 25_500,
      comments: 310,
      rounded: ['likes'],
      publishedAt: '2025-12-01T10:00:00.000Z',
      publishedAtPrecision: 'exact',
      url: 'https://www.tiktok.com/@illojuan/video/7',
      caption: 'New video… more text that the grid truncated',
      kind: 'video',
      sponsored: true,
    });
    const another = post('7', { likes: 25_512, pinned: true });
    const [merged] = mergeSnapshots(base({ posts: [fromDom] }), capture({ posts: [fromApi] }), capture({ posts: [another] })).posts;
    expect(merged).toEqual({
      ...fromApi,
      likes: 25_512,
      rounded: [],
      pinned: true,
      sponsored: true,
    });
  });

  it('keeps the finer publication date', () => {
    const relative = post('1', { publishedAt: '2025-11-28T10:00:00.000Z', publishedAtPrecision: 'day' });
    const exact = post('1', { publishedAt: '2025-11-28T07:13:00.000Z', publishedAtPrecision: 'exact' });
    const coarser = post('1', { publishedAt: '2025-11-01T00:00:00.000Z', publishedAtPrecision: 'month' });
    expect(mergeSnapshots(base({ posts: [relative] }), capture({ posts: [exact, coarser] })).posts[0]?.publishedAt).toBe(
      '2025-11-28T07:13:00.000Z',
    );
    expect(mergeSnapshots(base({ posts: [exact] }), capture({ posts: [relative] })).posts[0]?.publishedAtPrecision).toBe('exact');
  });

  it('orders newest first; an undated post stays after the dated post it followed in its own source', () => {
    const merged = mergeSnapshots(
      base({ posts: [post('u1'), post('old', { publishedAt: '2024-01-01T00:00:00Z', publishedAtPrecision: 'exact' }), post('u2')] }),
      capture({
        posts: [
          post('new', { publishedAt: '2025-06-01T00:00:00Z', publishedAtPrecision: 'exact' }),
          post('u3'),
          post('mid', { publishedAt: '2024-06-01T00:00:00+02:00', publishedAtPrecision: 'day' }),
        ],
      }),
    );
    // u1 came before any dated post of the page (newest end); u2 after "old"; u3 after "new" in the capture.
    expect(merged.posts.map((p) => p.id)).toEqual(['u1', 'new', 'u3', 'mid', 'old', 'u2']);
  });

  it('keeps the undated posts of a timeline between the dated ones around them (Instagram grid, YouTube Shorts)', () => {
    const at = (day: number) => ({ publishedAt: `2025-02-${String(day).padStart(2, '0')}T12:00:00.000Z`, publishedAtPrecision: 'day' as const });
    const page = [post('pinned', { ...at(1), pinned: true }), post('a', at(20)), post('x'), post('y'), post('b', at(10)), post('z'), post('c', at(5))];
    const merged = mergeSnapshots(base({ posts: page }));
    // The pinned post is placed by its own date and is no anchor for the undated ones.
    expect(merged.posts.map((p) => p.id)).toEqual(['a', 'x', 'y', 'b', 'z', 'c', 'pinned']);
  });

  it('caps posts at CAPS.posts and unites sources without duplicates', () => {
    const many = Array.from({ length: 150 }, (_, i) => post(`a${i}`));
    const more = Array.from({ length: 150 }, (_, i) => post(`b${i}`));
    const merged = mergeSnapshots(base({ posts: many }), capture({ posts: more, sources: ['capture:item_list', 'dom:data-e2e'] }));
    expect(merged.posts).toHaveLength(CAPS.posts);
    expect(merged.posts[0]?.id).toBe('a0');
    expect(merged.sources).toEqual(['dom:data-e2e', 'capture:item_list']);
  });

  it('does not modify its inputs', () => {
    const input = base({ posts: [post('1', { views: 5, rounded: ['views'] })] });
    const extra = capture({ creator: { followers: 783_427, provenance: { followers: { source: 'json', exact: true, via: 'x' } } }, posts: [post('1', { views: 6 })] });
    const before = JSON.stringify([input, extra]);
    mergeSnapshots(input, extra);
    expect(JSON.stringify([input, extra])).toBe(before);
  });
});

describe('mergeSnapshots properties', () => {
  const count = fc.option(fc.integer({ min: 0, max: CAPS.count }), { nil: null });
  const arbPost = fc
    .record({
      id: fc.constantFrom('1', '2', '3', '4', '5', '6'),
      likes: count,
      views: count,
      roundLikes: fc.boolean(),
      date: fc.option(fc.date({ min: new Date('2020-01-01'), max: new Date('2026-01-01'), noInvalidDate: true }), { nil: null }),
      pinned: fc.boolean(),
    })
    .map(({ id, likes, views, roundLikes, date, pinned }) =>
      post(id, {
        likes,
        views,
        rounded: roundLikes && likes !== null ? ['likes'] : [],
        publishedAt: date?.toISOString() ?? null,
        publishedAtPrecision: date ? 'exact' : null,
        pinned,
      }),
    );

  it('always gives a valid snapshot with one post per id, dated posts newest first', () => {
    fc.assert(
      fc.property(fc.array(arbPost, { maxLength: 8 }), fc.array(fc.array(arbPost, { maxLength: 8 }), { maxLength: 3 }), (basePosts, capturePosts) => {
        const merged = mergeSnapshots(base({ posts: basePosts }), ...capturePosts.map((posts) => capture({ posts })));
        expect(SnapshotSchema.safeParse(merged).success).toBe(true);
        const ids = merged.posts.map((p) => p.id);
        expect(new Set(ids).size).toBe(ids.length);
        expect(new Set(ids)).toEqual(new Set([...basePosts, ...capturePosts.flat()].map((p) => p.id)));
        const dated = merged.posts.filter((p) => p.publishedAt !== null).map((p) => Date.parse(p.publishedAt ?? ''));
        expect(dated).toEqual([...dated].sort((a, b) => b - a));
        // An undated post of the page stays behind the page's unpinned dated post it followed.
        const mergedIndex = new Map(merged.posts.map((p, i) => [p.id, i]));
        let anchor: string | null = null;
        const datedSomewhere = new Set(merged.posts.filter((p) => p.publishedAt !== null).map((p) => p.id));
        const placed = new Set<string>();
        for (const p of basePosts) {
          if (!placed.has(p.id) && p.publishedAt === null && !datedSomewhere.has(p.id) && anchor !== null) {
            expect(mergedIndex.get(p.id)!).toBeGreaterThan(mergedIndex.get(anchor)!);
          }
          placed.add(p.id);
          if (p.publishedAt !== null && !p.pinned) anchor = p.id;
        }
        for (const p of merged.posts) {
          const versions = [...basePosts, ...capturePosts.flat()].filter((v) => v.id === p.id);
          expect(p.pinned).toBe(versions.some((v) => v.pinned));
          // A known count is never lost, and an exact one is never replaced by a rounded one.
          if (versions.some((v) => v.likes !== null)) expect(p.likes).not.toBeNull();
          if (versions.some((v) => v.likes !== null && !v.rounded.includes('likes'))) expect(p.rounded).not.toContain('likes');
        }
      }),
      { numRuns: 500 },
    );
  });
});
