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
  newerUndatedPosts: 0,
  sponsoredShare: 0.1,
  sponsoredPostsSeen: 12,
};

describe('hardFails', () => {
  it('passes a creator inside every limit', () => {
    expect(hardFails(ok)).toEqual([]);
  });

  const cases: [Partial<HardLimitInput>, HardLimitId, string, string][] = [
    [{ brief: { ...DEFAULT_BRIEF, platforms: ['tiktok'] } }, 'platform', 'the brief covers TikTok, not Instagram', 'Instagram is not in the brief'],
    [{ followers: 2_500 }, 'followers', "2,500 followers is below the brief's minimum of 3,000", '2.5k followers < 3k'],
    [{ followers: 150_000 }, 'followers', "150,000 followers is above the brief's maximum of 100,000", '150k followers > 100k'],
    [{ followers: 1_137_245 }, 'followers', "1,137,245 followers is above the brief's maximum of 100,000", '1.14M followers > 100k'],
    // Three significant digits tell 2,990 from 3,000 ("2.99k < 3k"); where they could not, the full numbers are shown.
    [{ followers: 2_990 }, 'followers', "2,990 followers is below the brief's minimum of 3,000", '2.99k followers < 3k'],
    [{ followers: 2_999 }, 'followers', "2,999 followers is below the brief's minimum of 3,000", '2,999 followers < 3,000'],
    [{ bio: 'Casino nights' }, 'excluded-keyword', 'excluded keyword “casino” in the bio', 'excluded “casino” in the bio'],
    [{ captions: ['#casino fun', 'more #casino', 'fine'] }, 'excluded-keyword', 'excluded keyword “casino” in 2 captions', 'excluded “casino” in 2 captions'],
    [{ daysSinceLastPost: 687.4 }, 'days-since-last-post', 'last post 687 days ago; the brief allows 30 days', 'last post 687 days ago'],
    // Whole days rounded as the cadence and the panel round them (3,703.6 is "3,704 days" everywhere), with the thousands separator.
    [{ daysSinceLastPost: 3_703.6 }, 'days-since-last-post', 'last post 3,704 days ago; the brief allows 30 days', 'last post 3,704 days ago'],
    // Rounding down would hide that 30 is passed.
    [{ daysSinceLastPost: 30.4 }, 'days-since-last-post', 'last post 30.4 days ago; the brief allows 30 days', 'last post 30.4 days ago'],
    [{ sponsoredShare: 0.4 }, 'sponsored-share', '40% of posts sponsored; the brief allows 30%', '40% sponsored > 30%'],
  ];
  it.each(cases)('%j fails %s', (change, criterion, reason, summary) => {
    expect(hardFails({ ...ok, ...change })).toEqual([{ criterion, reason, summary }]);
  });

  it('never fails on an unknown value', () => {
    expect(hardFails({ ...ok, followers: null, daysSinceLastPost: null, sponsoredShare: null })).toEqual([]);
  });

  it('never fails on a sponsored share of fewer than 5 posts', () => {
    expect(hardFails({ ...ok, sponsoredShare: 1, sponsoredPostsSeen: 2 })).toEqual([]);
    expect(hardFails({ ...ok, sponsoredShare: 1, sponsoredPostsSeen: 5 }).map((f) => f.criterion)).toEqual(['sponsored-share']);
  });

  it('does not fail the last-post limit when newer posts carry no date (an Instagram video tile above a dated photo)', () => {
    expect(hardFails({ ...ok, daysSinceLastPost: 40, newerUndatedPosts: 1 })).toEqual([]);
  });
});
