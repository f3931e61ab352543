import { describe, expect, it } from 'vitest';
import { interactionsOf, selectEligiblePosts } from '../../../lib/metrics/eligible-posts';
import { hoursAgo, makePost, NOW } from '../vetting/factory';

describe('selectEligiblePosts', () => {
  it('drops pinned posts and posts younger than 72 hours; 72 hours exactly is old enough', () => {
    const pinned = makePost({ id: 'pinned', ageDays: 30, pinned: true });
    const young = makePost({ id: 'young', publishedAt: hoursAgo(71.9) });
    const edge = makePost({ id: 'edge', publishedAt: hoursAgo(72) });
    const old = makePost({ id: 'old', ageDays: 10 });
    expect(selectEligiblePosts([pinned, young, edge, old], NOW).map((p) => p.id)).toEqual(['edge', 'old']);
  });

  it('orders by date, newest first, with undated posts after dated ones in page order', () => {
    const posts = [
      makePost({ id: 'u1', publishedAt: null, publishedAtPrecision: null }),
      makePost({ id: 'd20', ageDays: 20 }),
      makePost({ id: 'u2', publishedAt: null, publishedAtPrecision: null }),
      makePost({ id: 'd5', ageDays: 5 }),
    ];
    expect(selectEligiblePosts(posts, NOW).map((p) => p.id)).toEqual(['d5', 'd20', 'u1', 'u2']);
  });

  it('keeps the 12 most recent, and fills with undated posts only when dated ones run out', () => {
    const dated = Array.from({ length: 14 }, (_, i) => makePost({ id: `d${i}`, ageDays: 4 + i }));
    const undated = makePost({ id: 'u', publishedAt: null, publishedAtPrecision: null });
    const ids = selectEligiblePosts([undated, ...dated.slice().reverse()], NOW).map((p) => p.id);
    expect(ids).toEqual(['d0', 'd1', 'd2', 'd3', 'd4', 'd5', 'd6', 'd7', 'd8', 'd9', 'd10', 'd11']);
    const few = selectEligiblePosts([undated, ...dated.slice(0, 11)], NOW).map((p) => p.id);
    expect(few).toHaveLength(12);
    expect(few[11]).toBe('u');
  });
});

describe('interactionsOf', () => {
  it.each([
    [{ likes: 300, comments: 20, shares: null }, 320], // 300 + 20
    [{ likes: 300, comments: null, shares: 5 }, 305], // 300 + 5
    [{ likes: 0, comments: 0, shares: 0 }, 0], // known zeros are interactions, not unknown
    [{ likes: null, comments: null, shares: null }, null],
  ])('%j → %j', (counts, expected) => {
    expect(interactionsOf(makePost(counts))).toBe(expected);
  });
});
