import fc from 'fast-check';
import { CampaignBriefSchema, type CampaignBrief } from '../../../lib/contracts/brief';
import { CAPS } from '../../../lib/contracts/caps';
import { DATE_PRECISIONS, PLATFORMS, POST_COUNTS, POST_KINDS, SnapshotSchema, type Post, type Snapshot } from '../../../lib/contracts/creator';
import type { FollowerReading } from '../../../lib/contracts/report';
import { DEFAULT_BRIEF } from '../../../lib/scoring/default-brief';

// Generators of schema-valid inputs for the property tests: mostly realistic sizes, with the
// edges (0, null, the CAPS maximum, odd Unicode) mixed in.

const MIN_DATE = new Date('2018-01-01T00:00:00.000Z');
const MAX_DATE = new Date('2026-01-01T00:00:00.000Z');

export const isoArb = fc.date({ min: MIN_DATE, max: MAX_DATE, noInvalidDate: true }).map((d) => d.toISOString());
export const nowArb = fc.date({ min: new Date('2020-01-01T00:00:00.000Z'), max: MAX_DATE, noInvalidDate: true });

export const countArb = fc.option(
  fc.oneof(
    { weight: 4, arbitrary: fc.integer({ min: 0, max: 50_000 }) },
    { weight: 2, arbitrary: fc.integer({ min: 0, max: 5_000_000 }) },
    { weight: 1, arbitrary: fc.constantFrom(0, 1, CAPS.count) },
  ),
  { nil: null, freq: 5 },
);

const textArb = fc.oneof(fc.string({ maxLength: 80 }), fc.string({ maxLength: 40, unit: 'grapheme' }), fc.constantFrom('#ad @brand', 'Yoga teacher', 'casino nights #sponsored'));

export const postArb: fc.Arbitrary<Post> = fc
  .record({
    id: fc.string({ minLength: 1, maxLength: 24 }),
    publishedAt: fc.option(isoArb, { nil: null, freq: 5 }),
    precision: fc.constantFrom(...DATE_PRECISIONS),
    likes: countArb,
    comments: countArb,
    views: countArb,
    shares: countArb,
    saves: countArb,
    rounded: fc.subarray([...POST_COUNTS]),
    kind: fc.constantFrom(...POST_KINDS),
    pinned: fc.boolean(),
    sponsored: fc.boolean(),
    caption: textArb,
  })
  .map(({ precision, ...p }) => ({ ...p, url: null, publishedAtPrecision: p.publishedAt === null ? null : precision }));

export const snapshotArb: fc.Arbitrary<Snapshot> = fc
  .record({
    platform: fc.constantFrom(...PLATFORMS),
    handle: fc.stringMatching(/^[a-z0-9._-]{1,30}$/),
    followers: countArb,
    following: countArb,
    postsCount: countArb,
    exact: fc.boolean(),
    bio: textArb,
    category: fc.option(fc.string({ maxLength: 30 }), { nil: null }),
    joinedAt: fc.option(isoArb, { nil: null }),
    capturedAt: isoArb,
    posts: fc.array(postArb, { maxLength: 40 }),
    postOrder: fc.constantFrom(undefined, 'latest', 'popular'),
  })
  .map(({ exact, posts, postOrder, ...c }) => {
    const provenance: Snapshot['creator']['provenance'] = {};
    for (const key of ['followers', 'following', 'postsCount'] as const) {
      if (c[key] !== null) provenance[key] = { source: 'json', exact, via: 'arb' };
    }
    return {
      creator: {
        ...c,
        displayName: c.handle,
        profileUrl: `https://example.com/${c.handle}`,
        totalLikes: null,
        verified: null,
        emails: [],
        links: [],
        provenance,
      },
      posts,
      sources: ['arb'],
      ...(postOrder === undefined ? {} : { postOrder }),
    };
  })
  .filter((s) => SnapshotSchema.safeParse(s).success);

const keywordsArb = fc.array(
  fc
    .oneof(fc.string({ minLength: 1, maxLength: 20 }), fc.string({ minLength: 90, maxLength: 100 }), fc.constantFrom('yoga', 'casino', '@brand', 'c++', '#ad'))
    .filter((s) => s.trim() !== ''),
  { maxLength: 4 },
);
const weightArb = fc.oneof(fc.constant(0), fc.double({ min: 0, max: 100, noNaN: true }));

export const briefArb: fc.Arbitrary<CampaignBrief> = fc
  .record({
    platforms: fc.uniqueArray(fc.constantFrom(...PLATFORMS), { minLength: 1, maxLength: 4 }),
    followers: fc.tuple(countArb, countArb).map(([a, b]) => (a !== null && b !== null && a > b ? { min: b, max: a } : { min: a, max: b })),
    minEngagement: fc.oneof(
      fc.record({ kind: fc.constant('absolute' as const), value: fc.double({ min: 0, max: 1, noNaN: true }) }),
      fc.constant({ kind: 'tier-average' as const }),
    ),
    minPostsPerWeek: fc.option(fc.double({ min: 0, max: 100, noNaN: true }), { nil: null }),
    maxDaysSinceLastPost: fc.option(fc.double({ min: 0, max: 3650, noNaN: true }), { nil: null }),
    nicheKeywords: keywordsArb,
    excludedKeywords: keywordsArb,
    competitors: keywordsArb,
    maxSponsoredShare: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: null }),
    budgetPerPost: fc.option(fc.double({ min: 0, max: 1_000_000, noNaN: true }), { nil: null }),
    weights: fc.record({
      engagement: weightArb,
      authenticity: weightArb,
      cadence: weightArb,
      niche: weightArb,
      audienceSize: weightArb,
      sponsored: weightArb,
      budget: weightArb,
    }),
    cpm: fc.option(fc.constant({ 'tiktok-video': { low: 1, high: 40 }, 'instagram-feed': { low: 0, high: 0 } }), { nil: undefined }),
  })
  .map((b) => ({ ...DEFAULT_BRIEF, ...b }))
  .filter((b) => CampaignBriefSchema.safeParse(b).success);

export const historyArb: fc.Arbitrary<FollowerReading[]> = fc.array(
  fc.record({ at: isoArb, followers: fc.oneof(fc.integer({ min: 0, max: 100_000 }), fc.integer({ min: 0, max: CAPS.count })) }),
  { maxLength: 25 },
);
