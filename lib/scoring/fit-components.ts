import type { CampaignBrief, MinEngagement } from '../contracts/brief';
import type { Platform } from '../contracts/creator';
import type { Authenticity, Benchmark, Cadence, EngagementBasis, Price, Sponsored } from '../contracts/report';
import { formatCount, formatDays, formatDecimal, formatList, formatPercent, formatPercentRange, platformName } from '../metrics/format';
import type { KeywordMatcher } from '../metrics/keyword-match';

// Each criterion turns what we know into credit in [0, 1]; fit.ts turns credit into points.

export interface Credit {
  credit: number;
  reason: string;
}

/**
 * Credit for an input the page did not show: 30 % of the points — a creator whose page hides a
 * number is not sunk by it, but ranks below one who shows an average figure.
 */
export const UNKNOWN_CREDIT = 0.3;

/** Straight lines between (x, y) anchors sorted by x with rising y; flat past the last anchor. */
function interpolate(value: number, anchors: readonly (readonly [number, number])[]): number {
  let prev = anchors[0]!;
  if (value <= prev[0]) return prev[1];
  for (let i = 1; i < anchors.length; i++) {
    const next = anchors[i]!;
    if (value < next[0]) {
      const span = next[0] - prev[0];
      return span <= 0 ? next[1] : prev[1] + ((value - prev[0]) / span) * (next[1] - prev[1]);
    }
    prev = next;
  }
  return prev[1];
}

function clamp01(n: number): number {
  return n < 0 ? 0 : n > 1 ? 1 : n;
}

export interface EngagementCreditInput {
  platform: Platform;
  minEngagement: MinEngagement;
  /** The creator's median rate on `basis`. */
  value: number | null;
  valueReason: string | null;
  basis: EngagementBasis;
  benchmark: Benchmark | null;
  noBenchmarkReason: string | null;
}

/**
 * Against the tier's benchmark: 0 at no engagement, 25 % at the Low cutoff, 60 % at the bottom of
 * the Average band, 85 % at its top, all points at the High cutoff. Against an absolute minimum:
 * 60 % at the minimum, all points at twice it. Both never fall as engagement rises.
 */
export function engagementCredit(input: EngagementCreditInput): Credit {
  const { value } = input;
  if (value === null) return { credit: UNKNOWN_CREDIT, reason: `engagement unknown (${input.valueReason ?? 'not shown'}) — partial credit` };
  const rate = `engagement ${formatPercent(value)} by ${input.basis}`;
  if (input.minEngagement.kind === 'absolute') {
    const min = input.minEngagement.value;
    const credit = min === 0 ? 1 : interpolate(value, [[0, 0], [min, 0.6], [2 * min, 1]]);
    return { credit, reason: `${rate} vs the brief's minimum ${formatPercent(min)}` };
  }
  const b = input.benchmark;
  if (b === null) {
    return {
      credit: UNKNOWN_CREDIT,
      reason: `${rate}, but ${input.noBenchmarkReason ?? 'no benchmark for this size'}; set an absolute minimum in the brief — partial credit`,
    };
  }
  const credit = interpolate(value, [[0, 0], [b.low, 0.25], [b.averageLow, 0.6], [b.averageHigh, 0.85], [b.high, 1]]);
  const group = `${platformName(b.platform)} ${b.tier ?? ''} average`.replace(/\s+/g, ' ');
  return { credit, reason: `${rate} vs ${group} ${formatPercentRange(b.averageLow, b.averageHigh)} (${b.bracket} followers)` };
}

export function authenticityCredit(a: Authenticity): Credit {
  const parts = [`${a.counts.risk} risk${a.counts.risk === 1 ? '' : 's'}`, `${a.counts.warn} warning${a.counts.warn === 1 ? '' : 's'}`];
  if (a.counts.unknown > 0) parts.push(`${a.counts.unknown} not checked`);
  return { credit: a.score / 100, reason: `authenticity ${a.score}/100 (${parts.join(', ')})` };
}

/**
 * Posting norms per week when the brief sets none (methodology §3.4): Instagram 2 feed posts
 * (Mosseri 2021), TikTok ~5 and YouTube ~1 (generic guidance, weak source). X has no published
 * norm; 3 is Vetted's default.
 */
export const POSTING_NORMS: Readonly<Record<Platform, number>> = { instagram: 2, tiktok: 5, youtube: 1, x: 3 };
/** No post in 3 months scores very low in NoxScore (§3.4): recency credit is gone by then. */
export const STALE_AFTER_DAYS = 90;
const FRESH_DAYS = 7;

export interface CadenceCreditInput {
  platform: Platform;
  cadence: Cadence | null;
  cadenceReason: string | null;
  daysSinceLastPost: number | null;
  brief: Pick<CampaignBrief, 'minPostsPerWeek' | 'maxDaysSinceLastPost'>;
}

/** All credit up to a week (or the brief's limit, if shorter) since the last post, none past the limit, linear between. */
function recencyCredit(days: number, limit: number): number {
  if (days > limit) return 0;
  const fresh = Math.min(FRESH_DAYS, limit);
  if (days <= fresh) return 1;
  return 1 - (days - fresh) / (limit - fresh);
}

/** 70 % for frequency (posts per week against the target), 30 % for recency of the last post. */
export function cadenceCredit(input: CadenceCreditInput): Credit {
  const target = input.brief.minPostsPerWeek !== null && input.brief.minPostsPerWeek > 0 ? input.brief.minPostsPerWeek : POSTING_NORMS[input.platform];
  const targetText = input.brief.minPostsPerWeek ? 'the brief asks' : `${platformName(input.platform)} norm`;
  const limit = input.brief.maxDaysSinceLastPost ?? STALE_AFTER_DAYS;
  const days = input.daysSinceLastPost;
  const recency = days === null ? null : recencyCredit(days, limit);
  const lastText = days === null ? 'last post date unknown' : `last post ${formatDays(days)} ago`;
  if (input.cadence === null) {
    const credit = 0.7 * UNKNOWN_CREDIT + 0.3 * (recency ?? UNKNOWN_CREDIT);
    return { credit, reason: `posting rate unknown (${input.cadenceReason ?? 'no dates'}), ${lastText} — partial credit` };
  }
  const frequency = clamp01(input.cadence.postsPerWeek / target);
  return {
    credit: 0.7 * frequency + 0.3 * (recency ?? UNKNOWN_CREDIT),
    reason: `${formatDecimal(input.cadence.postsPerWeek)} posts/week vs ${formatDecimal(target)} ${targetText}, ${lastText}`,
  };
}

export interface CreatorTexts {
  bio: string;
  displayName: string;
  category: string | null;
  captions: readonly string[];
}

function anyTextMatches(texts: CreatorTexts, matcher: KeywordMatcher): boolean {
  if (matcher.test(texts.bio) || matcher.test(texts.displayName) || (texts.category !== null && matcher.test(texts.category))) return true;
  for (const caption of texts.captions) if (matcher.test(caption)) return true;
  return false;
}

/** Up to three of the brief's niche keywords found in the bio, name, category or captions earn all points. */
export const NICHE_FULL_MATCHES = 3;

export function nicheCredit(matchers: readonly KeywordMatcher[], texts: CreatorTexts): Credit {
  if (matchers.length === 0) return { credit: 1, reason: 'the brief sets no niche keywords' };
  const hasText = texts.bio !== '' || texts.captions.some((c) => c !== '') || texts.category !== null;
  if (!hasText) return { credit: UNKNOWN_CREDIT, reason: 'no bio or captions to match niche keywords against — partial credit' };
  const matched = matchers.filter((m) => anyTextMatches(texts, m)).map((m) => m.keyword);
  const needed = Math.min(matchers.length, NICHE_FULL_MATCHES);
  const credit = Math.min(1, matched.length / needed);
  return {
    credit,
    reason:
      matched.length === 0
        ? `none of the ${matchers.length} niche keywords found in bio or captions`
        : `matches ${matched.length} of ${matchers.length} niche keywords (${formatList(matched)})`,
  };
}

export function audienceSizeCredit(followers: number | null, range: CampaignBrief['followers']): Credit {
  if (followers === null) return { credit: UNKNOWN_CREDIT, reason: 'followers unknown — partial credit' };
  const min = range.min ?? 0;
  const max = range.max ?? Infinity;
  const rangeText = `${range.min === null ? 'any' : formatCount(range.min)}–${range.max === null ? 'any' : formatCount(range.max)}`;
  const inside = followers >= min && followers <= max;
  return { credit: inside ? 1 : 0, reason: `${formatCount(followers)} followers ${inside ? 'within' : 'outside'} the brief's ${rangeText}` };
}

/**
 * All points up to the tier's saturation norm (or the brief's limit, if lower); none at the
 * brief's limit (or twice the norm without one); a straight line between. Posts mentioning a
 * competitor halve what is left.
 */
export function sponsoredCredit(s: Sponsored, maxShare: number | null): Credit {
  const competitorText =
    s.competitorMentions.length > 0
      ? `; mentions competitor ${formatList(s.competitorMentions.map((c) => c.competitor))} in ${s.competitorPostIds.length} post${s.competitorPostIds.length === 1 ? '' : 's'}`
      : '';
  const penalty = s.competitorPostIds.length > 0 ? 0.5 : 1;
  if (s.share === null) return { credit: UNKNOWN_CREDIT * penalty, reason: `sponsored share unknown (${s.reason ?? 'no posts'}) — partial credit${competitorText}` };
  const normHigh = s.norm?.high ?? 0.15;
  const zeroAt = maxShare ?? 2 * normHigh;
  const fullUpTo = Math.min(normHigh, zeroAt);
  let credit: number;
  if (s.share <= fullUpTo) credit = 1;
  else if (s.share >= zeroAt) credit = 0;
  else credit = 1 - (s.share - fullUpTo) / (zeroAt - fullUpTo);
  const normText = s.norm ? `norm ${formatPercentRange(s.norm.low, s.norm.high)}` : 'no tier norm';
  return {
    credit: credit * penalty,
    reason: `${formatPercent(s.share)} of ${s.postsSeen} posts sponsored (${normText}${maxShare === null ? '' : `, brief limit ${formatPercent(maxShare)}`})${competitorText}`,
  };
}

/**
 * All points when the budget covers the high estimate; 60 % at the low estimate; none at half the
 * low estimate or below.
 */
export function budgetCredit(budget: number | null, price: Price): Credit {
  if (budget === null) return { credit: 1, reason: 'the brief sets no budget' };
  if (price.low === null || price.high === null) return { credit: UNKNOWN_CREDIT, reason: `price unknown (${price.reason ?? 'no views or followers'}) — partial credit` };
  const credit =
    price.high === 0 || budget >= price.high
      ? 1
      : budget >= price.low
        ? 0.6 + (0.4 * (budget - price.low)) / Math.max(price.high - price.low, 1e-9)
        : interpolate(budget, [[price.low / 2, 0], [price.low, 0.6]]);
  return { credit: clamp01(credit), reason: `budget $${formatCount(budget)} vs estimated $${formatCount(price.low)}–$${formatCount(price.high)} per post` };
}
