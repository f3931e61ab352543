import { capText } from '../contracts/caps';
import type { PostPageReading, PostReadResult } from './post-types';

/**
 * What the background keeps of one reading: 200 comments per post, 500 characters of each. Cut
 * here too, so that one long comment or a page of 500 replies does not get the whole reading refused.
 */
export const SUBMITTED_COMMENTS_MAX = 200;
export const SUBMITTED_COMMENT_TEXT_MAX = 500;

/** Where a reading came from: the page's own document, or a response the page fetched. */
export type ReadingOrigin = 'page' | 'capture';

export interface PostSubmission {
  from: ReadingOrigin;
  reading: PostPageReading;
}

/** A successful read as it is sent; null when it has nothing the background could keep. */
export function postSubmission(result: PostReadResult, from: ReadingOrigin): PostSubmission | null {
  if (!result.ok) return null;
  const { platform, postId, author, post, comments, totalComments, sources } = result;
  if (post === null && comments.length === 0) return null;
  const reading: PostPageReading = {
    platform,
    postId,
    author,
    post,
    comments: comments.slice(0, SUBMITTED_COMMENTS_MAX).map((comment) => ({ ...comment, text: capText(comment.text, SUBMITTED_COMMENT_TEXT_MAX) })),
    totalComments,
    sources: sources.slice(0, 20),
  };
  return { from, reading };
}

/**
 * Whether the background can place the reading on its own: one that names the author does; a
 * comment page names only its post, and belongs to the author an earlier reading of it named.
 */
export const namesAuthor = (submission: PostSubmission): boolean => submission.reading.author !== null;
