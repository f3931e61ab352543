import { CAPS, capCount } from '../contracts/caps';
import type { Creator, DatePrecision, Post, PostCount, PostOrder, Provenance } from '../contracts/creator';
import { CREATOR_COUNTS, DATE_PRECISIONS, POST_COUNTS } from '../contracts/vocabulary';
import type { CaptureResult } from './types';

/** What a reading of a page gives, and what a merge returns (a ReadSuccess without `ok`). */
export interface SnapshotParts {
  creator: Creator;
  posts: Post[];
  sources: string[];
  /**
   * The page reading's post order; captures do not change it. Absent = 'latest'. A chronological
   * capture (X `UserTweets`, TikTok `item_list`) never turns a 'popular' reading into 'latest': the
   * page draws what it shows from those same responses (X renders a logged-out profile from its
   * UserTweets answer), and a response cannot say whether its viewer is logged in or how the grid
   * is sorted; the page reading can.
   */
  postOrder?: PostOrder;
}

// The Snapshot contract allows 50 source names.
const MAX_SOURCES = 50;

// A count from a capture that did not say where it came from is not trusted to be exact: an
// unlabelled value must never replace a labelled exact one.
const UNLABELLED: Provenance = { source: 'capture', exact: false, via: 'capture' };

/**
 * One snapshot from a page reading and any number of captured API responses for the same profile.
 *
 * Creator counts: an exact value beats a rounded one; between two of the same kind the earlier
 * argument wins (the page reading first, then captures in the order given: most trusted first).
 * A count the page itself rendered is the anchor: a capture's exact value may only refine a rounded
 * one it agrees with (see `refines`), so a page script that posts a forged "exact" response cannot
 * replace what the page shows (48.2K stays 48.2K against a capture of 7).
 * Other creator fields keep the page's value and are only filled where it is empty or unknown;
 * e-mails and links are united. A capture that names another platform or handle is ignored entirely.
 *
 * Posts are merged by id, field by field: each count takes its exact value over a rounded one over
 * null; the publication date takes the finest precision; the longest caption wins (the DOM truncates);
 * the kind and URL come from the version that knows more counts; `pinned`/`sponsored` are true if
 * any source says so. Posts are ordered newest first; an undated post keeps its place right after
 * the unpinned dated post that came before it in its own source (at the top when none did), because
 * on a timeline the posts between two dated ones were published between them and cadence counts
 * them (README "Cadence"). Capped at CAPS.posts. Sources are united in order. Pure: the inputs are
 * not modified.
 */
export function mergeSnapshots(base: SnapshotParts, ...captures: CaptureResult[]): SnapshotParts {
  const usable = captures.filter((c) => c.ok && sameProfile(base.creator, c.creator));
  const creator = usable.reduce<Creator>((merged, c) => (c.creator ? mergeCreator(merged, c.creator, base.creator) : merged), {
    ...base.creator,
    provenance: { ...base.creator.provenance },
  });

  const byId = new Map<string, Post>();
  // Where an undated post sits in the list it was first seen in: after the last unpinned dated post
  // before it (by id: that post's merged date places both), or at the top (null).
  const anchorOf = new Map<string, string | null>();
  for (const list of [base.posts, ...usable.map((c) => c.posts)]) {
    let anchor: string | null = null;
    for (const post of list) {
      const seen = byId.get(post.id);
      byId.set(post.id, seen ? mergePost(seen, post) : { ...post, rounded: [...post.rounded] });
      if (!anchorOf.has(post.id)) anchorOf.set(post.id, anchor);
      if (post.publishedAt !== null && timeOf(post) !== Number.NEGATIVE_INFINITY && !post.pinned) anchor = post.id;
    }
  }
  // Map iteration order is first-seen order; sort() is stable, so a dated post stays ahead of the
  // undated ones placed after it (its anchor was seen first), and equal places keep their order.
  const sortKey = (post: Post): number => {
    const time = timeOf(post);
    if (time !== Number.NEGATIVE_INFINITY) return time;
    const anchor = anchorOf.get(post.id);
    const anchored = anchor ? byId.get(anchor) : undefined;
    return anchored ? timeOf(anchored) : Number.POSITIVE_INFINITY;
  };
  const posts = [...byId.values()]
    .sort((a, b) => compareDesc(sortKey(a), sortKey(b)))
    .slice(0, CAPS.posts);

  const sources = [...new Set([...base.sources, ...usable.flatMap((c) => c.sources)])].slice(0, MAX_SOURCES);
  return base.postOrder === undefined ? { creator, posts, sources } : { creator, posts, sources, postOrder: base.postOrder };
}

function sameProfile(base: Creator, other: Partial<Creator> | null): boolean {
  if (!other) return true;
  if (other.platform !== undefined && other.platform !== base.platform) return false;
  return other.handle === undefined || other.handle.toLowerCase() === base.handle;
}

/** The unit of a count's last significant digit: 48,200 → 100, 1,200,000 → 100,000, 7 → 1. */
function lastDigitUnit(count: number): number {
  let unit = 1;
  while (count > 0 && count % (unit * 10) === 0) unit *= 10;
  return unit;
}

/**
 * Whether an exact count can be what a rounded one shows: within one unit of its last digit either
 * way, since platforms round ("48.2K" from 48,150) or truncate ("1.2M" from 1,299,999).
 */
export function refines(rounded: number, exact: number): boolean {
  return Math.abs(exact - rounded) <= lastDigitUnit(rounded);
}

function mergeCreator(merged: Creator, other: Partial<Creator>, page: Creator): Creator {
  const result: Creator = { ...merged, provenance: { ...merged.provenance } };
  for (const field of CREATOR_COUNTS) {
    const value = capCount(other[field]);
    if (value === null) continue;
    const provenance = other.provenance?.[field] ?? UNLABELLED;
    const current = result.provenance[field];
    const currentExact = result[field] !== null && (current?.exact ?? false);
    const shown = page[field];
    // The page rendered this count: a capture may make it exact, never change it.
    if (shown !== null && !refines(shown, value)) continue;
    if (result[field] === null || (provenance.exact && !currentExact)) {
      result[field] = value;
      result.provenance[field] = provenance;
    }
  }
  if (!result.displayName && other.displayName) result.displayName = other.displayName;
  if (!result.bio && other.bio) result.bio = other.bio;
  if (result.verified === null && typeof other.verified === 'boolean') result.verified = other.verified;
  if (result.category === null && other.category) result.category = other.category;
  if (result.joinedAt === null && other.joinedAt) result.joinedAt = other.joinedAt;
  result.emails = union(result.emails, other.emails);
  result.links = union(result.links, other.links);
  return result;
}

function union(first: string[], second: string[] | undefined): string[] {
  return [...new Set([...first, ...(second ?? [])])].slice(0, CAPS.listItems);
}

/** 0 is 'exact'; larger is coarser. Null (no date) is coarsest of all. */
function coarseness(precision: DatePrecision | null, publishedAt: string | null): number {
  if (publishedAt === null || precision === null) return DATE_PRECISIONS.length;
  return DATE_PRECISIONS.indexOf(precision);
}

/** One post seen twice (a profile tile and its post page, two captures): each field from the better-informed version. */
export function mergePost(first: Post, second: Post): Post {
  const merged: Post = { ...first, rounded: [] };
  for (const field of POST_COUNTS) {
    const [value, rounded] = betterCount(first, second, field);
    merged[field] = value;
    if (rounded) merged.rounded.push(field);
  }
  if (coarseness(second.publishedAtPrecision, second.publishedAt) < coarseness(first.publishedAtPrecision, first.publishedAt)) {
    merged.publishedAt = second.publishedAt;
    merged.publishedAtPrecision = second.publishedAtPrecision;
  }
  // What only one version can know (the kind: a DOM tile may say 'image' where the API says
  // 'carousel') comes from the better-informed version.
  const primary = score(second) > score(first) ? second : first;
  merged.kind = primary.kind;
  merged.url = primary.url ?? first.url ?? second.url;
  if (second.caption.length > first.caption.length) merged.caption = second.caption;
  merged.pinned = first.pinned || second.pinned;
  merged.sponsored = first.sponsored || second.sponsored;
  return merged;
}

/** The value to keep for one count and whether it is rounded: exact over rounded over unknown, first on a tie. */
function betterCount(first: Post, second: Post, field: PostCount): [number | null, boolean] {
  const rank = (post: Post) => (post[field] === null ? 0 : post.rounded.includes(field) ? 1 : 2);
  const pick = rank(second) > rank(first) ? second : first;
  return [pick[field], pick[field] !== null && pick.rounded.includes(field)];
}

/** How much a version of a post knows: known counts, exact counts, and a dated publication. */
function score(post: Post): number {
  const known = POST_COUNTS.filter((field) => post[field] !== null);
  const exact = known.filter((field) => !post.rounded.includes(field));
  return known.length + exact.length + (post.publishedAt === null ? 0 : 1);
}

/** Larger first; equal (both infinite included) keeps the order, which `b - a` would not for ±Infinity (NaN). */
function compareDesc(a: number, b: number): number {
  return a === b ? 0 : a > b ? -1 : 1;
}

function timeOf(post: Post): number {
  const t = post.publishedAt === null ? Number.NaN : Date.parse(post.publishedAt);
  return Number.isNaN(t) ? Number.NEGATIVE_INFINITY : t;
}
