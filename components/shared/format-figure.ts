import { formatCount, formatExact } from '../format/format-count';

const percent = new Intl.NumberFormat('en', { style: 'percent', maximumFractionDigits: 1 });
const usd = new Intl.NumberFormat('en', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 });
const decimal = new Intl.NumberFormat('en', { maximumFractionDigits: 1 });
const date = new Intl.DateTimeFormat('en', { year: 'numeric', month: 'short', day: 'numeric' });
const dateTime = new Intl.DateTimeFormat('en', { year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' });

export const DASH = '—';

export function formatFollowers(n: number | null): string {
  return n === null ? DASH : formatCount(n);
}

export function followersTitle(n: number | null): string {
  return n === null ? 'not shown on the page' : formatExact(n);
}

/** 0.0257 → "2.6%". */
export function formatRate(fraction: number | null): string {
  return fraction === null ? DASH : percent.format(fraction);
}

export function formatDecimal(n: number | null): string {
  return n === null ? DASH : decimal.format(n);
}

export function formatScore(n: number | null): string {
  return n === null ? DASH : String(Math.round(n));
}

export function formatPrice(low: number | null, high: number | null): string {
  if (low === null && high === null) return DASH;
  if (low === null || high === null || low === high) return usd.format((low ?? high) as number);
  return `${usd.format(low)}–${usd.format(high)}`;
}

export function formatDate(iso: string | number | null): string {
  if (iso === null) return DASH;
  const time = typeof iso === 'number' ? iso : Date.parse(iso);
  return Number.isNaN(time) ? DASH : date.format(time);
}

export function formatDateTime(iso: string | number | null): string {
  if (iso === null) return DASH;
  const time = typeof iso === 'number' ? iso : Date.parse(iso);
  return Number.isNaN(time) ? DASH : dateTime.format(time);
}

const BYTES = ['B', 'KB', 'MB', 'GB', 'TB'];
export function formatBytes(n: number): string {
  let value = n;
  let unit = 0;
  while (value >= 1024 && unit < BYTES.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${unit === 0 ? value : decimal.format(value)} ${BYTES[unit]}`;
}

/** A link the page gave us, only if it is http(s): a `javascript:` profile URL must never become a live link. */
export function safeHref(url: string | null | undefined): string | undefined {
  return url && /^https?:\/\//i.test(url) ? url : undefined;
}
