import { FIT_CRITERIA, type FitCriterion, type FitWeights } from '../contracts/brief';
import { capText } from '../contracts/caps';
import type { Fit, FitComponent, FitVerdict } from '../contracts/report';
import type { Credit } from './fit-components';

export const STRONG_FIT = 75;
/** Reasons quote brief keywords and competitor names; the cap keeps the report within its schema. */
export const REASON_MAX = 500;
export const POSSIBLE_FIT = 50;

/**
 * Each criterion's share of 100 points, proportional to the weights, in whole points that sum to
 * exactly 100 (largest remainder; ties go to the criterion listed first).
 */
export function allocatePoints(weights: FitWeights): Record<FitCriterion, number> {
  let total = 0;
  for (const c of FIT_CRITERIA) total += Math.max(0, weights[c]);
  const points = {} as Record<FitCriterion, number>;
  if (total <= 0) {
    // Unreachable through the schema (it asks for a weight above 0); rather than divide by 0, engagement takes all.
    for (const c of FIT_CRITERIA) points[c] = 0;
    points.engagement = 100;
    return points;
  }
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

export function verdictFor(score: number, hardFailCount: number): FitVerdict {
  if (hardFailCount > 0) return 'outside-brief';
  if (score >= STRONG_FIT) return 'strong';
  if (score >= POSSIBLE_FIT) return 'possible';
  return 'weak';
}

/**
 * Points per criterion = round(credit × its share of 100); the fit score is their sum, so the
 * overlay's "+18 engagement …" lines always add up to the headline number.
 */
export function composeFit(weights: FitWeights, credits: Record<FitCriterion, Credit>, hardFails: Fit['hardFails']): Fit {
  const maxPoints = allocatePoints(weights);
  const components: FitComponent[] = [];
  let score = 0;
  for (const criterion of FIT_CRITERIA) {
    const { credit, reason } = credits[criterion];
    const safe = Number.isFinite(credit) ? Math.min(1, Math.max(0, credit)) : 0;
    const points = Math.round(safe * maxPoints[criterion]);
    score += points;
    components.push({ criterion, weight: weights[criterion], score: points, maxPoints: maxPoints[criterion], reason: capText(reason, REASON_MAX) });
  }
  const fails = hardFails.map((f) => ({ criterion: f.criterion, reason: capText(f.reason, REASON_MAX) }));
  return { score, verdict: verdictFor(score, fails.length), hardFails: fails, components };
}
