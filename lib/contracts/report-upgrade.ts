import { FIT_CRITERIA, type FitCriterion, type FitWeights } from './brief';
import { FIT_VERDICTS } from './vocabulary';
import type { FitVerdict, HardFail, HardLimitId } from './report';
import { assessEvidence } from '../metrics/evidence';
import { applyConfidenceCeilings, confidenceLevel } from '../scoring/confidence';
import type { CriterionResult } from '../scoring/fit-components';
import { composeFit } from '../scoring/fit';
import { fitSummary } from '../scoring/fit-summary';
import { formatCompact, formatCount, platformName } from '../format/format';


/*
 * Version 1 reports (in the shortlist, in session storage, in backups) are read as version 2,
 * derived from what they hold; nothing is written back. Version 1 gave unknown inputs 30 % of
 * their points and unset criteria all of theirs; the stored points are re-composed under the
 * version 2 rules (README "No free points"): a criterion whose reason said "partial credit" or
 * "the brief sets no …", or engagement from fewer than 5 posts, is left out, and the verdict, its
 * line and the score follow from what is left. Confidence gets its ceilings.
 * A value that does not look like a version 1 report is returned as it is, for the schema to judge.
 */

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function num(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

function int(value: unknown): number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : 0;
}

/** Version 1's reasons, as lib/scoring wrote them: the ones that marked an unknown or unset input. */
const V1_PARTIAL = '— partial credit';
const V1_UNSET = /^the brief sets no /;

const V1_HARD_FAIL_SUMMARY: Readonly<Record<HardLimitId, string>> = {
  platform: 'platform not in the brief',
  followers: 'followers out of range',
  'excluded-keyword': 'excluded keyword',
  'days-since-last-post': 'last post too old',
  'sponsored-share': 'too many sponsored posts',
};

function hardFailSummary(criterion: HardLimitId, reason: string, report: Json): string {
  if (criterion === 'followers') {
    const m = /^([\d,]+) followers is (above|below) the brief's (?:maximum|minimum) of ([\d,]+)/.exec(reason);
    if (m) {
      const value = Number(m[1]!.replace(/,/g, ''));
      const limit = Number(m[3]!.replace(/,/g, ''));
      const [a, b] = formatCompact(value) === formatCompact(limit) ? [formatCount(value), formatCount(limit)] : [formatCompact(value), formatCompact(limit)];
      return `${a} followers ${m[2] === 'above' ? '>' : '<'} ${b}`;
    }
  }
  if (criterion === 'days-since-last-post') {
    const days = num(isObject(report.metrics) ? report.metrics.daysSinceLastPost : null);
    if (days !== null) return `last post ${Math.floor(days)} days ago`;
  }
  if (criterion === 'platform') {
    const platform = isObject(report.snapshot) && isObject(report.snapshot.creator) ? report.snapshot.creator.platform : null;
    if (platform === 'instagram' || platform === 'tiktok' || platform === 'youtube' || platform === 'x') return `${platformName(platform)} is not in the brief`;
  }
  return V1_HARD_FAIL_SUMMARY[criterion];
}

const V1_SHORT: Readonly<Record<FitCriterion, string>> = {
  engagement: 'engagement not measured',
  authenticity: 'authenticity not measured',
  cadence: 'posting rate unknown',
  niche: 'no bio or captions',
  audienceSize: 'followers unknown',
  sponsored: 'sponsored share unknown',
  budget: 'price unknown',
};

function v1Short(criterion: FitCriterion, reason: string, report: Json): string {
  if (criterion === 'engagement' && reason.includes('set an absolute minimum')) {
    const platform = isObject(report.snapshot) && isObject(report.snapshot.creator) ? report.snapshot.creator.platform : null;
    if (platform === 'instagram' || platform === 'tiktok' || platform === 'youtube' || platform === 'x') return `no engagement benchmark for ${platformName(platform)}`;
  }
  return V1_SHORT[criterion];
}

function upgradeMetrics(metrics: Json, snapshot: Json): Json {
  const out: Json = { ...metrics };
  const cadence = metrics.cadence;
  if (isObject(cadence) && !('postsInSpan' in cadence)) out.cadence = { ...cadence, postsInSpan: cadence.datedPosts };
  const engagement = isObject(metrics.engagement) ? metrics.engagement : {};
  const basis = metrics.engagementRateBasis === 'views' ? 'views' : 'followers';
  const benchmark = metrics.benchmark;
  if (isObject(benchmark) && !('statistic' in benchmark)) {
    const value = num(benchmark.value);
    out.benchmark = {
      ...benchmark,
      statistic: 'median of per-post rates over the eligible posts (stored before Vetted used the source’s own statistic)',
      postsUsed: int(basis === 'views' ? engagement.postsUsedByViews : engagement.postsUsed),
      valueReason: value === null ? 'not measured' : null,
      perPostMedian: value,
    };
  }
  if (!isObject(metrics.evidence)) {
    const postOrder = snapshot.postOrder === 'popular' ? 'popular' : 'latest';
    const eligible = Array.isArray(metrics.eligiblePostIds) ? metrics.eligiblePostIds.length : 0;
    out.evidence = assessEvidence({
      engagement: { postsUsed: int(engagement.postsUsed), postsUsedByViews: int(engagement.postsUsedByViews) } as Parameters<typeof assessEvidence>[0]['engagement'],
      basis,
      eligiblePosts: eligible,
      datedPosts: isObject(cadence) ? int(cadence.datedPosts) : 0,
      postOrder,
    });
  }
  const reasons = isObject(metrics.reasons) ? metrics.reasons : null;
  if (reasons && !('daysSinceLastPost' in reasons)) {
    out.reasons = { ...reasons, daysSinceLastPost: metrics.daysSinceLastPost === null ? 'no dated posts seen' : null };
  }
  return out;
}

function upgradeFit(fit: Json, report: Json, evidence: { engagementEnough: boolean; engagementPosts: number; cadenceEnough: boolean }): Json {
  const fewPosts =
    evidence.engagementPosts > 0 ? `engagement from ${evidence.engagementPosts} post${evidence.engagementPosts === 1 ? '' : 's'}` : 'engagement not measured';
  const components = Array.isArray(fit.components) ? fit.components.filter(isObject) : [];
  const weights = Object.fromEntries(FIT_CRITERIA.map((c) => [c, 0])) as FitWeights;
  const results = Object.fromEntries(FIT_CRITERIA.map((c) => [c, { status: 'not-set', reason: 'not in the stored report' }])) as Record<FitCriterion, CriterionResult>;
  for (const c of components) {
    const criterion = c.criterion as FitCriterion;
    if (!FIT_CRITERIA.includes(criterion)) continue;
    const reason = typeof c.reason === 'string' ? c.reason : '';
    const weight = num(c.weight) ?? 0;
    const points = num(c.score) ?? 0;
    const max = num(c.maxPoints) ?? 0;
    weights[criterion] = weight;
    if (V1_UNSET.test(reason)) results[criterion] = { status: 'not-set', reason };
    else if (reason.includes(V1_PARTIAL)) results[criterion] = { status: 'not-measured', reason: reason.replace(V1_PARTIAL, '— not measured'), short: v1Short(criterion, reason, report) };
    else if (criterion === 'cadence' && !evidence.cadenceEnough) {
      results[criterion] = { status: 'not-measured', reason: `${reason} — from fewer than 3 dated posts, not measured`, short: 'posting rate unknown' };
    } else if (criterion === 'engagement' && !evidence.engagementEnough) {
      results[criterion] = { status: 'not-measured', reason: `${reason} — from fewer than 5 posts, not measured`, short: fewPosts };
    } else results[criterion] = { status: 'measured', credit: max > 0 ? points / max : 0, reason };
  }
  const hardFails: HardFail[] = (Array.isArray(fit.hardFails) ? fit.hardFails.filter(isObject) : []).map((f) => {
    const criterion = f.criterion as HardLimitId;
    const reason = typeof f.reason === 'string' ? f.reason : '';
    return { criterion, reason, summary: hardFailSummary(criterion, reason, report) };
  });
  if (FIT_CRITERIA.some((c) => weights[c] > 0)) return composeFit(weights, results, hardFails);
  // No points to re-compose (a report without its components): its score and verdict stand, but
  // not a verdict its evidence cannot carry.
  const score = num(fit.score);
  const stored = (FIT_VERDICTS as readonly unknown[]).includes(fit.verdict) ? (fit.verdict as FitVerdict) : null;
  if (stored === null) return fit;
  const evidenceGap = stored !== 'outside-brief' && !evidence.engagementEnough ? fewPosts : null;
  const verdict = evidenceGap ? 'insufficient-evidence' : stored;
  return {
    ...fit,
    verdict,
    hardFails,
    summary: fitSummary({ verdict, score, hardFails, evidenceGap }),
    measured: { criteria: 0, of: 0 },
    evidenceGap,
  };
}

function upgradeConfidence(confidence: Json, evidence: Json): Json {
  const score = num(confidence.score);
  if (score === null || !Array.isArray(confidence.reasons)) return confidence;
  const reasons = confidence.reasons.filter((r): r is string => typeof r === 'string');
  const capped = applyConfidenceCeilings(score, reasons, evidence as Parameters<typeof applyConfidenceCeilings>[2]);
  return { ...confidence, score: capped, level: confidenceLevel(capped), reasons: reasons.slice(0, 20) };
}

/** A version 1 report as version 2; anything else as it is. */
export function upgradeStoredReport(value: unknown): unknown {
  if (!isObject(value) || value.version !== 1) return value;
  const { metrics, fit, confidence, snapshot } = value;
  if (!isObject(metrics) || !isObject(fit) || !isObject(confidence) || !isObject(snapshot)) return value;
  try {
    const upgradedMetrics = upgradeMetrics(metrics, snapshot);
    const evidence = upgradedMetrics.evidence as Json;
    const enough = {
      engagementEnough: isObject(evidence.engagement) && evidence.engagement.enough === true,
      engagementPosts: isObject(evidence.engagement) ? int(evidence.engagement.posts) : 0,
      cadenceEnough: isObject(evidence.cadence) && evidence.cadence.enough === true,
    };
    return {
      ...value,
      version: 2,
      metrics: upgradedMetrics,
      fit: upgradeFit(fit, value, enough),
      confidence: upgradeConfidence(confidence, evidence),
    };
  } catch {
    return value;
  }
}
