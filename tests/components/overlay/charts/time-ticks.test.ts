import { describe, expect, it } from 'vitest';
import { timeTicks } from '../../../../components/overlay/charts/time-ticks';

const at = (iso: string) => Date.parse(iso);

describe('time ticks for the charts’ date axis', () => {
  it('a month of posts: dates a week or two apart, each label different', () => {
    const ticks = timeTicks(at('2025-04-25T09:00:00Z'), at('2025-05-28T18:00:00Z'), 5);
    expect(ticks.unit).toBe('day');
    const labels = ticks.values.map(ticks.label);
    expect(labels.length).toBeGreaterThanOrEqual(2);
    expect(labels.length).toBeLessThanOrEqual(5);
    expect(new Set(labels).size).toBe(labels.length);
    expect(labels[0]).toMatch(/^(Apr|May) \d{1,2}$/);
  });

  it('posts within a day: hours with their day, never five identical dates', () => {
    const ticks = timeTicks(at('2025-06-01T08:10:00Z'), at('2025-06-01T20:40:00Z'), 4);
    expect(ticks.unit).toBe('hour');
    const labels = ticks.values.map(ticks.label);
    expect(new Set(labels).size).toBe(labels.length);
    expect(labels).toEqual(['Jun 1, 12:00', 'Jun 1, 18:00']);
  });

  it('years of posts: calendar months or years, never the same month twice', () => {
    const ticks = timeTicks(at('2019-03-10T00:00:00Z'), at('2025-11-01T00:00:00Z'), 4);
    expect(ticks.unit).toBe('year');
    expect(ticks.values.map(ticks.label)).toEqual(['2020', '2022', '2024']);
    const months = timeTicks(at('2025-01-20T00:00:00Z'), at('2025-09-02T00:00:00Z'), 4);
    expect(months.unit).toBe('month');
    expect(months.values.map(months.label)).toEqual(['Apr 2025', 'Jul 2025']);
  });

  it('stays within the limit and inside the range; one instant still gets a tick', () => {
    for (const [from, to] of [
      ['2025-01-01T00:00:00Z', '2025-01-03T00:00:00Z'],
      ['2024-02-10T00:00:00Z', '2025-02-10T00:00:00Z'],
      ['2010-01-01T00:00:00Z', '2025-12-31T00:00:00Z'],
    ] as const) {
      const ticks = timeTicks(at(from), at(to), 4);
      expect(ticks.values.length).toBeLessThanOrEqual(4);
      for (const v of ticks.values) expect(v >= at(from) && v <= at(to)).toBe(true);
      expect([...ticks.values].sort((a, b) => a - b)).toEqual(ticks.values);
    }
    expect(timeTicks(at('2025-06-01T08:10:00Z'), at('2025-06-01T08:10:00Z')).values).toEqual([at('2025-06-01T08:10:00Z')]);
  });
});
