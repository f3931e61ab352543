import type { PostOrder } from '../contracts/creator';
import type { Engagement, EngagementBasis, Evidence } from '../contracts/report';
import { MIN_CADENCE_DATED_POSTS } from './cadence';

/**
 * A median of fewer posts is an anecdote: one viral or one dead post decides it. Five is the
 * smallest sample whose median ignores two outliers on either side (Vetted's own number; README "How Vetted scores" §9).
 */
export const MIN_ENGAGEMENT_POSTS = 5;

export const POPULAR_SAMPLE_NOTE = 'popular posts only, not the latest';

export interface EvidenceInput {
  engagement: Engagement;
  basis: EngagementBasis;
  eligiblePosts: number;
  datedPosts: number;
  postOrder: PostOrder;
}

/**
 * How much the post figures rest on. Engagement counts as measured from MIN_ENGAGEMENT_POSTS
 * eligible posts with interactions (and views, when the headline is by views) on a page that lists
 * the latest posts: a selection of popular posts overstates the typical one. Cadence needs
 * MIN_CADENCE_DATED_POSTS dated posts on such a page (computeCadence refuses it otherwise).
 */
export function assessEvidence(input: EvidenceInput): Evidence {
  const posts = input.basis === 'views' ? input.engagement.postsUsedByViews : input.engagement.postsUsed;
  const popular = input.postOrder === 'popular';
  let note: string | null = null;
  if (popular && posts > 0) note = POPULAR_SAMPLE_NOTE;
  else if (posts > 0 && posts < MIN_ENGAGEMENT_POSTS) note = `too few posts (${posts} of ${input.eligiblePosts})`;
  return {
    sample: popular ? 'popular' : 'latest',
    engagement: { posts, of: input.eligiblePosts, minimum: MIN_ENGAGEMENT_POSTS, enough: !popular && posts >= MIN_ENGAGEMENT_POSTS, note },
    cadence: { datedPosts: input.datedPosts, minimum: MIN_CADENCE_DATED_POSTS, enough: !popular && input.datedPosts >= MIN_CADENCE_DATED_POSTS },
  };
}
