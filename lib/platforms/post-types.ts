/**
 * What a post reader gives: the post, who posted it, and the comments the page or its response
 * shows — commenters still by handle. Never stored or sent as is: keyComments turns it into a
 * CommentSample of keyed hashes first. Types only, so content scripts can carry readers.
 */
import type { Platform, Post } from '../contracts/creator';
import type { ReadContext } from './types';

export interface RawComment {
  id: string;
  /** In clear only between the reader and keyComments. */
  authorHandle: string;
  text: string;
  publishedAt: string | null;
  likes: number | null;
  replies: number | null;
  byCreator: boolean;
  creatorReplied: boolean | null;
  creatorLiked: boolean | null;
}

export interface PostAuthor {
  handle: string;
  displayName: string | null;
  followers: number | null;
  verified: boolean | null;
}

export interface PostPageReading {
  platform: Platform;
  /** The post's id on its platform (shortcode, video id, status id). */
  postId: string;
  /** Null when the page names no author (a bare comment continuation). */
  author: PostAuthor | null;
  /** Null for a comment response that carries no counts of its post. */
  post: Post | null;
  comments: RawComment[];
  /** The post's comment count as the page states it, when it does. */
  totalComments: number | null;
  sources: string[];
}

export type PostReadResult = ({ ok: true } & PostPageReading) | { ok: false; reason: 'not-post' | 'unsupported-layout' | 'other-post'; tried: string[] };

/**
 * A platform's post page read whole from the document: what `vet` and the tests call. The content
 * script never carries it: it collects the page (PostPageCollector) and the background reads that
 * extract with the same code, so `readPostPage` is the two steps in a row.
 */
export interface PostPageReader {
  platform: Platform;
  /** The post a URL of this platform points at, or null. */
  postIdOf(url: URL): string | null;
  readPostPage(doc: Document, url: URL, context: ReadContext): PostReadResult;
}

/**
 * A content script's side of a post page: what the reader needs of the page, collected as plain
 * JSON (DOM access only), sent as `post/read-page` and read in the background
 * (lib/background/post-page-reading.ts), so that no JSON, count, date or text parser runs on the page's thread.
 */
export interface PostPageCollector {
  platform: Platform;
  postIdOf(url: URL): string | null;
  /** `pageData`: what the page-world script handed over of the page's own data (YouTube's pick), as its JSON text. */
  collect(doc: Document, url: URL, pageData?: string): unknown;
}

/** One platform's post readers: the post page itself, and the responses it fetches (comments, the post's JSON). */
export interface PostReader extends PostPageReader {
  /** A captured response; `url` is the post page it was fetched on, when known. */
  readPostCapture(json: unknown, url: URL | null, context: ReadContext): PostReadResult;
}
