// Numbers as the signal messages and fit reasons print them, so the overlay, the CLI and the CSV
// all read "0.39%" and "12,400" the same way.

/** 0.0039 → "0.39%", 0.041 → "4.1%", 0.1234 → "12.3%". */
export function formatPercent(fraction: number): string {
  const p = fraction * 100;
  const abs = Math.abs(p);
  let text: string;
  if (abs >= 10) text = p.toFixed(1);
  else if (abs >= 0.1) text = p.toFixed(2);
  else if (abs === 0) text = '0';
  else text = p.toPrecision(2);
  if (text.includes('.') && !text.includes('e')) text = text.replace(/0+$/, '').replace(/\.$/, '');
  return `${text}%`;
}

/** (0.0084, 0.0111) → "0.84–1.11%". */
export function formatPercentRange(low: number, high: number): string {
  return `${formatPercent(low).slice(0, -1)}–${formatPercent(high)}`;
}

/** 12400 → "12,400"; fractions are rounded to whole numbers. */
export function formatCount(n: number): string {
  return Math.round(n).toLocaleString('en-US');
}

/** 3.25 → "3.3"; whole numbers without decimals. */
export function formatDecimal(n: number): string {
  const text = n.toFixed(1);
  return text.endsWith('.0') ? text.slice(0, -2) : text;
}

/** 1 → "1 day", 2.5 → "2.5 days". */
export function formatDays(days: number): string {
  const text = formatDecimal(days);
  return `${text} ${text === '1' ? 'day' : 'days'}`;
}

/** "a, b and 3 more" — keeps messages bounded whatever the brief lists. */
export function formatList(items: readonly string[], max = 3): string {
  if (items.length <= max) return items.join(', ');
  return `${items.slice(0, max).join(', ')} and ${items.length - max} more`;
}

/** 12000 → "12k", 1500000 → "1.5M", 1137245 → "1.1M"; one decimal at most, and 999,999 is "1M", not "1000k". */
export function formatCompact(n: number): string {
  if (n >= 999_950) return `${formatDecimal(n / 1_000_000)}M`;
  if (n >= 999.5) return `${formatDecimal(n / 1_000)}k`;
  return String(Math.round(n));
}

const PLATFORM_NAMES = { instagram: 'Instagram', tiktok: 'TikTok', youtube: 'YouTube', x: 'X' } as const;

export function platformName(platform: keyof typeof PLATFORM_NAMES): string {
  return PLATFORM_NAMES[platform];
}
