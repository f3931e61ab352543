/**
 * Evidence a creator's post pages give: the posts opened, merged into the creator's
 * post list by id, and samples of their comments. Commenters are stored only as a keyed hash
 * (lib/evidence/keyed-hash.ts), never by handle. Bounded: 200 comments per post, 1,000 per creator.
 */
import { z } from './zod-mini';
import { CAPS } from './caps';
import { CountSchema, PlatformSchema, PostSchema } from './creator';

export const EVIDENCE_CAPS = {
  commentsPerPost: 200,
  commentsPerCreator: 1_000,
  /** Comment text is shown as plain text, capped: enough for the overlay's examples and the signals. */
  commentText: 500,
  /** Posts whose comments are kept: at 200 comments each the creator cap is reached long before. */
  samples: 100,
} as const;

const Iso = z.iso.datetime({ offset: true });

export const CommenterKeySchema = z.string().check(z.regex(/^[0-9a-f]{64}$/, 'a commenter is kept only as a 64-hex keyed hash'));

export const CommentSchema = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(CAPS.id)),
  /** HMAC-SHA-256 of the commenter's handle under the per-install key. */
  authorKey: CommenterKeySchema,
  text: z.string().check(z.maxLength(EVIDENCE_CAPS.commentText)),
  publishedAt: z.nullable(Iso),
  likes: CountSchema,
  replies: CountSchema,
  /** The creator wrote this comment (a reply under their own post, a thread). */
  byCreator: z.boolean(),
  /** The creator answered it; null where the response cannot say. */
  creatorReplied: z.nullable(z.boolean()),
  /** The creator liked or hearted it; null where the response cannot say. */
  creatorLiked: z.nullable(z.boolean()),
});
export type Comment = z.infer<typeof CommentSchema>;

/** The comments read for one post, keyed by the post's id. */
export const CommentSampleSchema = z.object({
  postId: z.string().check(z.minLength(1), z.maxLength(CAPS.id)),
  /** The post's own comment count when it was read, where the page said. */
  totalComments: CountSchema,
  comments: z.array(CommentSchema).check(z.maxLength(EVIDENCE_CAPS.commentsPerPost)),
  readAt: Iso,
  sources: z.array(z.string().check(z.maxLength(200))).check(z.maxLength(20)),
});
export type CommentSample = z.infer<typeof CommentSampleSchema>;

/** Everything post pages told us about one creator. */
export const CreatorEvidenceSchema = z.object({
  version: z.literal(1),
  /** "<platform>:<handle>", as the report's key. */
  key: z.string().check(z.minLength(3), z.maxLength(200)),
  platform: PlatformSchema,
  handle: z.string().check(z.minLength(1), z.maxLength(CAPS.handle)),
  /** Posts read on post pages (and their captured responses), newest first. */
  posts: z.array(PostSchema).check(z.maxLength(CAPS.posts)),
  samples: z.array(CommentSampleSchema).check(z.maxLength(EVIDENCE_CAPS.samples), z.refine((samples) => samples.reduce((n, s) => n + s.comments.length, 0) <= EVIDENCE_CAPS.commentsPerCreator, `at most ${EVIDENCE_CAPS.commentsPerCreator} comments per creator`)),
  updatedAt: Iso,
});
export type CreatorEvidence = z.infer<typeof CreatorEvidenceSchema>;
