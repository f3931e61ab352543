import { describe, expect, it } from 'vitest';
import { mergeSnapshots, refines, type SnapshotParts } from '../../../lib/platforms/merge';
import type { CaptureResult } from '../../../lib/platforms/types';
import { makeSnapshot } from '../shortlist/factory';

/** A profile the page rendered in its DOM with rounded counts ("48.2K followers", "310 posts"). */
function rendered(): SnapshotParts {
  const snapshot = makeSnapshot({ followers: 48_200, postsCount: 310, provenance: { followers: { source: 'dom', exact: false, via: 'header span' }, postsCount: { source: 'dom', exact: true, via: 'header li' } } });
  return { creator: snapshot.creator, posts: snapshot.posts, sources: ['dom:header'] };
}

/** What a page script can post as if it were the page's own API response, labelled exact. */
const forged = (followers: number, postsCount?: number): CaptureResult => ({
  ok: true,
  creator: {
    followers,
    ...(postsCount === undefined ? {} : { postsCount }),
    provenance: { followers: { source: 'capture', exact: true, via: 'graphql:user.edge_followed_by.count' }, postsCount: { source: 'capture', exact: true, via: 'x' } },
  },
  posts: [],
  sources: ['capture:web_profile_info'],
});

describe('a forged "exact" capture cannot override a count the page rendered', () => {
  it('keeps 48.2K against an exact 7 and against 999,999,999, so the follower reading recorded is the page\'s', () => {
    for (const value of [7, 999_999_999, 48_000, 48_400]) {
      const merged = mergeSnapshots(rendered(), forged(value, 1));
      expect(merged.creator.followers).toBe(48_200);
      expect(merged.creator.provenance.followers).toEqual({ source: 'dom', exact: false, via: 'header span' });
      // An exact count the page showed is not replaced at all.
      expect(merged.creator.postsCount).toBe(310);
    }
  });

  it('still lets a real response make a rounded count exact', () => {
    const merged = mergeSnapshots(rendered(), forged(48_213));
    expect(merged.creator.followers).toBe(48_213);
    expect(merged.creator.provenance.followers?.exact).toBe(true);
  });

  it('a rounded count covers one unit of its last digit either way (rounding or truncating platforms)', () => {
    expect(refines(48_200, 48_150)).toBe(true);
    expect(refines(1_200_000, 1_299_999)).toBe(true);
    expect(refines(1_200_000, 1_300_001)).toBe(false);
    expect(refines(12_000, 7)).toBe(false);
    expect(refines(0, 1)).toBe(true);
    expect(refines(0, 2)).toBe(false);
  });
});
