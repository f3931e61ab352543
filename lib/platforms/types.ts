import type { Creator, Platform, Post, PostOrder } from '../contracts/creator';
import type { ProfileRef } from './profile-ref';

export type ReadFailureReason = 'not-profile' | 'not-ready' | 'private' | 'unsupported-layout';

export interface ReadSuccess {
  ok: true;
  creator: Creator;
  posts: Post[];
  /** Which sources gave values, most trusted first, e.g. ["json:statsV2", "meta:jsonld"]. */
  sources: string[];
  /** 'popular' when the page shows a selection of posts, not the latest in order; absent = 'latest'. */
  postOrder?: PostOrder;
}

export interface ReadFailure {
  ok: false;
  reason: ReadFailureReason;
  /** What the reader looked for, so that the overlay and tests can say why nothing matched. */
  tried: string[];
}

export type ReadResult = ReadSuccess | ReadFailure;

/**
 * A captured API response (the page's own fetch, recorded by the page-world script or saved to a
 * file) read into whatever it holds: some posts, some counts, maybe a partial creator.
 */
export interface CaptureResult {
  ok: boolean;
  /** Null when the response says nothing about the profile itself (a post list). */
  creator: Partial<Creator> | null;
  posts: Post[];
  sources: string[];
  /** Why nothing was read, when ok is false. */
  reason?: string;
}

export interface ReadContext {
  /** The "now" that relative dates ("3 days ago") are resolved against, and capturedAt. */
  now: Date;
  /**
   * The page's own data object as the page-world script picked it from the page's globals (YouTube:
   * ytInitialData, see youtube/page-data-pick.ts), so that the reader need not parse it again from
   * the script text. Read like the embedded data it stands for; absent: the reader parses the document.
   * null: the background has read that pick already and found no reading of the profile in it
   * (lib/background/page-data-reading.ts), so only the rendered page is left to read.
   */
  pageData?: unknown;
}

export interface PlatformReader {
  platform: Platform;
  /** The profile a URL of this platform points at, or null (another platform, a post, a search…). */
  profileRef(url: URL): ProfileRef | null;
  read(doc: Document, url: URL, context: ReadContext): ReadResult;
  readCapture(json: unknown, url: URL, context: ReadContext): CaptureResult;
}

/**
 * A platform whose profile pages the background reads: its content script only collects what the
 * reader needs of the page, as plain text (lib/platforms/<platform>/page-collect.ts), and hands it
 * over as page data; the reader's code never runs on the page's thread.
 */
export interface PageCollector {
  platform: Platform;
  profileRef(url: URL): ProfileRef | null;
  /**
   * What the reader needs of `doc`, the page at `url`: plain JSON values only. `pageData` null: the
   * background has read the page's own data already (YouTube's pick, ReadContext.pageData) and found
   * no reading in it, so that data is not collected again.
   */
  collect(doc: Document, url: URL, pageData?: null): unknown;
}
