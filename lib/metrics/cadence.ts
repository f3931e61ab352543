import type { Post, PostOrder } from '../contracts/creator';
import type { Cadence } from '../contracts/report';
import { publishedTime } from './eligible-posts';
import { coefficientOfVariation, median } from './stats';

const DAY_MS = 86_400_000;

/** Fewer dated posts give one or two gaps: a rate, not a rhythm (README "How Vetted scores" §3: at least 3 dated posts). */
export const MIN_CADENCE_DATED_POSTS = 3;

/** Why cadence and recency are null on a page that lists a selection rather than the timeline. */
export const POPULAR_POSTS_REASON = 'this page shows popular posts, not the latest';

export const CADENCE_FORMULAS = {
  postsPerWeek:
    '(posts from the newest to the oldest dated post, inclusive, undated ones between them included, − 1) × 7 ÷ days between those two dates (pinned posts excluded; needs 3 dated posts on a page that lists the latest posts)',
  medianGapDays: 'median of the days between consecutive posts (a gap between two dated posts with k undated posts between them counts as k + 1 equal gaps)',
  daysSinceLastPost: 'days from the newest unpinned dated post to now (null when the page lists popular posts, not the latest)',
  regularity: 'coefficient of variation (standard deviation ÷ mean) of the gaps between posts; 0 is like clockwork',
} as const;

export interface CadenceResult {
  cadence: Cadence | null;
  reason: string | null;
  /** Known from a single dated post, so it lives beside cadence as well as in it. */
  daysSinceLastPost: number | null;
  daysSinceLastPostReason: string | null;
  /**
   * Unpinned posts above the newest dated one on a timeline: they are newer, so the last post is
   * more recent than `daysSinceLastPost` says (an Instagram video tile carries no date).
   */
  newerUndatedPosts: number;
  /** Unpinned dated posts seen (0 on a page of popular posts, where their order says nothing). */
  datedPosts: number;
}

interface Slot {
  time: number | null;
}

/**
 * Posting rhythm from the unpinned posts seen, not only the eligible ones: the newest posts matter
 * most for "is this creator still active". Pinned posts are old favourites, not rhythm.
 *
 * The posts are taken in the snapshot's order, which is the timeline's (newest first; an undated
 * post stays where the page showed it, see mergeSnapshots). An undated post between two dated ones
 * was published between them, so it is counted in the span; a page whose dated posts are not in
 * date order gives no such positions, and then only the dated posts count.
 */
export function computeCadence(posts: readonly Post[], now: Date, postOrder: PostOrder = 'latest'): CadenceResult {
  if (postOrder === 'popular') {
    return { cadence: null, reason: POPULAR_POSTS_REASON, daysSinceLastPost: null, daysSinceLastPostReason: POPULAR_POSTS_REASON, newerUndatedPosts: 0, datedPosts: 0 };
  }
  const slots: Slot[] = [];
  for (const post of posts) if (!post.pinned) slots.push({ time: publishedTime(post) });
  const dated = slots.flatMap((s) => (s.time === null ? [] : [s.time]));
  const times = [...dated].sort((a, b) => b - a);
  const newest = times[0];
  const daysSinceLastPost = newest === undefined ? null : Math.max(0, (now.getTime() - newest) / DAY_MS);
  const inPageOrder = dated.every((t, i) => i === 0 || t <= dated[i - 1]!);
  const firstDated = slots.findIndex((s) => s.time !== null);
  const newerUndatedPosts = inPageOrder && firstDated > 0 ? firstDated : 0;
  const base = {
    daysSinceLastPost,
    daysSinceLastPostReason: daysSinceLastPost === null ? 'no dated posts seen' : null,
    newerUndatedPosts,
    datedPosts: times.length,
  };

  if (times.length < MIN_CADENCE_DATED_POSTS) {
    const reason =
      times.length === 0
        ? 'no dated posts seen: the page gives no post dates'
        : `only ${times.length} dated post${times.length === 1 ? '' : 's'} seen; cadence needs ${MIN_CADENCE_DATED_POSTS}`;
    return { cadence: null, reason, ...base };
  }
  const spanDays = (times[0]! - times[times.length - 1]!) / DAY_MS;
  if (spanDays <= 0) return { cadence: null, reason: 'all dated posts carry the same date', ...base };

  const gaps: number[] = [];
  let postsInSpan = times.length;
  if (inPageOrder) {
    // Walk the timeline: each pair of neighbouring dated posts and the undated ones between them.
    postsInSpan = 0;
    let previous: number | null = null;
    let undatedBetween = 0;
    for (const slot of slots) {
      if (slot.time === null) {
        if (previous !== null) undatedBetween++;
        continue;
      }
      if (previous !== null) {
        const intervals = undatedBetween + 1;
        for (let i = 0; i < intervals; i++) gaps.push((previous - slot.time) / DAY_MS / intervals);
        postsInSpan += undatedBetween;
      }
      postsInSpan++;
      previous = slot.time;
      undatedBetween = 0;
    }
  } else {
    for (let i = 1; i < times.length; i++) gaps.push((times[i - 1]! - times[i]!) / DAY_MS);
  }

  return {
    cadence: {
      postsPerWeek: ((postsInSpan - 1) * 7) / spanDays,
      medianGapDays: median(gaps)!,
      daysSinceLastPost: daysSinceLastPost!,
      regularity: coefficientOfVariation(gaps),
      datedPosts: times.length,
      postsInSpan,
      spanDays,
    },
    reason: null,
    ...base,
  };
}
