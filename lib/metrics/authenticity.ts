import type { Authenticity, Signal, SignalId, SignalLevel } from '../contracts/report';

/** How much each signal counts in the score: direct evidence of bought followers or likes weighs most. */
export const SIGNAL_WEIGHTS: Readonly<Record<SignalId, number>> = {
  'engagement-too-low': 3,
  'engagement-too-high': 3,
  'follower-growth-spike': 3,
  'like-spread': 2,
  'comment-like-ratio': 2,
  'follower-drop': 2,
  'generic-comments': 2,
  'repeated-comments': 2,
  'commenter-concentration': 2,
  // How often the creator answers says nothing about bought followers: shown, never scored.
  'creator-reply-rate': 0,
  'median-mean-gap': 1,
  'follower-following-ratio': 1,
  'mass-following': 1,
  'few-posts-many-followers': 1,
  'account-age': 1,
};

const CREDIT: Readonly<Record<Exclude<SignalLevel, 'unknown'>, number>> = { ok: 1, warn: 0.5, risk: 0 };
/** What a signal we could not check is worth at most: neither a pass nor a fail. */
export const UNKNOWN_CREDIT_CAP = 0.5;
/** Each risk signal lowers the ceiling by this many points. */
export const RISK_CAP_STEP = 30;

export const AUTHENTICITY_METHOD =
  'Each signal earns credit — ok 1, warn 0.5, risk 0 — weighted by how directly it points at bought ' +
  'followers or likes (3: engagement too low, engagement too high, follower spike; 2: like spread, ' +
  'comment:like ratio, follower drop, generic comments, repeated comments, commenter concentration; 1: median–mean gap, follower:following ratio, ' +
  'mass following, few posts, account age). A signal that could not be checked earns the weighted ' +
  'mean credit of the checked ones, but never more than 0.5: missing data can pull a good score ' +
  'toward 50 and never lifts a poor one. Score = 100 × weighted mean credit, rounded, then capped ' +
  'at 100 − 30 × (number of risk signals), so one red flag keeps a creator out of the top band. ' +
  'With nothing checked the score is 50.';

/** Combines the signals into a 0–100 integer; see AUTHENTICITY_METHOD for the rule. */
export function authenticityScore(signals: readonly Signal[]): number {
  let knownWeight = 0;
  let knownCredit = 0;
  let unknownWeight = 0;
  let risks = 0;
  for (const s of signals) {
    const weight = SIGNAL_WEIGHTS[s.id];
    if (s.level === 'unknown') {
      unknownWeight += weight;
      continue;
    }
    if (s.level === 'risk') risks++;
    knownWeight += weight;
    knownCredit += weight * CREDIT[s.level];
  }
  const totalWeight = knownWeight + unknownWeight;
  if (totalWeight === 0) return Math.round(UNKNOWN_CREDIT_CAP * 100);
  const knownMean = knownWeight === 0 ? UNKNOWN_CREDIT_CAP : knownCredit / knownWeight;
  const unknownCredit = Math.min(UNKNOWN_CREDIT_CAP, knownMean);
  const raw = Math.round((100 * (knownCredit + unknownWeight * unknownCredit)) / totalWeight);
  const cap = Math.max(0, 100 - RISK_CAP_STEP * risks);
  return Math.max(0, Math.min(cap, raw));
}

export function assessAuthenticity(signals: Signal[]): Authenticity {
  const counts = { ok: 0, warn: 0, risk: 0, unknown: 0 };
  for (const s of signals) counts[s.level]++;
  return { score: authenticityScore(signals), signals, counts };
}
