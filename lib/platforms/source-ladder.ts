/**
 * The source ladder every reader climbs. A page offers the same facts several times: JSON embedded
 * in the page, JSON-LD, meta tags, the rendered DOM, the responses the page fetched. Each source
 * reads what it can into ProfileParts; the reader lists the readings most trusted first and
 * buildCreator merges them: each count from the most trusted source that has it exactly, else from
 * the most trusted that has it at all; every other field from the first source that has it.
 */
import { CAPS } from '../contracts/caps';
import type { Creator, CreatorCount, Platform, Post, PostOrder, SourceKind } from '../contracts/creator';
import { CREATOR_COUNTS } from '../contracts/vocabulary';

/** One count as one source gave it, and where exactly (`via`, shown with the figure). */
export interface CountReading {
  value: number;
  exact: boolean;
  source: SourceKind;
  via: string;
}

/** What one source says about the profile. Absent fields: this source does not say. */
export interface ProfileParts {
  displayName?: string;
  bio?: string;
  category?: string;
  verified?: boolean;
  joinedAt?: string;
  /** Only picks the failure reason when no source has a count. */
  isPrivate?: boolean;
  /** Contacts this source shows, those written in its own bio included. */
  emails: string[];
  links: string[];
  counts: Partial<Record<CreatorCount, CountReading>>;
}

/** One rung's reading: its name for `sources`, what it says about the profile, and its posts. */
export interface SourceReading {
  name: string;
  parts?: ProfileParts;
  posts: Post[];
  /**
   * 'popular' when this source shows a selection of posts rather than the creator's latest in order
   * (a logged-out X profile, a grid sorted by "Popular" or "Oldest"); absent when it shows the latest.
   */
  postOrder?: PostOrder;
}

/** Who the creator is, which the reader settles before merging what the sources say. */
export interface CreatorIdentity {
  platform: Platform;
  handle: string;
  profileUrl: string;
}

export function emptyParts(): ProfileParts {
  return { emails: [], links: [], counts: {} };
}

/** Exact beats rounded for each count on its own, whatever its rung; among equals the more trusted wins. */
function pickCount(ladder: readonly ProfileParts[], key: CreatorCount): CountReading | undefined {
  const candidates = ladder.map((parts) => parts.counts[key]).filter((reading) => reading !== undefined);
  return candidates.find((reading) => reading.exact) ?? candidates[0];
}

function first<T>(ladder: readonly ProfileParts[], pick: (parts: ProfileParts) => T | undefined): T | undefined {
  for (const parts of ladder) {
    const value = pick(parts);
    if (value !== undefined && value !== '') return value;
  }
  return undefined;
}

function united(lists: string[][]): string[] {
  return [...new Set(lists.flat())].slice(0, CAPS.listItems);
}

/** The creator the ladder's readings add up to; a count no source has is null (unknown, never 0). */
export function buildCreator(identity: CreatorIdentity, ladder: readonly ProfileParts[], now: Date): Creator {
  const creator: Creator = {
    ...identity,
    displayName: first(ladder, (p) => p.displayName) ?? '',
    followers: null,
    following: null,
    postsCount: null,
    totalLikes: null,
    verified: first(ladder, (p) => p.verified) ?? null,
    bio: first(ladder, (p) => p.bio) ?? '',
    emails: united(ladder.map((p) => p.emails)),
    links: united(ladder.map((p) => p.links)),
    category: first(ladder, (p) => p.category) ?? null,
    provenance: {},
    joinedAt: first(ladder, (p) => p.joinedAt) ?? null,
    capturedAt: now.toISOString(),
  };
  for (const key of CREATOR_COUNTS) {
    const best = pickCount(ladder, key);
    if (!best) continue;
    creator[key] = best.value;
    creator.provenance[key] = { source: best.source, exact: best.exact, via: best.via.slice(0, 200) };
  }
  return creator;
}

/** Whether a source added anything to the profile. */
function contributed(parts: ProfileParts): boolean {
  return Object.keys(parts.counts).length > 0 || Boolean(parts.displayName || parts.bio || parts.category) || parts.links.length > 0;
}

/** The names of the readings that gave posts or profile values, in ladder order. */
export function sourceNames(readings: readonly SourceReading[]): string[] {
  return readings.filter((r) => r.posts.length > 0 || (r.parts !== undefined && contributed(r.parts))).map((r) => r.name);
}

/**
 * The order of the posts the readings add up to: one source showing a selection makes the whole
 * reading a selection, since its posts are mixed in with the others'. Undefined means 'latest'.
 */
export function postOrderOf(readings: readonly SourceReading[]): PostOrder | undefined {
  return readings.some((r) => r.postOrder === 'popular' && r.posts.length > 0) ? 'popular' : undefined;
}

/** The ladder's profile readings, most trusted first. */
export function profileParts(readings: readonly SourceReading[]): ProfileParts[] {
  return readings.flatMap((r) => (r.parts ? [r.parts] : []));
}
