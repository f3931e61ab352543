import type { Post } from '../contracts/creator';
import type { Cadence } from '../contracts/report';
import { publishedTime } from './eligible-posts';
import { coefficientOfVariation, median } from './stats';

const DAY_MS = 86_400_000;

export const CADENCE_FORMULAS = {
  postsPerWeek: '(dated posts − 1) × 7 ÷ days between the oldest and newest dated post seen (pinned posts excluded)',
  medianGapDays: 'median of the days between consecutive dated posts',
  daysSinceLastPost: 'days from the newest unpinned dated post to now',
  regularity: 'coefficient of variation (standard deviation ÷ mean) of the gaps between posts; 0 is like clockwork',
} as const;

export interface CadenceResult {
  cadence: Cadence | null;
  reason: string | null;
  /** Known from a single dated post, so it lives beside cadence as well as in it. */
  daysSinceLastPost: number | null;
}

/**
 * Posting rhythm from every unpinned dated post seen, not only the eligible ones: the newest posts
 * matter most for "is this creator still active". Pinned posts are old favourites, not rhythm.
 */
export function computeCadence(posts: readonly Post[], now: Date): CadenceResult {
  const times: number[] = [];
  for (const post of posts) {
    if (post.pinned) continue;
    const time = publishedTime(post);
    if (time !== null) times.push(time);
  }
  times.sort((a, b) => b - a);
  const newest = times[0];
  const daysSinceLastPost = newest === undefined ? null : Math.max(0, (now.getTime() - newest) / DAY_MS);

  if (times.length < 2) {
    const reason =
      times.length === 0 ? 'no dated posts seen (YouTube Shorts, for one, carry no date)' : 'only one dated post seen; cadence needs two';
    return { cadence: null, reason, daysSinceLastPost };
  }
  const spanDays = (times[0]! - times[times.length - 1]!) / DAY_MS;
  if (spanDays <= 0) return { cadence: null, reason: 'all dated posts carry the same date', daysSinceLastPost };

  const gaps: number[] = [];
  for (let i = 1; i < times.length; i++) gaps.push((times[i - 1]! - times[i]!) / DAY_MS);

  return {
    cadence: {
      postsPerWeek: ((times.length - 1) * 7) / spanDays,
      medianGapDays: median(gaps)!,
      daysSinceLastPost: daysSinceLastPost!,
      regularity: coefficientOfVariation(gaps),
      datedPosts: times.length,
      spanDays,
    },
    reason: null,
    daysSinceLastPost,
  };
}
