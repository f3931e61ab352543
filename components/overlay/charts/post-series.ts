import type { Post } from '../../../lib/contracts/creator';
import type { VettingReport } from '../../../lib/contracts/report';
import { interactionsOf } from '../../../lib/metrics/eligible-posts';
import { eligiblePosts } from '../report-posts';

export interface SeriesPoint {
  id: string;
  /** The post's date ("2025-05-28"), or its place in the grid when undated. */
  label: string;
  value: number;
  sponsored: boolean;
  /** Pinned posts are shown for context but did not enter the median. */
  pinned: boolean;
}

export interface PostSeries {
  /** Interactions per post where the page shows them; views where it only shows views (e.g. YouTube). */
  metric: 'interactions' | 'views';
  points: SeriesPoint[];
  median: number | null;
}

/**
 * The per-post chart's data: the eligible posts oldest to newest (left to right), after any pinned
 * posts that show the same figure. Null when no post shows interactions or views.
 */
export function postSeries(report: VettingReport): PostSeries | null {
  const eligible = eligiblePosts(report);
  const metric = eligible.some((p) => interactionsOf(p) !== null) ? 'interactions' : 'views';
  const valueOf = (post: Post) => (metric === 'interactions' ? interactionsOf(post) : post.views);
  const toPoint = (post: Post, index: number): SeriesPoint | null => {
    const value = valueOf(post);
    if (value === null) return null;
    return { id: post.id, label: post.publishedAt?.slice(0, 10) ?? `post ${index + 1}`, value, sponsored: post.sponsored, pinned: post.pinned };
  };
  const pinned = report.snapshot.posts.filter((p) => p.pinned).flatMap((p, i) => toPoint(p, i) ?? []);
  const counted = eligible.flatMap((p, i) => toPoint(p, i) ?? []).reverse();
  const points = [...pinned, ...counted];
  if (counted.length === 0) return null;
  const median = metric === 'interactions' ? report.metrics.engagement.medianInteractions : report.metrics.medianViews;
  return { metric, points, median };
}
