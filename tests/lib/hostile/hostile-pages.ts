import type { CreatorCount, Platform, PostCount } from '../../../lib/contracts/creator';

/** One crafted page per platform: which real fixture it was made from, and where it is served. */
export interface HostilePage {
  platform: Platform;
  /** The real saved page under tests/fixtures/<platform>/. */
  original: string;
  /** The crafted copy under tests/fixtures/hostile/. */
  file: string;
  url: string;
  /** The original's capture date, so that relative dates resolve as they did. */
  now: string;
  /** Creator counts that every source on the page gives as garbage (1e400, NaN, -5, "12abc", 10^15): must read null. */
  garbageCounts: readonly CreatorCount[];
  /** Counts left real beside the garbage: must survive it. */
  keptCounts: Partial<Record<CreatorCount, number>>;
  /** Posts, by the reader's index, with counts given only as garbage: must read null. */
  garbagePostCounts: ReadonlyArray<{ index: number; counts: readonly PostCount[] }>;
  /** Posts whose garbage source must give way to a real one on the same page. */
  keptPostCounts: ReadonlyArray<{ index: number; counts: Partial<Record<PostCount, number>> }>;
}

export const HOSTILE_PAGES: readonly HostilePage[] = [
  {
    platform: 'tiktok',
    original: '2025-12_profile_rendered-dom_universal-data_en-ES_illojuan.html',
    file: 'tiktok_2025-12_profile_illojuan_hostile.html',
    url: 'https://www.tiktok.com/@illojuan',
    now: '2025-12-30T12:00:00.000Z',
    garbageCounts: ['followers', 'following', 'postsCount', 'totalLikes'],
    keptCounts: {},
    garbagePostCounts: [0, 1, 2, 3].map((index) => ({ index, counts: ['views'] })),
    keptPostCounts: [{ index: 4, counts: { views: 2_000_000 } }],
  },
  {
    platform: 'instagram',
    original: '2021-06_profile_html_sharedData_logged-in_pluto__travel.html',
    file: 'instagram_2021-06_profile_pluto__travel_hostile.html',
    url: 'https://www.instagram.com/pluto__travel/',
    now: '2021-06-10T00:00:00.000Z',
    garbageCounts: ['followers', 'postsCount'],
    keptCounts: { following: 110 },
    garbagePostCounts: [
      { index: 0, counts: ['likes', 'comments'] },
      { index: 1, counts: ['likes'] },
      { index: 2, counts: ['likes'] },
    ],
    keptPostCounts: [{ index: 5, counts: { likes: 47, comments: 1 } }],
  },
  {
    platform: 'x',
    original: '2025-11_profile_rendered-dom_en-GB_badlogicgames.html',
    file: 'x_2025-11_profile_badlogicgames_hostile.html',
    url: 'https://x.com/badlogicgames',
    now: '2025-11-20T22:00:00.000Z',
    garbageCounts: ['followers', 'following', 'postsCount'],
    keptCounts: {},
    garbagePostCounts: [],
    // Post 0's group label is garbage; its buttons still say "939 Likes. Like" and so on.
    keptPostCounts: [{ index: 0, counts: { likes: 939, comments: 46, shares: 73, views: 241_030 } }],
  },
  {
    platform: 'youtube',
    original: '2023-03_channel-videos_html_en-US_richGrid_videoRenderer.html',
    file: 'youtube_2023-03_channel-videos_programmingknowledge_hostile.html',
    url: 'https://www.youtube.com/c/ProgrammingKnowledge/videos',
    now: '2023-03-19T06:59:18.000Z',
    garbageCounts: ['followers', 'postsCount'],
    keptCounts: {},
    garbagePostCounts: [0, 1, 2, 3].map((index) => ({ index, counts: ['views'] })),
    keptPostCounts: [{ index: 4, counts: { views: 2311 } }],
  },
];
