import { z } from 'zod';
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
  value: z.number().nullable(),
  /** The limit the value was held against; null when the signal has none or is unknown. */
  threshold: z.number().nullable(),
  message: Message,
});
export type Signal = z.infer<typeof SignalSchema>;

export const AuthenticitySchema = z.object({
  score: Score,
  signals: z.array(SignalSchema).max(SIGNAL_IDS.length),
  counts: z.object({ ok: z.int().min(0), warn: z.int().min(0), risk: z.int().min(0), unknown: z.int().min(0) }),
});
export type Authenticity = z.infer<typeof AuthenticitySchema>;

/**
 * What the creator's post pages added (lib/metrics/comment-quality.ts): posts whose counts came
 * from their own page, the comment sample behind the comment signals, and the one thing that
 * would let Vetted measure what it could not ("Open 3 more videos…").
 */
export const PostEvidenceSchema = z.object({
  postsFromPostPages: z.int().min(0).max(CAPS.posts),
  comments: z.object({
    sampled: z.int().min(0),
    posts: z.int().min(0),
    signals: z.array(SignalSchema).max(SIGNAL_IDS.length),
  }),
  nextStep: Message.nullable(),
});
export type PostEvidence = z.infer<typeof PostEvidenceSchema>;
export const NO_POST_EVIDENCE: PostEvidence = { postsFromPostPages: 0, comments: { sampled: 0, posts: 0, signals: [] }, nextStep: null };

export const SponsoredSchema = z.object({
  share: Share.nullable(),
  sponsoredPosts: z.int().min(0),
  /** Unpinned posts seen on the page (the share's denominator). */
  postsSeen: z.int().min(0),
  sponsoredPostIds: z.array(PostId).max(CAPS.posts),
  /** Lefty's acceptable saturation for the creator's tier. */
  norm: z.object({ low: Share, high: Share, source: z.string().max(CAPS.url) }).nullable(),
  position: z.enum(['below', 'within', 'above']).nullable(),
  /** Accounts @mentioned in sponsored posts, most frequent first. */
  brands: z.array(z.string().max(64)).max(CAPS.listItems),
  /** Posts that mention a competitor from the brief. */
  competitorMentions: z
    .array(z.object({ competitor: z.string().max(100), postIds: z.array(PostId).max(CAPS.posts) }))
    .max(CAPS.listItems),
  competitorPostIds: z.array(PostId).max(CAPS.posts),
  reason: Reason.nullable(),
});
export type Sponsored = z.infer<typeof SponsoredSchema>;
