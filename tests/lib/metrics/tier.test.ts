import { describe, expect, it } from 'vitest';
import { DEFAULT_TIER_BOUNDARIES, tierFor } from '../../../lib/metrics/tier';

describe('tierFor', () => {
  it.each([
    [0, 'nano'],
    [9_999, 'nano'],
    [10_000, 'micro'],
    [99_999, 'micro'],
    [100_000, 'mid'],
    [499_999, 'mid'],
    [500_000, 'macro'],
    [999_999, 'macro'],
    [1_000_000, 'mega'],
  ] as const)('%i followers → %s', (followers, tier) => {
    expect(tierFor(followers, DEFAULT_TIER_BOUNDARIES)).toBe(tier);
  });

  it('follows edited boundaries and gives null for unknown followers', () => {
    const hype = { micro: 5_000, mid: 20_000, macro: 100_000, mega: 1_000_000 };
    expect(tierFor(7_000, hype)).toBe('micro');
    expect(tierFor(50_000, hype)).toBe('mid');
    expect(tierFor(150_000, hype)).toBe('macro');
    expect(tierFor(null, DEFAULT_TIER_BOUNDARIES)).toBeNull();
  });
});
