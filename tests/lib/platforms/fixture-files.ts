/**
 * The saved fixtures and their expected files, without any test runner: the reader tests, the
 * golden test and the scripts (`npm run golden:update`) all load fixtures through here.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseSavedPage } from '../../../lib/cli/saved-page';
import type { Platform } from '../../../lib/contracts/creator';

export const FIXTURES_DIR = join(import.meta.dirname, '..', '..', 'fixtures');

/**
 * A value the page holds that the reader does not return (yet). The expected file keeps the page's
 * value where it belongs (`creator`/`posts`); the gap says what the reader gives instead and why,
 * and the reader test asserts exactly that, so a gap is shown, never hidden, and a reader that
 * starts reading the value fails the test until the gap is removed.
 */
export interface KnownGap {
  /** `creator.<field>` or `posts[<index>].<field>`. */
  field: string;
  /** What the page says (equal to the value written at `field`). */
  page: unknown;
  /** What the reader returns today. */
  reader: unknown;
  reason: string;
}

export type ExpectedPost = { index: number } & Record<string, unknown>;

/**
 * The `*.expected.json` written by hand beside each fixture, from what the page says (never from a
 * reader's output); the format is described in tests/fixtures/README.md. `creator` and each `posts[]` entry name fields of the Creator and Post
 * contracts; every named field is compared exactly, and a reader may return more.
 */
export interface FixtureExpectation {
  /** Original file under ../shared/fixtures/real/, and what (if anything) was trimmed from the copy. */
  source: string;
  trimmed: string | null;
  /** The URL the page was served at. */
  url: string;
  /** "now" for relative dates ("3 days ago"): the capture date. */
  now: string;
  kind: 'page' | 'capture';
  /** Where on the page the expected values are (paths, selectors, visible text): how to check them by hand. */
  where?: { creator?: string; posts?: string };
  /**
   * For a page the readers refuse (`expect.ok: false`, e.g. a post page): what it holds all the
   * same, creator and posts in the same fields, and why nothing reads it. Every value is a known gap.
   */
  pageHolds?: { why: string; where: string; creator: Record<string, unknown> | null; posts: Array<Record<string, unknown>> };
  /**
   * For a post page or a response it fetched: what the post reader (lib/platforms/<platform>/post)
   * must read, written from the page. `comments` summarises the comments shown: how many, how many
   * distinct commenters, how many by the creator, answered by the creator, liked by the creator, and
   * the first one's fields.
   */
  postReader?: ExpectedPostReading;
  /**
   * The same document read at the address of another post it renders, as after the app moved to
   * that post without reloading (TikTok's feed of videos below the opened one): what the post
   * reader must read there, and where on the page it is.
   */
  postReaderAfterNavigation?: Array<{ url: string; where: string; postReader: ExpectedPostReading }>;
  expect:
    | {
        ok: true;
        /** Null when the file says nothing about the creator (a list of posts). */
        creator?: Record<string, unknown> | null;
        /** How many posts the reader must return. */
        postCount?: number;
        /** The posts in the reader's order, by index. */
        posts?: ExpectedPost[];
        knownGaps?: KnownGap[];
        /** As below: a post's own response at its post's address is read by the readers, refused by `vet` alone (`not-profile`). */
        vetReason?: string;
      }
    | {
        ok: false;
        reason: string;
        /**
         * What `vet` says given this file alone at `url`, when it is not the reader's reason: `vet`
         * refuses a URL that names no profile (a post, a comment response) before any reader runs.
         */
        vetReason?: string;
      };
}

export interface ExpectedPostReading {
  postId: string;
  author: Record<string, unknown> | null;
  post: Record<string, unknown> | null;
  totalComments: number | null;
  comments: { count: number; distinctAuthors: number; byCreator: number; creatorReplied: number; creatorLiked: number; first: Record<string, unknown> } | null;
  knownGaps: Array<{ field: string; page: unknown; reader: unknown; reason: string }>;
}

/** Keys of an expected post that document the page (its visible date text…) and are not compared. */
export const NOTE_KEYS = ['seen', 'note'] as const;

/** What every expected file names for the creator and for each post: the value, or null when the page does not show it. */
export const CREATOR_FIELDS = ['handle', 'displayName', 'followers', 'following', 'postsCount', 'verified'] as const;
export const POST_FIELDS = ['id', 'publishedAt', 'likes', 'comments', 'views', 'shares'] as const;

const GAP_FIELD = /^(?:creator\.(\w+)|posts\[(\d+)\]\.(\w+))$/;

/**
 * What the reader must return according to an expected file: the page's values, with each known
 * gap's field replaced by what the reader gives today, and note keys left out.
 */
export function readerShould(expected: Extract<FixtureExpectation['expect'], { ok: true }>): {
  creator: Record<string, unknown> | null | undefined;
  posts: ExpectedPost[];
} {
  const creator = expected.creator ? { ...expected.creator } : expected.creator;
  const posts = (expected.posts ?? []).map((post) => {
    const copy: ExpectedPost = { ...post };
    for (const key of NOTE_KEYS) delete copy[key];
    return copy;
  });
  for (const gap of expected.knownGaps ?? []) {
    const m = GAP_FIELD.exec(gap.field);
    if (!m) throw new Error(`known gap "${gap.field}": write creator.<field> or posts[<index>].<field>`);
    const [, creatorKey, index, postKey] = m;
    const target = creatorKey ? creator : posts.find((p) => p.index === Number(index));
    const key = (creatorKey ?? postKey)!;
    if (!target || !(key in target)) throw new Error(`known gap "${gap.field}": the expected file has no value there`);
    if (JSON.stringify(target[key]) !== JSON.stringify(gap.page)) throw new Error(`known gap "${gap.field}": "page" ${JSON.stringify(gap.page)} differs from the value written there, ${JSON.stringify(target[key])}`);
    target[key] = gap.reader;
  }
  return { creator, posts };
}

export function fixtureFiles(platform: Platform): string[] {
  return readdirSync(join(FIXTURES_DIR, platform))
    .filter((f) => !f.endsWith('.expected.json') && !f.endsWith('.md'))
    .sort();
}

export function loadExpectation(platform: Platform, file: string): FixtureExpectation {
  const name = file.replace(/\.(html|json)$/, '.expected.json');
  return JSON.parse(readFileSync(join(FIXTURES_DIR, platform, name), 'utf8')) as FixtureExpectation;
}

export function loadFixtureText(platform: Platform, file: string): string {
  return readFileSync(join(FIXTURES_DIR, platform, file), 'utf8');
}

/**
 * A page as a Document, parsed as `npm run vet` parses it (lib/cli/saved-page.ts: the browser's
 * parsing algorithm, nothing run or fetched; a lost embedded-JSON container throws).
 */
export function parseHtml(html: string, url: string): Document {
  return parseSavedPage(html, url || 'page');
}
