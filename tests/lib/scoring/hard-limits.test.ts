import { describe, expect, it } from 'vitest';
import type { HardLimitId } from '../../../lib/contracts/report';
import { keywordMatchers } from '../../../lib/metrics/keyword-match';
import { hardFails, type HardLimitInput } from '../../../lib/scoring/hard-limits';
import { DEFAULT_BRIEF } from '../../../lib/scoring/default-brief';

const ok: HardLimitInput = {
  brief: DEFAULT_BRIEF,
  platform: 'instagram',
  followers: 20_000,
  excluded: keywordMatchers(['casino']),
  bio: 'Yoga and travel',
  captions: ['sunrise flow'],
  daysSinceLastPost: 3,
  sponsoredShare: 0.1,
};

describe('hardFails', () => {
  it('passes a creator inside every limit', () => {
    expect(hardFails(ok)).toEqual([]);
  });

  const cases: [Partial<HardLimitInput>, HardLimitId, string][] = [
    [{ brief: { ...DEFAULT_BRIEF, platforms: ['tiktok'] } }, 'platform', 'the brief covers TikTok, not Instagram'],
    [{ followers: 2_500 }, 'followers', "2,500 followers is below the brief's minimum of 3,000"],
    [{ followers: 150_000 }, 'followers', "150,000 followers is above the brief's maximum of 100,000"],
    [{ bio: 'Casino nights' }, 'excluded-keyword', 'excluded keyword “casino” in the bio'],
    [{ captions: ['#casino fun', 'more #casino', 'fine'] }, 'excluded-keyword', 'excluded keyword “casino” in 2 captions'],
    [{ daysSinceLastPost: 31 }, 'days-since-last-post', 'last post 31 days ago; the brief allows 30 days'],
    [{ sponsoredShare: 0.4 }, 'sponsored-share', '40% of posts sponsored; the brief allows 30%'],
  ];
  it.each(cases)('%j fails %s', (change, criterion, reason) => {
    expect(hardFails({ ...ok, ...change })).toEqual([{ criterion, reason }]);
  });

  it('never fails on an unknown value', () => {
    expect(hardFails({ ...ok, followers: null, daysSinceLastPost: null, sponsoredShare: null })).toEqual([]);
  });
});
