import type { CampaignBrief } from '../../../lib/contracts/brief';
import type { Creator, Snapshot } from '../../../lib/contracts/creator';
import { VettingReportSchema, type FitVerdict, type VettingReport } from '../../../lib/contracts/report';
import { DEFAULT_BRIEF } from '../../../lib/scoring/default-brief';
import { fitSummary } from '../../../lib/scoring/fit-summary';

export const NOW = new Date('2026-03-05T14:00:00.000Z');

let dbCounter = 0;
/** A database name no other test uses, so tests never see each other's rows. */
export function freshDbName(label = 'test'): string {
  dbCounter += 1;
  return `vetted-${label}-${dbCounter}-${Math.random().toString(36).slice(2, 8)}`;
}

export function makeCreator(overrides: Partial<Creator> = {}): Creator {
  const handle = overrides.handle ?? 'ana.cocina';
  const platform = overrides.platform ?? 'instagram';
  return {
    platform,
    handle,
    displayName: 'Ana Cocina',
    profileUrl: `https://www.instagram.com/${handle}/`,
    followers: 48_200,
    following: 612,
    postsCount: 930,
    totalLikes: null,
    verified: false,
    bio: 'Recetas fáciles',
    emails: ['ana@example.com'],
    links: ['https://linktr.ee/anacocina'],
    category: 'Food',
    provenance: { followers: { source: 'json', exact: true, via: 'test' } },
    joinedAt: null,
    capturedAt: NOW.toISOString(),
    ...overrides,
  };
}

export function makeSnapshot(overrides: Partial<Creator> = {}): Snapshot {
  return {
    creator: makeCreator(overrides),
    posts: [
      {
        id: 'p1',
        url: null,
        publishedAt: '2026-03-01T10:00:00.000Z',
        publishedAtPrecision: 'exact',
        likes: 1200,
        comments: 40,
        views: null,
        shares: null,
        saves: null,
        rounded: [],
        kind: 'image',
        pinned: false,
        sponsored: false,
        caption: 'Tortilla',
      },
    ],
    sources: ['test'],
  };
}

export interface ReportFigureOverrides {
  tier?: 'nano' | 'micro' | 'mid' | 'macro' | 'mega' | null;
  engagementRate?: number | null;
  engagementRateBasis?: 'followers' | 'views';
  postsPerWeek?: number;
  daysSinceLastPost?: number | null;
  sponsoredShare?: number | null;
  authenticityScore?: number;
  fitScore?: number;
  fitVerdict?: FitVerdict;
  fitSummary?: string;
  briefId?: string;
  briefName?: string;
  priceLow?: number | null;
  priceHigh?: number | null;
}

/**
 * A complete report, written out by hand (not computed by lib/vetting) so that the figures a test
 * checks are the ones it set. It is parsed with VettingReportSchema: if the contract changes, this
 * fails here with the schema's message instead of somewhere obscure.
 */
export function makeReport(snapshot: Snapshot = makeSnapshot(), f: ReportFigureOverrides = {}): VettingReport {
  const { platform, handle, followers } = snapshot.creator;
  const formula = 'test formula';
  const report = {
    version: 2,
    key: `${platform}:${handle}`,
    snapshot,
    computedAt: snapshot.creator.capturedAt,
    briefId: f.briefId ?? 'default-micro',
    briefName: f.briefName ?? 'Micro-influencers (3k–100k)',
    metrics: {
      followers,
      tier: f.tier === undefined ? 'micro' : f.tier,
      eligiblePostIds: ['p1'],
      engagement: {
        byFollowers: { median: 0.0257, mean: 0.0257 },
        byViews: null,
        postsUsed: 1,
        postsUsedByViews: 0,
        postIds: ['p1'],
        medianInteractions: 1240,
        reasons: { byFollowers: null, byViews: 'no views shown' },
        formulas: { byFollowers: formula, byViews: formula },
      },
      viewRate: null,
      engagementRate: f.engagementRate === undefined ? 0.0257 : f.engagementRate,
      engagementRateBasis: f.engagementRateBasis ?? 'followers',
      medianViews: null,
      medianLikes: 1200,
      cadence: {
        postsPerWeek: f.postsPerWeek ?? 2.5,
        medianGapDays: 2.8,
        daysSinceLastPost: f.daysSinceLastPost ?? 4.2,
        regularity: 0.3,
        datedPosts: 12,
        postsInSpan: 12,
        spanDays: 30,
      },
      daysSinceLastPost: f.daysSinceLastPost === undefined ? 4.2 : f.daysSinceLastPost,
      sponsoredShare: f.sponsoredShare === undefined ? 0.125 : f.sponsoredShare,
      benchmark: null,
      growth: { points: 1, spanDays: 0, perDay: null },
      evidence: {
        sample: 'latest',
        engagement: { posts: 12, of: 12, minimum: 5, enough: true, note: null },
        cadence: { datedPosts: 12, minimum: 3, enough: true },
      },
      reasons: { tier: null, viewRate: 'no views', engagementRate: null, cadence: null, daysSinceLastPost: null, sponsoredShare: null, benchmark: 'none' },
      formulas: {
        eligiblePosts: formula,
        viewRate: formula,
        engagementRate: formula,
        postsPerWeek: formula,
        medianGapDays: formula,
        daysSinceLastPost: formula,
        regularity: formula,
        sponsoredShare: formula,
      },
    },
    authenticity: { score: f.authenticityScore ?? 82, signals: [], counts: { ok: 0, warn: 0, risk: 0, unknown: 0 } },
    sponsored: {
      share: f.sponsoredShare === undefined ? 0.125 : f.sponsoredShare,
      sponsoredPosts: 1,
      postsSeen: 8,
      sponsoredPostIds: [],
      norm: null,
      position: null,
      brands: [],
      competitorMentions: [],
      competitorPostIds: [],
      reason: null,
    },
    price: {
      currency: 'USD',
      format: 'instagram-feed',
      low: f.priceLow === undefined ? 180 : f.priceLow,
      high: f.priceHigh === undefined ? 420 : f.priceHigh,
      expectedViews: null,
      expectedViewsSource: null,
      viewRate: null,
      cpm: { low: 5, high: 12 },
      cpmSource: 'https://example.com/cpm',
      medianInteractions: 1240,
      costPerEngagement: null,
      formula,
      costPerEngagementFormula: formula,
      reason: null,
    },
    fit: {
      score: f.fitScore ?? 74,
      verdict: f.fitVerdict ?? 'possible',
      summary: f.fitSummary ?? fitSummary({ verdict: f.fitVerdict ?? 'possible', score: f.fitScore ?? 74, hardFails: [], evidenceGap: 'engagement from 1 post' }),
      measured: { criteria: 5, of: 5 },
      evidenceGap: f.fitVerdict === 'insufficient-evidence' ? 'engagement from 1 post' : null,
      hardFails: [],
      components: [],
    },
    confidence: {
      level: 'medium',
      score: 60,
      reasons: [],
      postsUsed: 1,
      exactCounts: {
        followers: 'exact',
        following: 'exact',
        postsCount: 'exact',
        likes: 'exact',
        comments: 'exact',
        shares: 'unknown',
        views: 'unknown',
      },
      snapshotAgeHours: 0,
    },
  };
  return VettingReportSchema.parse(report);
}

export function makeBrief(overrides: Partial<CampaignBrief> = {}): CampaignBrief {
  return { ...DEFAULT_BRIEF, id: 'summer-26', name: 'Summer Glow 2026', landingPage: 'https://shop.example.com/glow?ref=ig', ...overrides };
}
