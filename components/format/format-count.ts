const compact = new Intl.NumberFormat('en', { notation: 'compact', maximumFractionDigits: 1 });
const full = new Intl.NumberFormat('en');

/** 1137245 → "1.1M"; under 10,000 the full number ("9,850"). */
export function formatCount(n: number): string {
  return n < 10_000 ? full.format(n) : compact.format(n);
}

/** Always the full number with grouping: for titles and tooltips. */
export function formatExact(n: number): string {
  return full.format(n);
}
