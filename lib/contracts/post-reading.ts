/**
 * A post page's reading as a content script hands it to the background (`post/submit`): the
 * post reader's result (lib/platforms/post-types.ts) with every string and list bounded. The
 * commenters are still by handle here; the background keys them before anything is stored.
 */
import { z } from 'zod';
import { CAPS, capText } from './caps';
import { CountSchema, PlatformSchema, PostSchema } from './creator';
import { EVIDENCE_CAPS } from './evidence';

const Iso = z.iso.datetime({ offset: true });

/**
 * A comment's text as a page may show it is longer than the 500 characters kept; up to this much
 * is taken and cut to EVIDENCE_CAPS.commentText, anything longer is refused with the message.
 */
export const SUBMITTED_COMMENT_TEXT_MAX = 20 * EVIDENCE_CAPS.commentText;

export const RawCommentSchema = z.object({
  id: z.string().min(1).max(CAPS.id),
  /** Empty when the page named no commenter: such a comment is not kept (keyComments). */
  authorHandle: z.string().max(CAPS.displayName),
  text: z
    .string()
    .max(SUBMITTED_COMMENT_TEXT_MAX)
    .transform((text) => capText(text, EVIDENCE_CAPS.commentText)),
  publishedAt: Iso.nullable(),
  likes: CountSchema,
  replies: CountSchema,
  byCreator: z.boolean(),
  creatorReplied: z.boolean().nullable(),
  creatorLiked: z.boolean().nullable(),
});

export const PostAuthorSchema = z.object({
  handle: z.string().min(1).max(CAPS.handle),
  displayName: z.string().max(CAPS.displayName).nullable(),
  followers: CountSchema,
  verified: z.boolean().nullable(),
});

export const PostPageReadingSchema = z.object({
  platform: PlatformSchema,
  postId: z.string().min(1).max(CAPS.id),
  author: PostAuthorSchema.nullable(),
  post: PostSchema.nullable(),
  /** A page shows more than this only after scrolling; the content script sends the first 200. */
  comments: z.array(RawCommentSchema).max(EVIDENCE_CAPS.commentsPerPost),
  totalComments: CountSchema,
  sources: z.array(z.string().max(200)).max(20),
});
export type SubmittedPostReading = z.infer<typeof PostPageReadingSchema>;
