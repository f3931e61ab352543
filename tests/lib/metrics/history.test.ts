import { describe, expect, it } from 'vitest';
import { dedupeSnapshots, followerGrowth } from '../../../lib/metrics/history';
import { dailyHistory, daysAgo, NOW } from '../vetting/factory';

const at = (hhmm: string) => `2025-05-20T${hhmm}:00.000Z`;

describe('dedupeSnapshots', () => {
  it('merges snapshots less than an hour after the one that opened the window, keeping the latest', () => {
    const points = [
      { at: at('12:30'), followers: 4 },
      { at: at('10:00'), followers: 1 },
      { at: at('10:40'), followers: 2 }, // 40 min after 10:00 → same reading; latest wins
      { at: at('11:20'), followers: 3 }, // 80 min after 10:00 → new reading
    ];
    // 12:30 is 70 min after 11:20 → its own reading
    expect(dedupeSnapshots(points)).toEqual([
      { at: at('10:40'), followers: 2 },
      { at: at('11:20'), followers: 3 },
      { at: at('12:30'), followers: 4 },
    ]);
  });

  it('does not chain a snapshot every 30 minutes into one point', () => {
    const points = ['10:00', '10:30', '11:00', '11:30', '12:00'].map((t, i) => ({ at: at(t), followers: i }));
    // windows open at 10:00 (10:00, 10:30), 11:00 (11:00, 11:30), 12:00
    expect(dedupeSnapshots(points).map((p) => p.followers)).toEqual([1, 3, 4]);
  });

  it('drops entries with unreadable dates', () => {
    expect(dedupeSnapshots([{ at: 'yesterday', followers: 5 }, { at: at('10:00'), followers: 6 }])).toEqual([{ at: at('10:00'), followers: 6 }]);
  });
});

describe('followerGrowth', () => {
  it('gives per-day growth between snapshots and overall', () => {
    const g = followerGrowth(
      [
        { at: daysAgo(10), followers: 1_000 },
        { at: daysAgo(6), followers: 1_200 }, // +200 in 4 days → 50/day
        { at: daysAgo(1), followers: 1_700 }, // +500 in 5 days → 100/day
      ],
      NOW,
    );
    expect(g.intervals.map((i) => i.perDay)).toEqual([50, 100]);
    expect(g.spanDays).toBeCloseTo(9, 12);
    expect(g.perDay).toBeCloseTo(700 / 9, 12);
    expect(g.baselinePerDay).toBe(75); // median of 50, 100
    expect(g.spikes).toEqual([]);
  });

  it('ignores snapshots after now', () => {
    const g = followerGrowth([{ at: daysAgo(2), followers: 10 }, { at: daysAgo(-1), followers: 50_000 }], NOW);
    expect(g.points).toHaveLength(1);
    expect(g.intervals).toEqual([]);
    expect(g.perDay).toBeNull();
  });

  it('records spikes with their baseline and excess', () => {
    const g = followerGrowth(dailyHistory([10_000, 10_030, 10_060, 10_090, 15_120]), NOW);
    expect(g.spikes).toHaveLength(1);
    const spike = g.spikes[0]!;
    expect(spike.change).toBe(5_030);
    expect(spike.baselinePerDay).toBe(30);
    expect(spike.excess).toBeCloseTo(5_000, 6); // 5,030 − 30 × 1 day
    expect(spike.roundNumber).toBe(true);
    expect(spike.level).toBe('risk');
  });

  it('does not call a small account’s first few hundred followers a spike', () => {
    // +800 in one day: under the 1,000 minimum gain
    expect(followerGrowth(dailyHistory([100, 900]), NOW).spikes).toEqual([]);
    // +1,200 over 4 days = 300/day: under the 500/day floor
    expect(followerGrowth([{ at: daysAgo(5), followers: 100 }, { at: daysAgo(1), followers: 1_300 }], NOW).spikes).toEqual([]);
  });

  it('records drops as a share of the followers before', () => {
    const g = followerGrowth(dailyHistory([20_000, 17_000]), NOW);
    expect(g.drops).toHaveLength(1);
    expect(g.drops[0]!.share).toBeCloseTo(0.15, 12);
    expect(g.drops[0]!.level).toBe('risk');
  });
});
