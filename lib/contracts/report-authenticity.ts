import { z } from './zod-mini';
import { CAPS } from './caps';
import { Reason, Message, PostId, Share, Score } from './report-fields';

// The report's authenticity signals, what post pages added, and the sponsored share.

export const SIGNAL_IDS = [
  'engagement-too-low',
  'engagement-too-high',
  'like-spread',
  'median-mean-gap',
  'comment-like-ratio',
  'follower-following-ratio',
  'mass-following',
  'few-posts-many-followers',
  'follower-growth-spike',
  'follower-drop',
  'generic-comments',
  'repeated-comments',
  'commenter-concentration',
  'creator-reply-rate',
  'account-age',
] as const;
export const SignalIdSchema = z.enum(SIGNAL_IDS);
/** The signals the authenticity score combines: how often the creator answers is shown with the comments, not scored. */
export const AUTHENTICITY_SIGNAL_IDS = SIGNAL_IDS.filter((id) => id !== 'creator-reply-rate');
export type SignalId = z.infer<typeof SignalIdSchema>;
export const SignalLevelSchema = z.enum(['ok', 'warn', 'risk', 'unknown']);
export type SignalLevel = z.infer<typeof SignalLevelSchema>;

export const SignalSchema = z.object({
  id: SignalIdSchema,
  level: SignalLevelSchema,
  /** The measured value (a fraction, a count or days, as the message says); null when unknown. */
  value: z.nullable(z.number()),
  /** The limit the value was held against; null when the signal has none or is unknown. */
  threshold: z.nullable(z.number()),
  message: Message,
});
export type Signal = z.infer<typeof SignalSchema>;

export const AuthenticitySchema = z.object({
  score: Score,
  signals: z.array(SignalSchema).check(z.maxLength(SIGNAL_IDS.length)),
  counts: z.object({ ok: z.int().check(z.minimum(0)), warn: z.int().check(z.minimum(0)), risk: z.int().check(z.minimum(0)), unknown: z.int().check(z.minimum(0)) }),
});
export type Authenticity = z.infer<typeof AuthenticitySchema>;

/**
 * What the creator's post pages added (lib/metrics/comment-quality.ts): posts whose counts came
 * from their own page, the comment sample behind the comment signals, and the one thing that
 * would let Vetted measure what it could not ("Open 3 more videos…").
 */
export const PostEvidenceSchema = z.object({
  postsFromPostPages: z.int().check(z.minimum(0), z.maximum(CAPS.posts)),
  comments: z.object({
    sampled: z.int().check(z.minimum(0)),
    posts: z.int().check(z.minimum(0)),
    signals: z.array(SignalSchema).check(z.maxLength(SIGNAL_IDS.length)),
  }),
  nextStep: z.nullable(Message),
});
export type PostEvidence = z.infer<typeof PostEvidenceSchema>;
export const NO_POST_EVIDENCE: PostEvidence = { postsFromPostPages: 0, comments: { sampled: 0, posts: 0, signals: [] }, nextStep: null };

export const SponsoredSchema = z.object({
  share: z.nullable(Share),
  sponsoredPosts: z.int().check(z.minimum(0)),
  /** Unpinned posts seen on the page (the share's denominator). */
  postsSeen: z.int().check(z.minimum(0)),
  sponsoredPostIds: z.array(PostId).check(z.maxLength(CAPS.posts)),
  /** Lefty's acceptable saturation for the creator's tier. */
  norm: z.nullable(z.object({ low: Share, high: Share, source: z.string().check(z.maxLength(CAPS.url)) })),
  position: z.nullable(z.enum(['below', 'within', 'above'])),
  /** Accounts @mentioned in sponsored posts, most frequent first. */
  brands: z.array(z.string().check(z.maxLength(64))).check(z.maxLength(CAPS.listItems)),
  /** Posts that mention a competitor from the brief. */
  competitorMentions: z.array(z.object({ competitor: z.string().check(z.maxLength(100)), postIds: z.array(PostId).check(z.maxLength(CAPS.posts)) })).check(z.maxLength(CAPS.listItems)),
  competitorPostIds: z.array(PostId).check(z.maxLength(CAPS.posts)),
  reason: z.nullable(Reason),
});
export type Sponsored = z.infer<typeof SponsoredSchema>;
