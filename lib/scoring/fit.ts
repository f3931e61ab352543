import { FIT_CRITERIA, type FitCriterion, type FitWeights } from '../contracts/brief';
import { capText } from '../contracts/caps';
import type { Fit, FitComponent, FitVerdict, HardFail } from '../contracts/report';
import type { CriterionResult } from './fit-components';
import { fitSummary } from './fit-summary';

export const STRONG_FIT = 75;
export const POSSIBLE_FIT = 50;
/** Reasons quote brief keywords and competitor names; the cap keeps the report within its schema. */
export const REASON_MAX = 500;

/**
 * The evidence rule (README "Enough to judge"): below this share of the set criteria's weight
 * measured, the score is an average of too little. Vetted's own threshold.
 */
export const MIN_MEASURED_WEIGHT_SHARE = 0.6;

/**
 * Each criterion's share of 100 points, proportional to the weights, in whole points that sum to
 * exactly 100 (largest remainder; ties go to the criterion listed first). All 0 when every weight
 * is 0 (nothing measured).
 */
export function allocatePoints(weights: FitWeights): Record<FitCriterion, number> {
  let total = 0;
  for (const c of FIT_CRITERIA) total += Math.max(0, weights[c]);
  const points = {} as Record<FitCriterion, number>;
  for (const c of FIT_CRITERIA) points[c] = 0;
  if (total <= 0) return points;
  const remainders: { c: FitCriterion; r: number }[] = [];
  let given = 0;
  for (const c of FIT_CRITERIA) {
    const exact = (Math.max(0, weights[c]) * 100) / total;
    points[c] = Math.floor(exact);
    given += points[c];
    remainders.push({ c, r: exact - points[c] });
  }
  remainders.sort((a, b) => b.r - a.r);
  for (let i = 0; given < 100 && i < remainders.length; i++, given++) points[remainders[i]!.c] += 1;
  return points;
}

export function verdictFor(score: number | null, hardFailCount: number, evidenceGap: string | null = null): FitVerdict {
  if (hardFailCount > 0) return 'outside-brief';
  if (evidenceGap !== null || score === null) return 'insufficient-evidence';
  if (score >= STRONG_FIT) return 'strong';
  if (score >= POSSIBLE_FIT) return 'possible';
  return 'weak';
}

/**
 * Whether enough was measured to give a verdict, and if not, why in a few words. Not enough when
 * engagement is set but not measured (it is what the brief is about, and the only criterion that
 * needs posts with interactions: every verdict then rests on at least 5 of them), or when the
 * measured criteria carry less than MIN_MEASURED_WEIGHT_SHARE of the set criteria's weight.
 */
export function evidenceGapOf(weights: FitWeights, results: Record<FitCriterion, CriterionResult>): string | null {
  const engagement = results.engagement;
  if (weights.engagement > 0 && engagement.status === 'not-measured') return engagement.short;
  let set = 0;
  let measuredWeight = 0;
  let setCount = 0;
  let measuredCount = 0;
  for (const c of FIT_CRITERIA) {
    if (weights[c] <= 0 || results[c].status === 'not-set') continue;
    set += weights[c];
    setCount++;
    if (results[c].status === 'measured') {
      measuredWeight += weights[c];
      measuredCount++;
    }
  }
  if (set === 0) return 'the brief sets no criterion';
  if (measuredWeight < MIN_MEASURED_WEIGHT_SHARE * set) return `only ${measuredCount} of ${setCount} criteria measured`;
  return null;
}

/**
 * Points per criterion = round(credit × its share of 100), shares taken over the measured criteria
 * only: unset and unmeasured criteria are left out and the weights renormalised, so nothing the
 * page did not show adds or takes points. The fit score is the sum, so the overlay's "+18
 * engagement …" lines always add up to the headline number.
 */
export function composeFit(weights: FitWeights, results: Record<FitCriterion, CriterionResult>, hardFails: readonly HardFail[]): Fit {
  const measuredWeights = { ...weights };
  for (const c of FIT_CRITERIA) if (results[c].status !== 'measured') measuredWeights[c] = 0;
  const maxPoints = allocatePoints(measuredWeights);
  const components: FitComponent[] = [];
  let score = 0;
  let measuredCount = 0;
  let setCount = 0;
  for (const criterion of FIT_CRITERIA) {
    const result = results[criterion];
    const status = weights[criterion] <= 0 ? 'not-set' : result.status;
    let points = 0;
    if (status === 'measured' && result.status === 'measured') {
      const safe = Number.isFinite(result.credit) ? Math.min(1, Math.max(0, result.credit)) : 0;
      points = Math.round(safe * maxPoints[criterion]);
      measuredCount++;
    }
    if (status !== 'not-set') setCount++;
    score += points;
    const reason = weights[criterion] <= 0 && result.status !== 'not-set' ? `weight 0 in the brief (${result.reason})` : result.reason;
    components.push({ criterion, status, weight: weights[criterion], score: points, maxPoints: status === 'measured' ? maxPoints[criterion] : 0, reason: capText(reason, REASON_MAX) });
  }
  const fails = hardFails.map((f) => ({ criterion: f.criterion, reason: capText(f.reason, REASON_MAX), summary: f.summary }));
  const finalScore = measuredCount === 0 ? null : score;
  const evidenceGap = fails.length > 0 ? null : evidenceGapOf(weights, results);
  const verdict = verdictFor(finalScore, fails.length, evidenceGap);
  return {
    score: finalScore,
    verdict,
    summary: fitSummary({ verdict, score: finalScore, hardFails: fails, evidenceGap }),
    measured: { criteria: measuredCount, of: setCount },
    evidenceGap: verdict === 'insufficient-evidence' ? (evidenceGap ?? 'nothing measured') : null,
    hardFails: fails,
    components,
  };
}
