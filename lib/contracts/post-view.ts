/**
 * What the overlay on a post page shows (`overlay/post`): the creator's verdict from their last
 * vetting and how this post compares with the creator's median. Computed by
 * lib/metrics/post-vs-median.ts; the overlay only formats it.
 */
import { z } from 'zod';
import { CAPS } from './caps';
import { CountSchema, PlatformSchema } from './creator';
import { FitVerdictSchema, FIT_SUMMARY_MAX } from './report';
import { PostId, Rate, Reason } from './report-fields';

/** One of the post's counts against the creator's median of the same count. */
export const PostMultipleSchema = z.object({
  /** The post's count ÷ the median (2.3 → "2.3× median"); null with `reason`. */
  multiple: Rate.nullable(),
  /** This post's count (likes + comments + shares for interactions). */
  post: CountSchema,
  median: Rate.nullable(),
  /** How many of the profile's posts the median is taken over. */
  postsUsed: z.int().min(0).max(CAPS.posts),
  reason: Reason.nullable(),
});
export type PostMultiple = z.infer<typeof PostMultipleSchema>;

/** Modash's paid post performance: median interactions of sponsored posts ÷ median of organic ones. */
export const SponsoredRatioSchema = z.object({
  ratio: Rate.nullable(),
  sponsoredMedian: Rate.nullable(),
  organicMedian: Rate.nullable(),
  sponsoredPosts: z.int().min(0).max(CAPS.posts),
  organicPosts: z.int().min(0).max(CAPS.posts),
  reason: Reason.nullable(),
});
export type SponsoredRatio = z.infer<typeof SponsoredRatioSchema>;

export const PostVerdictSchema = z.object({
  verdict: FitVerdictSchema,
  /** The verdict line as the badge shows it ("Strong fit · 82"). */
  summary: z.string().min(1).max(FIT_SUMMARY_MAX),
  score: z.int().min(0).max(100).nullable(),
  confidence: z.enum(['high', 'medium', 'low']),
  /** When the profile was vetted: the verdict is as old as that. */
  computedAt: z.iso.datetime({ offset: true }),
});
export type PostVerdict = z.infer<typeof PostVerdictSchema>;

export const PostViewSchema = z.object({
  creator: z.object({ platform: PlatformSchema, handle: z.string().min(1).max(CAPS.handle), displayName: z.string().max(CAPS.displayName).nullable() }),
  /** "Open the creator's profile report": the profile page, where the overlay shows the full report. */
  profileUrl: z.string().max(CAPS.url),
  /** Null when the creator's profile was never opened (or its report is no longer kept). */
  verdict: PostVerdictSchema.nullable(),
  post: z.object({ id: PostId, url: z.string().max(CAPS.url).nullable(), sponsored: z.boolean() }),
  interactions: PostMultipleSchema,
  views: PostMultipleSchema,
  /** Only for a sponsored post; null for an organic one. */
  sponsoredVsOrganic: SponsoredRatioSchema.nullable(),
});
export type PostView = z.infer<typeof PostViewSchema>;
