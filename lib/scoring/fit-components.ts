import type { CampaignBrief, MinEngagement } from '../contracts/brief';
import type { Platform } from '../contracts/creator';
import type { Authenticity, Benchmark, Cadence, EngagementBasis, Price, Sponsored } from '../contracts/report';
import { SIGNAL_WEIGHTS } from '../metrics/authenticity';
import { checkableSignals } from '../metrics/comment-quality';
import type { KeywordMatcher } from '../metrics/keyword-match';
import { MIN_SPONSORED_POSTS } from '../metrics/sponsored';
import { formatCount, formatDays, formatList, formatPerWeek, formatPercent, formatPercentRange, formatUsd, formatUsdRange, platformName } from '../format/format';

// Each criterion turns what we know into credit in [0, 1], or says why it cannot (not measured)
// or need not (not set by the brief); fit.ts turns credit into points over the measured criteria.
// There is no partial credit for what the page did not show: an unknown earns neither full nor
// zero points, it is left out (README "No free points").

/**
 * measured: credit in [0, 1]. not-measured: `short` says why in a few words, for the verdict line
 * ("engagement from 1 post"). not-set: the brief does not ask for it.
 */
export type CriterionResult =
  | { status: 'measured'; credit: number; reason: string }
  | { status: 'not-measured'; reason: string; short: string }
  | { status: 'not-set'; reason: string };

function measured(credit: number, reason: string): CriterionResult {
  return { status: 'measured', credit, reason };
}

function notMeasured(reason: string, short: string): CriterionResult {
  return { status: 'not-measured', reason, short };
}

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
  /** Vetted's headline rate (median of per-post rates): what an absolute minimum is held to. */
  headline: number | null;
  headlineReason: string | null;
  basis: EngagementBasis;
  /** The band, with the creator's figure computed as its source computes it (benchmark.value). */
  benchmark: Benchmark | null;
  noBenchmarkReason: string | null;
  /** Enough eligible posts with interactions, on a timeline (metrics.evidence.engagement). */
  enough: boolean;
  /** Eligible posts with interactions on the basis, and how many were eligible. */
  posts: number;
  of: number;
  /** 'popular' when the page lists a selection, not the latest posts. */
  sample: 'latest' | 'popular';
  /** Why no post shows interactions, in a few words, when that is so. */
  noInteractionsShort: string;
}

/**
 * Against the tier's benchmark: 0 at no engagement, 25 % at the Low cutoff, 60 % at the bottom of
 * the Average band, 85 % at its top, all points at the High cutoff. Against an absolute minimum:
 * 60 % at the minimum, all points at twice it. Both never fall as engagement rises. Not measured
 * below the evidence minimum, on a selection of popular posts, or with nothing to compare with.
 */
export function engagementCredit(input: EngagementCreditInput): CriterionResult {
  const { posts, of } = input;
  if (input.sample === 'popular' && posts > 0) {
    return notMeasured('engagement from a selection of popular posts, not the latest, overstates the typical post — not measured', 'popular posts only, not the latest');
  }
  if (posts === 0) {
    const why = input.headlineReason ?? 'no post shows likes, comments or shares';
    return notMeasured(`engagement unknown (${why}) — not measured`, input.noInteractionsShort);
  }
  if (!input.enough) {
    return notMeasured(
      `engagement from ${posts} of ${of} posts is too few to judge (needs 5) — not measured`,
      `engagement from ${posts} post${posts === 1 ? '' : 's'}`,
    );
  }
  if (input.minEngagement.kind === 'absolute') {
    const value = input.headline;
    if (value === null) return notMeasured(`engagement unknown (${input.headlineReason ?? 'not shown'}) — not measured`, 'followers unknown');
    const min = input.minEngagement.value;
    const credit = min === 0 ? 1 : interpolate(value, [[0, 0], [min, 0.6], [2 * min, 1]]);
    return measured(credit, `engagement ${formatPercent(value)} by ${input.basis} vs the brief's minimum ${formatPercent(min)}`);
  }
  const b = input.benchmark;
  if (b === null) {
    const why = input.noBenchmarkReason ?? 'no benchmark for this size';
    const short = input.noBenchmarkReason === 'followers unknown' ? 'followers unknown' : `no engagement benchmark for ${platformName(input.platform)}`;
    return notMeasured(`no band to compare engagement with: ${why}; set an absolute minimum in the brief — not measured`, short);
  }
  if (b.value === null) {
    return notMeasured(`${b.statistic}: ${b.valueReason ?? 'unknown'} — not measured`, b.valueReason === 'followers unknown' ? 'followers unknown' : 'engagement not comparable');
  }
  const credit = interpolate(b.value, [[0, 0], [b.low, 0.25], [b.averageLow, 0.6], [b.averageHigh, 0.85], [b.high, 1]]);
  const group = `${platformName(b.platform)} ${b.tier ?? ''} average`.replace(/\s+/g, ' ');
  return measured(
    credit,
    `engagement ${formatPercent(b.value)} (${b.statistic}, ${b.postsUsed} posts) vs ${group} ${formatPercentRange(b.averageLow, b.averageHigh)} (${b.bracket} followers)`,
  );
}

/**
 * Authenticity counts as measured once the checked signals carry at least half of all signal
 * weight (the comment checks count once one of them could run: checkableSignals).
 */
export const AUTHENTICITY_MIN_CHECKED_SHARE = 0.5;

export function authenticityCredit(a: Authenticity): CriterionResult {
  const parts = [`${a.counts.risk} risk${a.counts.risk === 1 ? '' : 's'}`, `${a.counts.warn} warning${a.counts.warn === 1 ? '' : 's'}`];
  if (a.counts.unknown > 0) parts.push(`${a.counts.unknown} not checked`);
  let total = 0;
  let checked = 0;
  for (const s of checkableSignals(a.signals)) {
    total += SIGNAL_WEIGHTS[s.id];
    if (s.level !== 'unknown') checked += SIGNAL_WEIGHTS[s.id];
  }
  if (total === 0 || checked < AUTHENTICITY_MIN_CHECKED_SHARE * total) {
    const counted = checkableSignals(a.signals);
    const count = counted.filter((s) => s.level !== 'unknown').length;
    return notMeasured(
      `authenticity ${a.score}/100 rests on ${count} of ${counted.length} checks (${parts.join(', ')}), too few to judge — not measured`,
      `${count} of ${counted.length} authenticity checks`,
    );
  }
  return measured(a.score / 100, `authenticity ${a.score}/100 (${parts.join(', ')})`);
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
  brief: Pick<CampaignBrief, 'minPostsPerWeek' | 'maxDaysSinceLastPost'>;
}

/** All credit up to a week (or the brief's limit, if shorter) since the last post, none past the limit, linear between. */
function recencyCredit(days: number, limit: number): number {
  if (days > limit) return 0;
  const fresh = Math.min(FRESH_DAYS, limit);
  if (days <= fresh) return 1;
  return 1 - (days - fresh) / (limit - fresh);
}

/**
 * 70 % for frequency (posts per week against the target), 30 % for recency of the last post.
 * Needs a cadence (3 dated posts on a timeline); the last post's date alone is no rhythm.
 */
export function cadenceCredit(input: CadenceCreditInput): CriterionResult {
  const target = input.brief.minPostsPerWeek !== null && input.brief.minPostsPerWeek > 0 ? input.brief.minPostsPerWeek : POSTING_NORMS[input.platform];
  const targetText = input.brief.minPostsPerWeek ? 'the brief asks' : `${platformName(input.platform)} norm`;
  const limit = input.brief.maxDaysSinceLastPost ?? STALE_AFTER_DAYS;
  if (input.cadence === null) {
    const reason = input.cadenceReason ?? 'no dates';
    return notMeasured(`posting rate unknown (${reason}) — not measured`, reason.startsWith('this page shows popular') ? 'popular posts only, not the latest' : 'posting rate unknown');
  }
  const days = input.cadence.daysSinceLastPost;
  const frequency = clamp01(input.cadence.postsPerWeek / target);
  return measured(
    0.7 * frequency + 0.3 * recencyCredit(days, limit),
    `${formatPerWeek(input.cadence.postsPerWeek)} posts/week vs ${formatPerWeek(target)} ${targetText}, last post ${formatDays(days)} ago`,
  );
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

export function nicheCredit(matchers: readonly KeywordMatcher[], texts: CreatorTexts): CriterionResult {
  if (matchers.length === 0) return { status: 'not-set', reason: 'the brief sets no niche keywords' };
  const hasText = texts.bio !== '' || texts.captions.some((c) => c !== '') || texts.category !== null;
  if (!hasText) return notMeasured('no bio or captions to match niche keywords against — not measured', 'no bio or captions');
  const matched = matchers.filter((m) => anyTextMatches(texts, m)).map((m) => m.keyword);
  const needed = Math.min(matchers.length, NICHE_FULL_MATCHES);
  const credit = Math.min(1, matched.length / needed);
  return measured(
    credit,
    matched.length === 0
      ? `none of the ${matchers.length} niche keywords found in bio or captions`
      : `matches ${matched.length} of ${matchers.length} niche keywords (${formatList(matched)})`,
  );
}

export function audienceSizeCredit(followers: number | null, range: CampaignBrief['followers']): CriterionResult {
  if (range.min === null && range.max === null) return { status: 'not-set', reason: 'the brief sets no follower range' };
  if (followers === null) return notMeasured('followers unknown — not measured', 'followers unknown');
  const min = range.min ?? 0;
  const max = range.max ?? Infinity;
  const rangeText = `${range.min === null ? 'any' : formatCount(range.min)}–${range.max === null ? 'any' : formatCount(range.max)}`;
  const inside = followers >= min && followers <= max;
  return measured(inside ? 1 : 0, `${formatCount(followers)} followers ${inside ? 'within' : 'outside'} the brief's ${rangeText}`);
}

/**
 * All points up to the tier's saturation norm (or the brief's limit, if lower); none at the
 * brief's limit (or twice the norm without one); a straight line between. Posts mentioning a
 * competitor halve what is left. Needs MIN_SPONSORED_POSTS posts: a share of 2 posts is 0, 50 or 100 %.
 */
export function sponsoredCredit(s: Sponsored, maxShare: number | null): CriterionResult {
  const competitorText =
    s.competitorMentions.length > 0
      ? `; mentions competitor ${formatList(s.competitorMentions.map((c) => c.competitor))} in ${s.competitorPostIds.length} post${s.competitorPostIds.length === 1 ? '' : 's'}`
      : '';
  if (s.share === null) return notMeasured(`sponsored share unknown (${s.reason ?? 'no posts'}) — not measured${competitorText}`, 'sponsored share unknown');
  if (s.postsSeen < MIN_SPONSORED_POSTS) {
    return notMeasured(`sponsored share from ${s.postsSeen} post${s.postsSeen === 1 ? '' : 's'} is too few to judge (needs ${MIN_SPONSORED_POSTS}) — not measured${competitorText}`, 'sponsored share from too few posts');
  }
  const penalty = s.competitorPostIds.length > 0 ? 0.5 : 1;
  const normHigh = s.norm?.high ?? 0.15;
  const zeroAt = maxShare ?? 2 * normHigh;
  const fullUpTo = Math.min(normHigh, zeroAt);
  let credit: number;
  if (s.share <= fullUpTo) credit = 1;
  else if (s.share >= zeroAt) credit = 0;
  else credit = 1 - (s.share - fullUpTo) / (zeroAt - fullUpTo);
  const normText = s.norm ? `norm ${formatPercentRange(s.norm.low, s.norm.high)}` : 'no tier norm';
  return measured(
    credit * penalty,
    `${formatPercent(s.share)} of ${s.postsSeen} posts sponsored (${normText}${maxShare === null ? '' : `, brief limit ${formatPercent(maxShare)}`})${competitorText}`,
  );
}

/**
 * All points when the budget covers the high estimate; 60 % at the low estimate; none at half the
 * low estimate or below.
 */
export function budgetCredit(budget: number | null, price: Price): CriterionResult {
  if (budget === null) return { status: 'not-set', reason: 'the brief sets no budget' };
  if (price.low === null || price.high === null) return notMeasured(`price unknown (${price.reason ?? 'no views or followers'}) — not measured`, 'price unknown');
  const credit =
    price.high === 0 || budget >= price.high
      ? 1
      : budget >= price.low
        ? 0.6 + (0.4 * (budget - price.low)) / Math.max(price.high - price.low, 1e-9)
        : interpolate(budget, [[price.low / 2, 0], [price.low, 0.6]]);
  return measured(clamp01(credit), `budget ${formatUsd(budget)} vs estimated ${formatUsdRange(price.low, price.high)} per post`);
}
