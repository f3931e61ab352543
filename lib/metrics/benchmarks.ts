import type { Platform, Post } from '../contracts/creator';
import type { BenchmarkPosition, EngagementBasis } from '../contracts/report';
import { interactionsOf, selectEligiblePosts } from './eligible-posts';
import { median } from './stats';

/**
 * Engagement benchmark bands by platform and follower bracket, as fractions. Every source below
 * splits creators into five bands — Low / Below average / Average / Above average / High — which
 * map to our positions below-low / low / average / high / above-high:
 *   value < low → below-low; < averageLow → low; ≤ averageHigh → average; ≤ high → high; else above-high.
 * The brackets are the sources' own (by followers), not the brief's tiers: the figures were
 * measured on those brackets, and re-cutting them to edited tier boundaries would invent data.
 */
export interface BenchmarkBand {
  minFollowers: number;
  /** Exclusive; null for the open top bracket. */
  maxFollowers: number | null;
  label: string;
  low: number;
  averageLow: number;
  averageHigh: number;
  high: number;
}

/**
 * The statistic a source's table is made of; a creator is placed in a band by the same statistic
 * (compare like with like; README "How Vetted scores" §4), which is not Vetted's own per-post median:
 * - median-per-follower: median interactions per post ÷ followers;
 * - median-over-median-views: median interactions per post ÷ median views per post.
 */
export type BandStatisticKind = 'median-per-follower' | 'median-over-median-views';

export interface PlatformBenchmark {
  platform: Platform;
  basis: EngagementBasis;
  statistic: BandStatisticKind;
  /** The statistic in words, as the source states it. */
  statisticText: string;
  source: string;
  sourceUrl: string;
  bands: readonly BenchmarkBand[];
}

/** Modash computes its tables over the most recent 30 posts. */
export const BAND_POST_LIMIT = 30;
/** The same minimum as Vetted's own engagement figure (README "Evidence minimums"). */
export const MIN_BAND_POSTS = 5;

/** Percent to fraction without float noise (0.39 / 100 is 0.0039000000000000003), so a rate equal to a cutoff sits on it. */
function fraction(percent: number): number {
  return Number((percent / 100).toPrecision(12));
}

/** Figures are written in percent, as the sources print them. */
function band(minFollowers: number, maxFollowers: number | null, label: string, low: number, avgLow: number, avgHigh: number, high: number): BenchmarkBand {
  return { minFollowers, maxFollowers, label, low: fraction(low), averageLow: fraction(avgLow), averageHigh: fraction(avgHigh), high: fraction(high) };
}

// The sources start at 1k followers; smaller accounts are held to the first bracket, the closest data there is.
export const BENCHMARKS: Readonly<Partial<Record<Platform, PlatformBenchmark>>> = {
  // Modash, 72M Instagram profiles; "Average" band, "Low" and "High" cutoffs (methodology §3.2).
  // The page that publishes the table defines it as the median engagements (likes + comments) per
  // post ÷ followers over the most recent 30 posts. (Modash's help centre describes its in-app rate
  // as median likes ÷ followers over two months; the table's own page is what the table measures.)
  // The 500k–1M "Above average" cell reads 1.13–1.46 % against a High of > 2.46 %: we keep 2.46.
  instagram: {
    platform: 'instagram',
    basis: 'followers',
    statistic: 'median-per-follower',
    statisticText: 'median interactions per post ÷ followers, over the latest 30 posts',
    source: 'Modash Instagram engagement benchmarks',
    sourceUrl: 'https://www.modash.io/engagement-rate-calculator?influencer=vc.letsgetit',
    bands: [
      band(0, 5_000, '1k–5k', 1.72, 3.38, 4.42, 7.97),
      band(5_000, 10_000, '5k–10k', 0.62, 1.25, 1.62, 3.54),
      band(10_000, 50_000, '10k–50k', 0.39, 0.84, 1.11, 2.61),
      band(50_000, 100_000, '50k–100k', 0.32, 0.75, 1.01, 2.47),
      band(100_000, 500_000, '100k–500k', 0.41, 0.87, 1.14, 2.63),
      band(500_000, 1_000_000, '500k–1M', 0.46, 0.88, 1.13, 2.46),
      band(1_000_000, null, '1M+', 0.57, 1.02, 1.27, 2.6),
    ],
  },
  // Modash TikTok table, "data collected November 2025": median engagements ÷ median views over
  // the most recent 30 posts — a ratio of medians, not the median of per-post rates. (Modash's 2023
  // table had far lower figures; the 2025 one matches per-view rates seen on real profiles.)
  tiktok: {
    platform: 'tiktok',
    basis: 'views',
    statistic: 'median-over-median-views',
    statisticText: 'median interactions per post ÷ median views per post, over the latest 30 posts',
    source: 'Modash TikTok engagement benchmarks (Nov 2025)',
    sourceUrl: 'https://modash.io/tiktok-engagement-rate-calculator',
    bands: [
      band(0, 5_000, '1k–5k', 9.49, 12.06, 14.04, 18.51),
      band(5_000, 10_000, '5k–10k', 7.79, 10.5, 11.83, 14.59),
      band(10_000, 50_000, '10k–50k', 6.28, 8.38, 9.37, 11.38),
      band(50_000, 100_000, '50k–100k', 5.47, 7.22, 8.03, 10.45),
      band(100_000, 500_000, '100k–500k', 5.07, 6.66, 7.39, 9.56),
      band(500_000, 1_000_000, '500k–1M', 4.73, 6.19, 6.85, 8.12),
      band(1_000_000, null, '1M+', 4.75, 6.2, 6.84, 8.69),
    ],
  },
  // Modash, 8M YouTube channels; stated as median engagements ÷ median views over the most recent
  // 30 videos (methodology §3.2). The figures are low for per-view rates, so treat the bands as loose.
  youtube: {
    platform: 'youtube',
    basis: 'views',
    statistic: 'median-over-median-views',
    statisticText: 'median interactions per video ÷ median views per video, over the latest 30 videos',
    source: 'Modash YouTube engagement benchmarks',
    sourceUrl: 'https://modash.io/youtube-engagement-rate-calculator',
    bands: [
      band(0, 5_000, '1k–5k', 0.41, 1.47, 2.02, 6.42),
      band(5_000, 10_000, '5k–10k', 0.16, 0.59, 0.82, 2.62),
      band(10_000, 50_000, '10k–50k', 0.09, 0.36, 0.51, 1.66),
      band(50_000, 100_000, '50k–100k', 0.05, 0.23, 0.33, 1.08),
      band(100_000, 500_000, '100k–500k', 0.04, 0.19, 0.27, 0.86),
      band(500_000, 1_000_000, '500k–1M', 0.03, 0.16, 0.24, 0.71),
      band(1_000_000, null, '1M+', 0.02, 0.13, 0.18, 0.59),
    ],
  },
  // X: no published tier table; figures quoted for X differ 60-fold by formula (Rival IQ 0.029 %
  // per follower vs Hootsuite 1.8 % per impression), so we show no band rather than invent one.
};

export const NO_BENCHMARK_REASON: Readonly<Partial<Record<Platform, string>>> = {
  x: 'no published engagement benchmark by follower size for X',
};

export interface BenchmarkMatch {
  table: PlatformBenchmark;
  band: BenchmarkBand;
}

export function benchmarkFor(platform: Platform, followers: number | null): BenchmarkMatch | null {
  const table = BENCHMARKS[platform];
  if (!table || followers === null) return null;
  for (const band of table.bands) {
    if (band.maxFollowers === null || followers < band.maxFollowers) return { table, band };
  }
  return null;
}

export function positionInBand(value: number, band: BenchmarkBand): BenchmarkPosition {
  if (value < band.low) return 'below-low';
  if (value < band.averageLow) return 'low';
  if (value <= band.averageHigh) return 'average';
  if (value <= band.high) return 'high';
  return 'above-high';
}

export interface BandStatistic {
  value: number | null;
  postsUsed: number;
  reason: string | null;
}

/**
 * The creator's figure as the table's source computes it: over the most recent eligible posts, up
 * to 30 (unpinned and at least 72 hours old, like Vetted's own figure, so that both are measured on
 * settled counts), and only when at least MIN_BAND_POSTS of them show what the statistic needs.
 * `recent`, when given, is selectEligiblePosts(posts, now, BAND_POST_LIMIT), already computed.
 */
export function bandStatistic(
  table: PlatformBenchmark,
  posts: readonly Post[],
  now: Date,
  followers: number | null,
  recent: readonly Post[] = selectEligiblePosts(posts, now, BAND_POST_LIMIT),
): BandStatistic {
  const interactions: number[] = [];
  const views: number[] = [];
  for (const post of recent) {
    const count = interactionsOf(post);
    if (count === null) continue;
    if (table.statistic === 'median-over-median-views') {
      if (post.views === null || post.views <= 0) continue;
      views.push(post.views);
    }
    interactions.push(count);
  }
  const postsUsed = interactions.length;
  const needs = table.statistic === 'median-over-median-views' ? 'likes, comments or shares and views' : 'likes, comments or shares';
  if (postsUsed < MIN_BAND_POSTS) {
    return { value: null, postsUsed, reason: `${postsUsed} of the latest ${recent.length} posts show ${needs}; the band needs ${MIN_BAND_POSTS}` };
  }
  if (table.statistic === 'median-per-follower') {
    if (followers === null || followers === 0) return { value: null, postsUsed, reason: followers === null ? 'followers unknown' : 'the account has no followers to divide by' };
    return { value: median(interactions)! / followers, postsUsed, reason: null };
  }
  const medianViews = median(views)!;
  return { value: median(interactions)! / medianViews, postsUsed, reason: null };
}
