/**
 * What the overlay on a post page shows (`overlay/post`): the creator's verdict from their last
 * vetting and how this post compares with the creator's median. Computed by
 * lib/metrics/post-vs-median.ts; the overlay only formats it.
 */
import { z } from './zod-mini';
import { CAPS } from './caps';
import { CountSchema, PlatformSchema } from './creator';
import { FitVerdictSchema, FIT_SUMMARY_MAX } from './report';
import { PostId, Rate, Reason } from './report-fields';

/** One of the post's counts against the creator's median of the same count. */
export const PostMultipleSchema = z.object({
  /** The post's count ÷ the median (2.3 → "2.3× median"); null with `reason`. */
  multiple: z.nullable(Rate),
  /** This post's count (likes + comments + shares for interactions). */
  post: CountSchema,
  median: z.nullable(Rate),
  /** How many of the profile's posts the median is taken over. */
  postsUsed: z.int().check(z.minimum(0), z.maximum(CAPS.posts)),
  reason: z.nullable(Reason),
});
export type PostMultiple = z.infer<typeof PostMultipleSchema>;

/** Modash's paid post performance: median interactions of sponsored posts ÷ median of organic ones. */
export const SponsoredRatioSchema = z.object({
  ratio: z.nullable(Rate),
  sponsoredMedian: z.nullable(Rate),
  organicMedian: z.nullable(Rate),
  sponsoredPosts: z.int().check(z.minimum(0), z.maximum(CAPS.posts)),
  organicPosts: z.int().check(z.minimum(0), z.maximum(CAPS.posts)),
  reason: z.nullable(Reason),
});
export type SponsoredRatio = z.infer<typeof SponsoredRatioSchema>;

export const PostVerdictSchema = z.object({
  verdict: FitVerdictSchema,
  /** The verdict line as the badge shows it ("Strong fit · 82"). */
  summary: z.string().check(z.minLength(1), z.maxLength(FIT_SUMMARY_MAX)),
  score: z.nullable(z.int().check(z.minimum(0), z.maximum(100))),
  confidence: z.enum(['high', 'medium', 'low']),
  /** When the profile was vetted: the verdict is as old as that. */
  computedAt: z.iso.datetime({ offset: true }),
});
export type PostVerdict = z.infer<typeof PostVerdictSchema>;

export const PostViewSchema = z.object({
  creator: z.object({ platform: PlatformSchema, handle: z.string().check(z.minLength(1), z.maxLength(CAPS.handle)), displayName: z.nullable(z.string().check(z.maxLength(CAPS.displayName))) }),
  /** "Open the creator's profile report": the profile page, where the overlay shows the full report. */
  profileUrl: z.string().check(z.maxLength(CAPS.url)),
  /** Null when the creator's profile was never opened (or its report is no longer kept). */
  verdict: z.nullable(PostVerdictSchema),
  post: z.object({ id: PostId, url: z.nullable(z.string().check(z.maxLength(CAPS.url))), sponsored: z.boolean() }),
  interactions: PostMultipleSchema,
  views: PostMultipleSchema,
  /** Only for a sponsored post; null for an organic one. */
  sponsoredVsOrganic: z.nullable(SponsoredRatioSchema),
});
export type PostView = z.infer<typeof PostViewSchema>;
