import { checkableSignals } from '../metrics/comment-quality';
import type { Creator, CreatorCount, Post, PostCount } from '../contracts/creator';
import type { Authenticity, Cadence, Confidence, Evidence, Precision } from '../contracts/report';
import { ELIGIBLE_POST_LIMIT } from '../metrics/eligible-posts';
import { formatDecimal } from '../format/format';

const HOUR_MS = 3_600_000;
export const HIGH_CONFIDENCE = 75;
export const MEDIUM_CONFIDENCE = 45;
const COARSE_PRECISIONS = new Set(['week', 'month', 'year']);

/**
 * How far the numbers can be trusted — kept apart from the fit score, which says how good the
 * creator looks *if* the numbers are right. Starts at 100; each weakness below takes points off.
 */
export const CONFIDENCE_DEDUCTIONS = {
  noPosts: 30,
  fewPosts: 20,
  someMissingPosts: 10,
  followersUnknown: 25,
  followersRounded: 10,
  postCountsRounded: 10,
  approximateDates: 10,
  cadenceUnknown: 10,
  staleDay: 10,
  staleWeek: 20,
  manyUnknownSignals: 10,
} as const;

/**
 * Ceilings whatever the deductions (confidence must agree with the evidence): a figure
 * from fewer posts than its minimum is an anecdote, so at most "low"; a page of popular posts is
 * not the creator's typical output, so at most "medium".
 */
export const CONFIDENCE_CEILINGS = {
  fewPosts: MEDIUM_CONFIDENCE - 1,
  popularSample: HIGH_CONFIDENCE - 1,
} as const;

function creatorPrecision(creator: Creator, key: CreatorCount): Precision {
  if (creator[key] === null) return 'unknown';
  // A known count without provenance cannot be vouched for, so it is treated as rounded.
  return creator.provenance[key]?.exact === true ? 'exact' : 'rounded';
}

function postPrecision(posts: readonly Post[], key: PostCount): Precision {
  let exact = 0;
  let rounded = 0;
  for (const post of posts) {
    if (post[key] === null) continue;
    if (post.rounded.includes(key)) rounded++;
    else exact++;
  }
  if (exact === 0 && rounded === 0) return 'unknown';
  if (rounded === 0) return 'exact';
  return exact === 0 ? 'rounded' : 'mixed';
}

export interface ConfidenceInput {
  creator: Creator;
  eligible: readonly Post[];
  postsUsed: number;
  cadence: Cadence | null;
  cadenceReason: string | null;
  evidence: Evidence;
  authenticity: Authenticity;
  now: Date;
}

export function assessConfidence(input: ConfidenceInput): Confidence {
  const { creator, eligible, postsUsed } = input;
  const d = CONFIDENCE_DEDUCTIONS;
  const reasons: string[] = [];
  let score = 100;
  const deduct = (points: number, reason: string): void => {
    score -= points;
    reasons.push(reason);
  };

  const exactCounts: Confidence['exactCounts'] = {
    followers: creatorPrecision(creator, 'followers'),
    following: creatorPrecision(creator, 'following'),
    postsCount: creatorPrecision(creator, 'postsCount'),
    likes: postPrecision(eligible, 'likes'),
    comments: postPrecision(eligible, 'comments'),
    shares: postPrecision(eligible, 'shares'),
    views: postPrecision(eligible, 'views'),
  };

  if (postsUsed === 0) deduct(d.noPosts, 'no eligible post shows likes, comments or shares, so engagement is not measured');
  else if (postsUsed < 6) deduct(d.fewPosts, `only ${postsUsed} post${postsUsed === 1 ? '' : 's'} entered the engagement rate`);
  else if (postsUsed < ELIGIBLE_POST_LIMIT) deduct(d.someMissingPosts, `${postsUsed} of ${ELIGIBLE_POST_LIMIT} posts entered the engagement rate`);

  if (exactCounts.followers === 'unknown') deduct(d.followersUnknown, 'follower count unknown');
  else if (exactCounts.followers === 'rounded') deduct(d.followersRounded, 'follower count shown rounded (e.g. "1.2M")');

  const postKeys = ['likes', 'comments', 'shares', 'views'] as const;
  const roundedKeys = postKeys.filter((k) => exactCounts[k] === 'rounded' || exactCounts[k] === 'mixed');
  if (roundedKeys.length > 0) deduct(d.postCountsRounded, `post ${roundedKeys.join(', ')} shown rounded on some posts`);

  let dated = 0;
  let coarse = 0;
  for (const post of eligible) {
    if (post.publishedAt === null) continue;
    dated++;
    if (post.publishedAtPrecision !== null && COARSE_PRECISIONS.has(post.publishedAtPrecision)) coarse++;
  }
  if (dated > 0 && coarse * 2 > dated) deduct(d.approximateDates, 'post dates are approximate ("3 months ago")');
  if (input.cadence === null) deduct(d.cadenceUnknown, `posting rate unknown (${input.cadenceReason ?? 'too few dated posts'})`);

  const captured = Date.parse(creator.capturedAt);
  const ageHours = Number.isFinite(captured) ? Math.max(0, (input.now.getTime() - captured) / HOUR_MS) : 0;
  if (ageHours > 24 * 7) deduct(d.staleWeek, `snapshot is ${formatDecimal(ageHours / 24)} days old`);
  else if (ageHours > 24) deduct(d.staleDay, `snapshot is ${formatDecimal(ageHours)} hours old`);

  const counted = checkableSignals(input.authenticity.signals);
  const unknown = counted.filter((s) => s.level === 'unknown').length;
  const checks = counted.length;
  if (checks > 0 && unknown * 2 >= checks) deduct(d.manyUnknownSignals, `${unknown} of ${checks} authenticity checks could not be run`);

  score = applyConfidenceCeilings(Math.max(0, Math.min(100, score)), reasons, input.evidence);
  if (reasons.length === 0) reasons.push(`${postsUsed} posts with exact counts, fresh snapshot`);
  return {
    level: confidenceLevel(score),
    score,
    reasons,
    postsUsed,
    exactCounts,
    snapshotAgeHours: Math.round(ageHours * 10) / 10,
  };
}

export function confidenceLevel(score: number): Confidence['level'] {
  return score >= HIGH_CONFIDENCE ? 'high' : score >= MEDIUM_CONFIDENCE ? 'medium' : 'low';
}

/** The score under CONFIDENCE_CEILINGS, each ceiling that applies said in `reasons` (appended to). */
export function applyConfidenceCeilings(score: number, reasons: string[], evidence: Evidence): number {
  let capped = score;
  const posts = evidence.engagement.posts;
  if (posts < evidence.engagement.minimum && capped > CONFIDENCE_CEILINGS.fewPosts) {
    capped = CONFIDENCE_CEILINGS.fewPosts;
    reasons.push(`at most low: engagement rests on ${posts} post${posts === 1 ? '' : 's'} (needs ${evidence.engagement.minimum})`);
  }
  if (evidence.sample === 'popular') {
    if (capped > CONFIDENCE_CEILINGS.popularSample) {
      capped = CONFIDENCE_CEILINGS.popularSample;
      reasons.push('at most medium: this page shows popular posts, not the latest');
    } else reasons.push('this page shows popular posts, not the latest');
  }
  return capped;
}
