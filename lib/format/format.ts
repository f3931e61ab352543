// How Vetted writes numbers, money, dates and sizes for people: one function per kind of value and
// one result per input, so the overlay, the popup, the dashboard, the signal messages and the `vet`
// command read "0.39%", "12,400" and "Jun 1, 2025" the same way. (The CSV writes numbers for
// spreadsheets, not people: lib/csv/csv-writer.ts.) Where a value can be unknown, null is written DASH.

/** What a value that is not known is shown as. */
export const DASH = '—';

/** 0.0039 → "0.39%", 0.041 → "4.1%", 0.1234 → "12.3%". */
export function formatPercent(fraction: number | null): string {
  if (fraction === null) return DASH;
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

/** 12400 → "12,400": every digit; fractions are rounded to whole numbers. */
export function formatCount(n: number | null): string {
  return n === null ? DASH : Math.round(n).toLocaleString('en-US');
}

/** 3.25 → "3.3"; whole numbers without decimals. */
export function formatDecimal(n: number | null): string {
  if (n === null) return DASH;
  const text = n.toFixed(1);
  return text.endsWith('.0') ? text.slice(0, -2) : text;
}

/** A score out of 100 as a whole number: 81.6 → "82". */
export function formatScore(n: number | null): string {
  return n === null ? DASH : String(Math.round(n));
}

/** Whole days: 1 → "1 day", 2005.4 → "2,005 days", under half a day → "less than a day". */
export function formatDays(days: number): string {
  const whole = Math.round(days);
  if (whole === 0) return 'less than a day';
  return `${whole.toLocaleString('en-US')} ${whole === 1 ? 'day' : 'days'}`;
}

/** A rate per week with two significant digits: 0.03 → "0.03" (never "0"), 0.333 → "0.33", 2.333 → "2.3", 14.2 → "14". */
export function formatPerWeek(n: number | null): string {
  if (n === null) return DASH;
  if (n === 0) return '0';
  const text = n >= 10 ? String(Math.round(n)) : n.toPrecision(2);
  return text.includes('.') ? text.replace(/0+$/, '').replace(/\.$/, '') : text;
}

/**
 * How many of the eligible posts show likes or comments (and of those, views): "none of the 12
 * eligible posts", "9 of the 12 eligible posts, 4 of them with views". Never a bare "0 of 12",
 * which beside a median views figure from the same posts reads as if no post were used.
 */
export function formatPostsUsed(used: number, eligible: number, withViews: number): string {
  if (eligible === 0) return 'no eligible posts';
  const of = `the ${eligible.toLocaleString('en-US')} eligible ${eligible === 1 ? 'post' : 'posts'}`;
  const base = used === 0 ? `none of ${of}` : `${used.toLocaleString('en-US')} of ${of}`;
  return used > 0 && withViews > 0 ? `${base}, ${withViews.toLocaleString('en-US')} of them with views` : base;
}

/** "a, b and 3 more" — keeps messages bounded whatever the brief lists. */
export function formatList(items: readonly string[], max = 3): string {
  if (items.length <= max) return items.join(', ');
  return `${items.slice(0, max).join(', ')} and ${items.length - max} more`;
}

/** Three significant digits, as the platforms write counts: 12,400 → "12.4k", 165,000 → "165k", 1,650,000 → "1.65M", 1,137,245 → "1.14M"; 999,999 is "1M", not "1000k". */
export function formatCompact(n: number): string {
  const three = (value: number) => {
    const text = value.toFixed(value >= 100 ? 0 : value >= 10 ? 1 : 2);
    return text.includes('.') ? text.replace(/0+$/, '').replace(/\.$/, '') : text;
  };
  if (n >= 999_500) return `${three(n / 1_000_000)}M`;
  if (n >= 999.5) return `${three(n / 1_000)}k`;
  return String(Math.round(n));
}

/** A follower count at a glance: every digit under 10,000 ("9,850"), compact above ("1.1M"). */
export function formatFollowers(n: number | null): string {
  if (n === null) return DASH;
  return n < 10_000 ? formatCount(n) : formatCompact(n);
}

/** The title of a follower count: the exact number, or why there is none. */
export function followersTitle(n: number | null): string {
  return n === null ? 'not shown on the page' : formatCount(n);
}

/**
 * An Intl formatter made on first use. Making one costs a few milliseconds (ICU data), and the
 * woken worker and the overlay frame evaluate this module before their first answer; nine made at
 * load were ~12 ms of the shared chunk's evaluation.
 */
function onFirstUse<T>(make: () => T): () => T {
  let made: T | undefined;
  return () => (made ??= make());
}

const wholeUsd = onFirstUse(() => new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 }));
const centsUsd = onFirstUse(() => new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', minimumFractionDigits: 2, maximumFractionDigits: 2 }));

/** 1422.4 → "$1,422"; under $10 with cents ("$0.07"), where a whole-dollar figure would read as $0. */
export function formatUsd(n: number): string {
  return Math.abs(n) < 10 ? centsUsd().format(n) : wholeUsd().format(n);
}

/** (1422, 4265) → "$1,422–$4,265"; one figure when both ends are equal or only one is known; DASH for neither. */
export function formatUsdRange(low: number | null, high: number | null): string {
  if (low === null && high === null) return DASH;
  const lo = (low ?? high) as number;
  const hi = (high ?? low) as number;
  // One style for both ends: cents only when the whole range is under $10 ("$0.06–$0.18"), else "$4–$13".
  const format = Math.max(Math.abs(lo), Math.abs(hi)) < 10 ? centsUsd().format : wholeUsd().format;
  const a = format(lo);
  const b = format(hi);
  return a === b ? a : `${a}–${b}`;
}

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;
const dateOnly = onFirstUse(() => new Intl.DateTimeFormat('en', { dateStyle: 'medium' }));
const dateTime = onFirstUse(() => new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' }));

const plural = (n: number, unit: string) => `${n} ${unit}${n === 1 ? '' : 's'}`;

function timeOf(value: string | number | null): number {
  if (value === null) return NaN;
  return typeof value === 'number' ? value : Date.parse(value);
}

/** How long ago `iso` was, in the largest whole unit: "just now", "5 minutes ago", "3 days ago". */
export function formatAgo(iso: string, now: Date): string {
  const ms = now.getTime() - Date.parse(iso);
  if (!Number.isFinite(ms)) return 'at an unknown time';
  if (ms < MINUTE_MS) return 'just now';
  if (ms < HOUR_MS) return `${plural(Math.floor(ms / MINUTE_MS), 'minute')} ago`;
  if (ms < DAY_MS) return `${plural(Math.floor(ms / HOUR_MS), 'hour')} ago`;
  return `${plural(Math.floor(ms / DAY_MS), 'day')} ago`;
}

/** "Jun 1, 2025" in the reader's time zone (ISO text or epoch ms); DASH when unknown. */
export function formatDate(value: string | number | null): string {
  const time = timeOf(value);
  return Number.isFinite(time) ? dateOnly().format(time) : DASH;
}

/** "Jun 1, 2025, 12:00 PM" in the reader's time zone; DASH when unknown. */
export function formatDateTime(value: string | number | null): string {
  const time = timeOf(value);
  return Number.isFinite(time) ? dateTime().format(time) : DASH;
}

const utcDate = onFirstUse(() => new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeZone: 'UTC' }));

/** "Jun 1, 2025" as formatDate writes it, in UTC: the time zone the charts' time axes are drawn in, so a bar's date and its axis agree. */
export function formatDateUtc(value: string | number | null): string {
  const time = timeOf(value);
  return Number.isFinite(time) ? utcDate().format(time) : DASH;
}

export type DateTickUnit = 'hour' | 'day' | 'month' | 'year';

const UTC_TICK: Record<DateTickUnit, () => Intl.DateTimeFormat> = {
  hour: onFirstUse(() => new Intl.DateTimeFormat('en', { month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: 'UTC' })),
  day: onFirstUse(() => new Intl.DateTimeFormat('en', { month: 'short', day: 'numeric', timeZone: 'UTC' })),
  month: onFirstUse(() => new Intl.DateTimeFormat('en', { month: 'short', year: 'numeric', timeZone: 'UTC' })),
  year: onFirstUse(() => new Intl.DateTimeFormat('en', { year: 'numeric', timeZone: 'UTC' })),
};

/** A time axis tick at its step's precision, in UTC: "May 28, 14:00", "May 28", "Jun 2025", "2025". */
export function formatDateTick(unit: DateTickUnit, time: number): string {
  return UTC_TICK[unit]().format(time);
}

const BYTE_UNITS = ['B', 'KB', 'MB', 'GB', 'TB'];

/** 3_250_000 → "3.1 MB" (powers of 1024, as the browser's storage estimate counts). */
export function formatBytes(n: number): string {
  let value = n;
  let unit = 0;
  while (value >= 1024 && unit < BYTE_UNITS.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${unit === 0 ? value : formatDecimal(value)} ${BYTE_UNITS[unit]}`;
}

const PLATFORM_NAMES = { instagram: 'Instagram', tiktok: 'TikTok', youtube: 'YouTube', x: 'X' } as const;

export function platformName(platform: keyof typeof PLATFORM_NAMES): string {
  return PLATFORM_NAMES[platform];
}
