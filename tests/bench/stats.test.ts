import { describe, expect, it } from 'vitest';
import { percentile, summarize } from './stats';

describe('percentile (nearest rank)', () => {
  it('returns a measured value, never one between two runs', () => {
    const values = [5, 1, 4, 2, 3, 10, 9, 8, 7, 6];
    expect(percentile(values, 95)).toBe(10);
    expect(percentile(values, 90)).toBe(9);
    expect(percentile(values, 50)).toBe(5);
    expect(percentile(values, 0)).toBe(1);
    expect(percentile(values, 100)).toBe(10);
  });

  it('p95 of 100 runs is the 95th smallest', () => {
    const values = Array.from({ length: 100 }, (_, i) => 100 - i);
    expect(percentile(values, 95)).toBe(95);
  });

  it('is null for no values and refuses a p outside 0..100', () => {
    expect(percentile([], 95)).toBeNull();
    expect(() => percentile([1], 101)).toThrow(RangeError);
    expect(() => percentile([1], Number.NaN)).toThrow(RangeError);
  });

  it('leaves the caller’s array in its order', () => {
    const values = [3, 1, 2];
    percentile(values, 50);
    expect(values).toEqual([3, 1, 2]);
  });
});

describe('summarize', () => {
  it('gives count, median, p95, min and max', () => {
    expect(summarize([4, 1, 3, 2])).toEqual({ n: 4, median: 2.5, p95: 4, min: 1, max: 4 });
  });

  it('is null for no values', () => {
    expect(summarize([])).toBeNull();
  });
});
