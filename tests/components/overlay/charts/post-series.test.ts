import { describe, expect, it } from 'vitest';
import { crowdedInTime, postChartConfig } from '../../../../components/overlay/charts/post-chart-config';
import { postSeries } from '../../../../components/overlay/charts/post-series';
import type { ChartColors } from '../../../../components/overlay/charts/use-chart';
import { makePost, makePosts, makeReport, makeSnapshot } from '../../../lib/vetting/factory';

const colors: ChartColors = { fg: '#000', muted: '#555', grid: '#ddd', bar: 'bar', sponsored: 'sponsored', pinned: 'pinned', median: 'median' };

describe('the per-post chart in date order', () => {
  it('orders posts oldest to newest by date, with a pinned post in its place by date, marked', () => {
    const pinned = makePost({ ageDays: 20, pinned: true, likes: 9_000 });
    const report = makeReport(makeSnapshot({}, [pinned, ...makePosts(8, (i) => ({ likes: 100 + i }))]));
    const series = postSeries(report)!;
    expect(series.axis).toBe('time');
    const times = series.points.map((p) => p.time!);
    expect([...times].sort((a, b) => a - b)).toEqual(times);
    const at = series.points.findIndex((p) => p.pinned);
    expect(at).toBeGreaterThan(0);
    expect(at).toBeLessThan(series.points.length - 1);
    expect(series.points[at]!.id).toBe(pinned.id);
  });

  it('draws bars at their dates on a linear time axis, with distinct date labels and compact counts on y', () => {
    const report = makeReport(makeSnapshot({}, makePosts(12, (i) => ({ likes: 1_000 * (i + 1), sponsored: i === 3 }))));
    const series = postSeries(report)!;
    const config = postChartConfig(series, colors, 340);
    const x = config.options!.scales!.x as unknown as { type: string; min: number; max: number; afterBuildTicks(scale: { ticks: Array<{ value: number }> }): void; ticks: { callback(v: number, i: number): string } };
    expect(x.type).toBe('linear');
    const bars = config.data.datasets[0]!.data as Array<{ x: number; y: number }>;
    expect(bars.map((b) => b.x)).toEqual(series.points.map((p) => p.time));
    expect(bars.every((b) => b.x > x.min && b.x < x.max)).toBe(true);
    const scale = { ticks: [] as Array<{ value: number }> };
    x.afterBuildTicks(scale);
    const labels = scale.ticks.map((t, i) => x.ticks.callback(t.value, i));
    expect(labels.length).toBeGreaterThanOrEqual(2);
    expect(new Set(labels).size).toBe(labels.length);
    for (const label of labels) expect(label).toMatch(/^[A-Z][a-z]{2} \d{1,2}$/);
    expect(config.data.datasets[0]!.backgroundColor).toEqual(series.points.map((p) => (p.sponsored ? 'sponsored' : 'bar')));
    const y = config.options!.scales!.y as unknown as { ticks: { callback(v: number): string } };
    expect([0, 2_500, 12_000, 1_500_000].map((v) => y.ticks.callback(v))).toEqual(['0', '2.5k', '12k', '1.5M']);
  });

  it('without a date on every post: one slot each, undated first, a label only where it changes', () => {
    const report = makeReport(makeSnapshot({}, makePosts(8, (i) => (i >= 5 ? { publishedAt: null } : {}))));
    const series = postSeries(report)!;
    expect(series.axis).toBe('order');
    expect(series.points.slice(0, 3).map((p) => p.label)).toEqual(['undated', 'undated', 'undated']);
    const config = postChartConfig(series, colors, 340);
    const x = config.options!.scales!.x as unknown as { ticks: { callback(v: number, i: number): string } };
    expect(series.points.map((_, i) => x.ticks.callback(i, i)).slice(0, 4)).toEqual(['undated', '', '', 'May 16, 2025']);
  });

  it('falls back to one slot per post when bars at their dates would pile up (a month of posts, then one a year later)', () => {
    const DAY = 86_400_000;
    const month = Array.from({ length: 11 }, (_, i) => i * 3 * DAY);
    expect(crowdedInTime([...month, 400 * DAY], 340, 16)).toBe(true);
    expect(crowdedInTime(month, 340, 16)).toBe(false);
    const report = makeReport(makeSnapshot({}, [...makePosts(11, () => ({}), 4, 3), makePost({ ageDays: 500 })]));
    const config = postChartConfig(postSeries(report)!, colors, 340);
    expect((config.options!.scales!.x as { type?: string }).type).toBeUndefined();
    expect(config.data.labels).toHaveLength(12);
  });
});
