/** Middle value (mean of the two middle ones for an even count); null for no values. */
export function median(values: readonly number[]): number | null {
  const n = values.length;
  if (n === 0) return null;
  // A typed array sorts numerically and leaves the caller's array alone.
  const sorted = Float64Array.from(values).sort();
  const mid = n >> 1;
  return n % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function mean(values: readonly number[]): number | null {
  const n = values.length;
  if (n === 0) return null;
  let total = 0;
  for (const v of values) total += v;
  return total / n;
}

/**
 * Population standard deviation divided by the mean. Null with fewer than two values or a mean of
 * 0, where spread relative to the mean says nothing.
 */
export function coefficientOfVariation(values: readonly number[]): number | null {
  const m = mean(values);
  if (m === null || values.length < 2 || m === 0) return null;
  let squares = 0;
  for (const v of values) squares += (v - m) * (v - m);
  return Math.sqrt(squares / values.length) / Math.abs(m);
}

export function medianAndMean(values: readonly number[]): { median: number; mean: number } | null {
  const med = median(values);
  const avg = mean(values);
  return med === null || avg === null ? null : { median: med, mean: avg };
}
