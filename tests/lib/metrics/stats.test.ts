import { describe, expect, it } from 'vitest';
import { coefficientOfVariation, mean, median, medianAndMean } from '../../../lib/metrics/stats';

describe('stats', () => {
  it.each([
    [[], null],
    [[7], 7],
    [[3, 1, 2], 2], // sorted 1,2,3 → middle 2
    [[4, 1, 3, 2], 2.5], // sorted 1,2,3,4 → (2+3)/2
    [[10, 2, 38, 23, 38, 23, 21], 23], // sorted 2,10,21,23,23,38,38
  ])('median(%j) = %j', (values, expected) => {
    expect(median(values)).toBe(expected);
  });

  it('does not reorder the caller’s array', () => {
    const values = [3, 1, 2];
    median(values);
    expect(values).toEqual([3, 1, 2]);
  });

  it('mean and coefficient of variation', () => {
    expect(mean([])).toBeNull();
    expect(mean([1, 2, 6])).toBe(3); // 9 / 3
    // gaps 2, 4: mean 3, population sd 1 → cv 1/3
    expect(coefficientOfVariation([2, 4])).toBeCloseTo(1 / 3, 12);
    expect(coefficientOfVariation([5])).toBeNull();
    expect(coefficientOfVariation([0, 0])).toBeNull();
    expect(coefficientOfVariation([3, 3, 3])).toBe(0);
    expect(medianAndMean([1, 2, 9])).toEqual({ median: 2, mean: 4 }); // (1+2+9)/3 = 4
    expect(medianAndMean([])).toBeNull();
  });
});
