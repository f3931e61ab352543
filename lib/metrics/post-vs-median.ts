/**
 * "This post vs the creator's median", for the overlay on a post page. The medians are the ones
 * the creator's report stands on — its eligible posts (recent, not pinned; see eligible-posts.ts) —
 * so the post page and the profile report never disagree about what "median" means. Pure.
 */
import type { Platform, Post } from '../contracts/creator';
import type { PostMultiple, PostVerdict, PostView, SponsoredRatio } from '../contracts/post-view';
import type { VettingReport } from '../contracts/report';
import { profileUrlFor } from '../platforms/profile-url';
import { interactionsOf } from './eligible-posts';
import { median } from './stats';

export interface PostVsMedianInput {
  platform: Platform;
  handle: string;
  postId: string;
  /** The post as its page and the page's own responses showed it; null when only its comments were read. */
  post: Post | null;
  /** The name the post page shows for its author, when it does. */
  displayName: string | null;
  /** The creator's last vetting (a tab's report or the shortlist's); null when the profile was never opened. */
  report: VettingReport | null;
}

const NOT_VETTED = "the creator's profile has not been opened yet: open it to compare this post with their median";

function multipleOf(postValue: number | null, values: readonly number[], what: { count: string; none: string }): PostMultiple {
  const med = median(values);
  const base = { post: postValue, median: med, postsUsed: values.length };
  if (postValue === null) return { ...base, multiple: null, reason: `this post shows no ${what.count}` };
  if (med === null) return { ...base, multiple: null, reason: what.none };
  if (med === 0) return { ...base, multiple: null, reason: "the creator's median is 0" };
  return { ...base, multiple: postValue / med, reason: null };
}

function notVetted(postValue: number | null): PostMultiple {
  return { multiple: null, post: postValue, median: null, postsUsed: 0, reason: NOT_VETTED };
}

/**
 * Median interactions of the creator's sponsored posts ÷ those of their organic ones, over every
 * post of the profile that shows interactions (pinned ones left out: a creator pins their best).
 * Eligible posts alone would hold a sponsored post or two at most.
 */
export function sponsoredVsOrganic(posts: readonly Post[]): SponsoredRatio {
  const sponsored: number[] = [];
  const organic: number[] = [];
  for (const post of posts) {
    const count = interactionsOf(post);
    if (post.pinned || count === null) continue;
    (post.sponsored ? sponsored : organic).push(count);
  }
  const sponsoredMedian = median(sponsored);
  const organicMedian = median(organic);
  const base = { sponsoredMedian, organicMedian, sponsoredPosts: sponsored.length, organicPosts: organic.length };
  if (sponsoredMedian === null) return { ...base, ratio: null, reason: "none of the profile's posts read is sponsored and shows likes, comments or shares" };
  if (organicMedian === null) return { ...base, ratio: null, reason: "none of the profile's posts read is organic and shows likes, comments or shares" };
  if (organicMedian === 0) return { ...base, ratio: null, reason: 'the median interactions of organic posts is 0' };
  return { ...base, ratio: sponsoredMedian / organicMedian, reason: null };
}

function verdictOf(report: VettingReport): PostVerdict {
  return { verdict: report.fit.verdict, summary: report.fit.summary, score: report.fit.score, confidence: report.confidence.level, computedAt: report.computedAt };
}

export function postVsMedian(input: PostVsMedianInput): PostView {
  const { platform, handle, report } = input;
  const fromReport = report?.snapshot.posts.find((p) => p.id === input.postId) ?? null;
  const post = input.post ?? fromReport;
  const interactions = post ? interactionsOf(post) : null;
  const views = post?.views ?? null;
  const sponsored = post?.sponsored ?? false;
  const creator = { platform, handle, displayName: input.displayName ?? report?.snapshot.creator.displayName ?? null };
  const profileUrl = report?.snapshot.creator.profileUrl ?? profileUrlFor(platform, handle).href;
  const postSummary = { id: input.postId, url: post?.url ?? null, sponsored };
  if (!report) {
    return { creator, profileUrl, verdict: null, post: postSummary, interactions: notVetted(interactions), views: notVetted(views), sponsoredVsOrganic: sponsored ? { ratio: null, sponsoredMedian: null, organicMedian: null, sponsoredPosts: 0, organicPosts: 0, reason: NOT_VETTED } : null };
  }
  const eligibleIds = new Set(report.metrics.eligiblePostIds);
  const eligible = report.snapshot.posts.filter((p) => eligibleIds.has(p.id));
  return {
    creator,
    profileUrl,
    verdict: verdictOf(report),
    post: postSummary,
    interactions: multipleOf(
      interactions,
      eligible.flatMap((p) => interactionsOf(p) ?? []),
      { count: 'likes, comments or shares', none: "none of the creator's recent posts shows likes, comments or shares: open a few of them to measure it" },
    ),
    views: multipleOf(
      views,
      eligible.flatMap((p) => (p.views === null ? [] : [p.views])),
      { count: 'views', none: "none of the creator's recent posts shows views" },
    ),
    sponsoredVsOrganic: sponsored ? sponsoredVsOrganic(report.snapshot.posts) : null,
  };
}
