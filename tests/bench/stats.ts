import { median } from '../../lib/metrics/stats';

export { median };

/**
 * Nearest-rank percentile (p in 0..100): a value that was actually measured, never an
 * interpolation between two runs. Null for no values.
 */
export function percentile(values: readonly number[], p: number): number | null {
  const n = values.length;
  if (n === 0) return null;
  if (!(p >= 0 && p <= 100)) throw new RangeError(`percentile ${p} is outside 0..100`);
  const sorted = Float64Array.from(values).sort();
  const rank = Math.max(1, Math.ceil((p / 100) * n));
  return sorted[rank - 1]!;
}

export interface Summary {
  n: number;
  median: number;
  p95: number;
  min: number;
  max: number;
}

/** What a table row needs from a list of timings; null for no timings. */
export function summarize(values: readonly number[]): Summary | null {
  const med = median(values);
  const p95 = percentile(values, 95);
  if (med === null || p95 === null) return null;
  let min = Infinity;
  let max = -Infinity;
  for (const v of values) {
    if (v < min) min = v;
    if (v > max) max = v;
  }
  return { n: values.length, median: med, p95, min, max };
}
