import type { CampaignBrief } from '../../../lib/contracts/brief';
import type { Creator, Post, Snapshot } from '../../../lib/contracts/creator';
import type { FollowerReading, VettingReport } from '../../../lib/contracts/report';
import { DEFAULT_BRIEF } from '../../../lib/scoring/default-brief';
import { vet } from '../../../lib/vetting/vet';

/** The fixed "now" of every synthetic creator. */
export const NOW = new Date('2025-06-01T12:00:00.000Z');
const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;

export function daysAgo(days: number, now: Date = NOW): string {
  return new Date(now.getTime() - days * DAY_MS).toISOString();
}

export function hoursAgo(hours: number, now: Date = NOW): string {
  return new Date(now.getTime() - hours * HOUR_MS).toISOString();
}

export function makeCreator(overrides: Partial<Creator> = {}): Creator {
  return {
    platform: 'instagram',
    handle: 'test.creator',
    displayName: 'Test Creator',
    profileUrl: 'https://www.instagram.com/test.creator/',
    followers: 20_000,
    following: 500,
    postsCount: 200,
    totalLikes: null,
    verified: false,
    bio: '',
    emails: [],
    links: [],
    category: null,
    provenance: {
      followers: { source: 'json', exact: true, via: 'test' },
      following: { source: 'json', exact: true, via: 'test' },
      postsCount: { source: 'json', exact: true, via: 'test' },
    },
    joinedAt: null,
    capturedAt: NOW.toISOString(),
    ...overrides,
  };
}

let nextId = 1;

/** A post `ageDays` old (default 5) with 400 likes and 10 comments; anything else by override. */
export function makePost(overrides: Partial<Post> & { ageDays?: number } = {}): Post {
  const { ageDays = 5, ...rest } = overrides;
  const id = `p${nextId++}`;
  return {
    id,
    url: null,
    publishedAt: daysAgo(ageDays),
    publishedAtPrecision: 'exact',
    likes: 400,
    comments: 10,
    views: null,
    shares: null,
    saves: null,
    rounded: [],
    kind: 'image',
    pinned: false,
    sponsored: false,
    caption: '',
    ...rest,
  };
}

/** `count` posts, one every `everyDays` days starting `firstAgeDays` ago, each shaped by `shape(i)`. */
export function makePosts(count: number, shape: (i: number) => Partial<Post> = () => ({}), firstAgeDays = 4, everyDays = 3): Post[] {
  return Array.from({ length: count }, (_, i) => makePost({ ageDays: firstAgeDays + i * everyDays, ...shape(i) }));
}

export function makeSnapshot(creator: Partial<Creator> = {}, posts: Post[] = makePosts(12)): Snapshot {
  return { creator: makeCreator(creator), posts, sources: ['test'] };
}

export function makeBrief(overrides: Partial<CampaignBrief> = {}): CampaignBrief {
  return { ...DEFAULT_BRIEF, ...overrides };
}

/** Daily follower readings, oldest first, ending `endDaysAgo` days before NOW. */
export function dailyHistory(counts: readonly number[], endDaysAgo = 1): FollowerReading[] {
  return counts.map((followers, i) => ({ at: daysAgo(endDaysAgo + (counts.length - 1 - i)), followers }));
}

/** A full, schema-valid report for tests elsewhere (store, messaging, UI) that need one. */
export function makeReport(snapshot: Snapshot = makeSnapshot(), now: Date = NOW, brief: CampaignBrief = DEFAULT_BRIEF): VettingReport {
  return vet({ snapshot, brief, history: [], now });
}
