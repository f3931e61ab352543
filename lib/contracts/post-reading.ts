/**
 * A post page's reading as a content script hands it to the background (`post/submit`): the
 * post reader's result (lib/platforms/post-types.ts) with every string and list bounded. The
 * commenters are still by handle here; the background keys them before anything is stored.
 */
import { z } from './zod-mini';
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
  id: z.string().check(z.minLength(1), z.maxLength(CAPS.id)),
  /** Empty when the page named no commenter: such a comment is not kept (keyComments). */
  authorHandle: z.string().check(z.maxLength(CAPS.displayName)),
  text: z.pipe(
    z.string().check(z.maxLength(SUBMITTED_COMMENT_TEXT_MAX)),
    z.transform((text) => capText(text, EVIDENCE_CAPS.commentText)),
  ),
  publishedAt: z.nullable(Iso),
  likes: CountSchema,
  replies: CountSchema,
  byCreator: z.boolean(),
  creatorReplied: z.nullable(z.boolean()),
  creatorLiked: z.nullable(z.boolean()),
});

export const PostAuthorSchema = z.object({
  handle: z.string().check(z.minLength(1), z.maxLength(CAPS.handle)),
  displayName: z.nullable(z.string().check(z.maxLength(CAPS.displayName))),
  followers: CountSchema,
  verified: z.nullable(z.boolean()),
});

export const PostPageReadingSchema = z.object({
  platform: PlatformSchema,
  postId: z.string().check(z.minLength(1), z.maxLength(CAPS.id)),
  author: z.nullable(PostAuthorSchema),
  post: z.nullable(PostSchema),
  /** A page shows more than this only after scrolling; the content script sends the first 200. */
  comments: z.array(RawCommentSchema).check(z.maxLength(EVIDENCE_CAPS.commentsPerPost)),
  totalComments: CountSchema,
  sources: z.array(z.string().check(z.maxLength(200))).check(z.maxLength(20)),
});
export type SubmittedPostReading = z.infer<typeof PostPageReadingSchema>;
