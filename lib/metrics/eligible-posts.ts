import type { Post } from '../contracts/creator';

export const ELIGIBLE_POST_LIMIT = 12;
/** Posts younger than this are still collecting likes, so they would drag the rates down. */
export const MIN_POST_AGE_HOURS = 72;
const HOUR_MS = 3_600_000;

export const ELIGIBLE_POSTS_FORMULA =
  `the ${ELIGIBLE_POST_LIMIT} most recent posts that are not pinned and at least ${MIN_POST_AGE_HOURS} hours old; ` +
  'undated posts count as old enough and come after dated ones, in page order';

/** publishedAt in epoch milliseconds, or null when the page gave no date. */
export function publishedTime(post: Post): number | null {
  if (post.publishedAt === null) return null;
  const time = Date.parse(post.publishedAt);
  return Number.isFinite(time) ? time : null;
}

/**
 * The posts the per-post metrics are computed from (methodology §3.1: median of the last 12
 * eligible posts, pinned and < 72 h old excluded).
 *
 * Undated posts have an unknown age. They are kept — after every dated post, in page order —
 * because on some grids (YouTube Shorts) no post has a date, and dropping them would leave
 * nothing; the grid shows newest first, so page order is the best guess at recency we have.
 */
export function selectEligiblePosts(posts: readonly Post[], now: Date, limit: number = ELIGIBLE_POST_LIMIT): Post[] {
  const cutoff = now.getTime() - MIN_POST_AGE_HOURS * HOUR_MS;
  const dated: { post: Post; time: number }[] = [];
  const undated: Post[] = [];
  for (const post of posts) {
    if (post.pinned) continue;
    const time = publishedTime(post);
    if (time === null) undated.push(post);
    else if (time <= cutoff) dated.push({ post, time });
  }
  // Array#sort is stable, so posts with the same time keep page order.
  dated.sort((a, b) => b.time - a.time);
  const eligible: Post[] = [];
  for (const entry of dated) {
    if (eligible.length === limit) return eligible;
    eligible.push(entry.post);
  }
  for (const post of undated) {
    if (eligible.length === limit) break;
    eligible.push(post);
  }
  return eligible;
}

/** likes + comments + shares, each where known; null when none of the three is known. */
export function interactionsOf(post: Post): number | null {
  if (post.likes === null && post.comments === null && post.shares === null) return null;
  return (post.likes ?? 0) + (post.comments ?? 0) + (post.shares ?? 0);
}
