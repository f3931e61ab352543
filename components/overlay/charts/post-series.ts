import type { Post } from '../../../lib/contracts/creator';
import type { VettingReport } from '../../../lib/contracts/report';
import { interactionsOf } from '../../../lib/metrics/eligible-posts';
import { eligiblePosts } from '../report-posts';
import { formatDateUtc } from '../../../lib/format/format';

export interface SeriesPoint {
  id: string;
  /** When the post was published (epoch ms), or null when the page gave no date. */
  time: number | null;
  /** The post's date as the chart's axis writes it ("May 28, 2025", UTC), or "undated". */
  label: string;
  value: number;
  sponsored: boolean;
  /** Pinned posts are shown for context, in their place by date, but did not enter the median. */
  pinned: boolean;
}

export interface PostSeries {
  /** Interactions per post where the page shows them; views where it only shows views (e.g. YouTube). */
  metric: 'interactions' | 'views';
  /** Oldest to newest. */
  points: SeriesPoint[];
  /**
   * 'time' when every post is dated: the x-axis is time and gaps between posts show as gaps.
   * 'order' otherwise: one slot per post, undated posts first (the page lists them as the oldest).
   */
  axis: 'time' | 'order';
  median: number | null;
}

function publishedTime(post: Post): number | null {
  const time = post.publishedAt ? Date.parse(post.publishedAt) : Number.NaN;
  return Number.isFinite(time) ? time : null;
}

/**
 * The per-post chart's data: the eligible posts and any pinned posts showing the same figure, in
 * date order (a pinned post sits where its date puts it, marked, not first). Null when no eligible
 * post shows interactions or views.
 */
export function postSeries(report: VettingReport): PostSeries | null {
  const eligible = eligiblePosts(report);
  const metric = eligible.some((p) => interactionsOf(p) !== null) ? 'interactions' : 'views';
  const valueOf = (post: Post) => (metric === 'interactions' ? interactionsOf(post) : post.views);
  const toPoint = (post: Post): SeriesPoint | null => {
    const value = valueOf(post);
    if (value === null) return null;
    const time = publishedTime(post);
    return { id: post.id, time, label: time === null ? 'undated' : formatDateUtc(time), value, sponsored: post.sponsored, pinned: post.pinned };
  };
  const eligibleIds = new Set(eligible.map((p) => p.id));
  const pinned = report.snapshot.posts.filter((p) => p.pinned && !eligibleIds.has(p.id)).flatMap((p) => toPoint(p) ?? []);
  // Eligible posts come newest first, undated ones last (as the oldest): reversed, oldest first.
  const counted = eligible.flatMap((p) => toPoint(p) ?? []).reverse();
  if (counted.length === 0) return null;
  const all = [...pinned, ...counted];
  const undated = all.filter((p) => p.time === null);
  const dated = all.filter((p) => p.time !== null).sort((a, b) => a.time! - b.time! || a.id.localeCompare(b.id));
  const median = metric === 'interactions' ? report.metrics.engagement.medianInteractions : report.metrics.medianViews;
  return { metric, points: [...undated, ...dated], axis: undated.length === 0 ? 'time' : 'order', median };
}
