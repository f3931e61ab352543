import type { Platform, Post } from '../contracts/creator';
import type { CreatorEvidence } from '../contracts/evidence';
import type { EngagementBasis, PostEvidence } from '../contracts/report';
import type { CommentQuality } from './comment-quality';
import { MIN_ENGAGEMENT_POSTS } from './evidence';

export interface PostEvidenceInput {
  platform: Platform;
  evidence: CreatorEvidence | null;
  /** The creator's posts after the post pages' posts were merged in. */
  posts: readonly Post[];
  /** Eligible posts (the ones the engagement figure may use). */
  eligible: readonly Post[];
  basis: EngagementBasis;
  /** Eligible posts that carry interactions, on the headline's basis. */
  postsUsed: number;
  comments: CommentQuality;
}

function noun(platform: Platform, n: number): string {
  const video = platform === 'youtube' || platform === 'tiktok';
  return video ? (n === 1 ? 'video' : 'videos') : n === 1 ? 'post' : 'posts';
}

/**
 * What the post pages added, and the next step that would measure engagement when the profile
 * shows no likes (YouTube channel pages never do; TikTok grids often show only views). Only a
 * step the user can take: there must be enough eligible posts left to open.
 */
export function assessPostEvidence(input: PostEvidenceInput): PostEvidence {
  const fromPages = new Set((input.evidence?.posts ?? []).map((p) => p.id));
  const postsFromPostPages = input.posts.filter((p) => fromPages.has(p.id)).length;
  const missing = MIN_ENGAGEMENT_POSTS - input.postsUsed;
  let nextStep: string | null = null;
  if (missing > 0 && input.eligible.length >= MIN_ENGAGEMENT_POSTS) {
    const where = input.basis === 'views' ? 'likes and views' : 'likes';
    // With 1–4 posts a rate is shown, marked as from too few posts and left out of the verdict:
    // "to measure engagement" beside that rate would contradict it.
    const goal = input.postsUsed === 0 ? 'to measure engagement' : 'so that engagement counts in the verdict';
    nextStep =
      `Open ${missing} more of the creator's recent ${noun(input.platform, 2)} ${goal}: ` +
      `${input.postsUsed} of the ${MIN_ENGAGEMENT_POSTS} needed show ${where}` +
      (postsFromPostPages > 0 ? ` (${postsFromPostPages} read on ${noun(input.platform, 1)} pages).` : '.');
  }
  return {
    postsFromPostPages,
    comments: { sampled: input.comments.sampled, posts: input.comments.posts, signals: input.comments.signals },
    nextStep,
  };
}
