import type { Post } from '../../lib/contracts/creator';
import type { VettingReport } from '../../lib/contracts/report';
import { interactionsOf } from '../../lib/metrics/eligible-posts';

/** The report's posts by id, for turning the id lists in metrics into links and dates. */
export function postsById(report: VettingReport): ReadonlyMap<string, Post> {
  return new Map(report.snapshot.posts.map((post) => [post.id, post]));
}

/** The eligible posts, newest first, as metrics.eligiblePostIds lists them. */
export function eligiblePosts(report: VettingReport): Post[] {
  const byId = postsById(report);
  return report.metrics.eligiblePostIds.flatMap((id) => byId.get(id) ?? []);
}

/** Eligible posts that entered engagement by views: interactions shown and views > 0. */
export function byViewsPostIds(report: VettingReport): string[] {
  return eligiblePosts(report)
    .filter((p) => interactionsOf(p) !== null && p.views !== null && p.views > 0)
    .map((p) => p.id);
}

/** Eligible posts that show views (view rate, median views). */
export function viewPostIds(report: VettingReport): string[] {
  return eligiblePosts(report)
    .filter((p) => p.views !== null)
    .map((p) => p.id);
}

/** Eligible posts that show likes (median likes). */
export function likePostIds(report: VettingReport): string[] {
  return eligiblePosts(report)
    .filter((p) => p.likes !== null)
    .map((p) => p.id);
}

/** The unpinned dated posts the cadence figures come from, newest first. */
export function datedPostIds(report: VettingReport): string[] {
  return report.snapshot.posts
    .filter((p) => !p.pinned && p.publishedAt !== null && Number.isFinite(Date.parse(p.publishedAt)))
    .sort((a, b) => Date.parse(b.publishedAt!) - Date.parse(a.publishedAt!))
    .map((p) => p.id);
}
