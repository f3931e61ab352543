import { describe, expect, it } from 'vitest';
import { computeSponsored, isSponsoredPost } from '../../../lib/metrics/sponsored';
import { makePost } from '../vetting/factory';

describe('computeSponsored', () => {
  const posts = [
    makePost({ id: 's1', sponsored: true, caption: 'Morning routine with @glossier and @nike' }),
    makePost({ id: 's2', sponsored: true, caption: 'My @glossier favourites' }),
    makePost({ id: 's3', caption: 'New season #ad @zara' }), // disclosure in the caption
    makePost({ id: 'pin', pinned: true, sponsored: true, caption: '@glossier giveaway' }), // pinned: not in the share
    ...Array.from({ length: 7 }, (_, i) => makePost({ id: `o${i}`, caption: i === 0 ? 'Is #Glossier worth it?' : 'just me' })),
  ];

  it('computes the share over unpinned posts and lists paid brands by frequency', () => {
    const s = computeSponsored(posts, 'micro', []);
    // 3 sponsored of 10 unpinned = 30 %
    expect(s.share).toBeCloseTo(0.3, 12);
    expect(s.sponsoredPosts).toBe(3);
    expect(s.postsSeen).toBe(10);
    expect(s.sponsoredPostIds).toEqual(['s1', 's2', 's3']);
    expect(s.brands).toEqual(['glossier', 'nike', 'zara']); // glossier ×2, then alphabetical
    // Lefty micro 5–15 % → 30 % is above
    expect(s.norm).toMatchObject({ low: 0.05, high: 0.15 });
    expect(s.position).toBe('above');
  });

  it('flags every post that mentions a competitor, pinned ones too', () => {
    const s = computeSponsored(posts, 'micro', ['Glossier', '@nike', 'Adidas']);
    expect(s.competitorMentions).toEqual([
      { competitor: 'Glossier', postIds: ['s1', 's2', 'pin', 'o0'] },
      { competitor: '@nike', postIds: ['s1'] },
    ]);
    expect(s.competitorPostIds).toEqual(['s1', 's2', 'pin', 'o0']);
  });

  it('has no share without unpinned posts', () => {
    expect(computeSponsored([], 'micro', []).share).toBeNull();
    expect(computeSponsored([], 'micro', []).reason).toBe('no posts seen on the page');
    expect(computeSponsored([makePost({ pinned: true })], null, []).reason).toBe('only pinned posts seen');
    expect(computeSponsored([makePost()], null, []).norm).toBeNull();
  });

  it.each([
    ['mid', 0.1, 'within'], // 10–20 %
    ['mega', 0.1, 'below'], // 20–35 %
  ] as const)('%s tier at %f → %s', (tier, share, position) => {
    const ps = Array.from({ length: 10 }, (_, i) => makePost({ sponsored: i < share * 10 }));
    expect(computeSponsored(ps, tier, []).position).toBe(position);
  });

  it('reads the reader’s flag or a disclosure hashtag', () => {
    expect(isSponsoredPost(makePost({ sponsored: true }))).toBe(true);
    expect(isSponsoredPost(makePost({ caption: 'love this #sponsored' }))).toBe(true);
    expect(isSponsoredPost(makePost({ caption: 'adventure time' }))).toBe(false);
  });
});

describe('sponsored brands', () => {
  it('never lists the creator tagging themself as a brand', () => {
    const posts = [makePost({ sponsored: true, caption: 'Morning run with @nike, more on @runner_ana #ad' })];
    expect(computeSponsored(posts, 'micro', [], 'runner_ana').brands).toEqual(['nike']);
  });
});
