import type { Tier, TierBoundaries } from '../contracts/brief';

/**
 * Later×Fohr boundaries (nano < 10k ≤ micro < 100k ≤ mid < 500k ≤ macro < 1M ≤ mega), the most
 * common split; vendors disagree (HypeAuditor puts micro at 5–20k), hence editable in the brief.
 * Source: methodology notes §3.2, https://international.tk.ac.kr/bbs/board.php?bo_table=free&page=3142&wr_id=8282
 */
export const DEFAULT_TIER_BOUNDARIES: TierBoundaries = { micro: 10_000, mid: 100_000, macro: 500_000, mega: 1_000_000 };

export function tierFor(followers: number | null, boundaries: TierBoundaries): Tier | null {
  if (followers === null) return null;
  if (followers >= boundaries.mega) return 'mega';
  if (followers >= boundaries.macro) return 'macro';
  if (followers >= boundaries.mid) return 'mid';
  if (followers >= boundaries.micro) return 'micro';
  return 'nano';
}
