import type { Scale } from 'chart.js';
import { describe, expect, it } from 'vitest';
import { followerAxes } from '../../../components/dashboard/follower-chart-axes';

const DAY = 86_400_000;

function xLabels(times: number[]): string[] {
  const { x } = followerAxes(times, '#888');
  const scale = { ticks: [] as Array<{ value: number }> };
  x.afterBuildTicks(scale as unknown as Scale);
  return scale.ticks.map((t) => x.ticks.callback(t.value));
}

describe('the compare view follower chart axes', () => {
  it('dates on the x-axis, each label once: readings over three days do not give six ticks of the same date', () => {
    const start = Date.UTC(2026, 2, 1, 9, 30);
    const labels = xLabels([start, start + 0.4 * DAY, start + 1.2 * DAY, start + 2.9 * DAY]);
    expect(labels.length).toBeGreaterThanOrEqual(2);
    expect(new Set(labels).size).toBe(labels.length);
    for (const label of labels) expect(label).toMatch(/^Mar \d{1,2}/);
  });

  it('a year of readings is labelled by month or year, and one reading still gets an axis', () => {
    const labels = xLabels([Date.UTC(2025, 0, 5), Date.UTC(2025, 6, 1), Date.UTC(2026, 0, 2)]);
    expect(new Set(labels).size).toBe(labels.length);
    for (const label of labels) expect(label).toMatch(/^([A-Z][a-z]{2} )?\d{4}$/);
    const single = xLabels([Date.UTC(2026, 2, 1, 12)]);
    expect(new Set(single).size).toBe(single.length);
    expect(single.some((label) => label.startsWith('Mar 1,'))).toBe(true);
  });

  it('one compact style on the y-axis: 9k and 10k, never "9,500" beside "10k"', () => {
    const { y } = followerAxes([0, DAY], '#888');
    expect([9_000, 9_500, 10_000, 12_000, 1_650_000].map((v) => y.ticks.callback(v))).toEqual(['9k', '9.5k', '10k', '12k', '1.65M']);
  });
});
