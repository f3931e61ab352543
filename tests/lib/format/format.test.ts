import { describe, expect, test } from 'vitest';
import {
  DASH,
  followersTitle,
  formatBytes,
  formatCompact,
  formatCount,
  formatDate,
  formatDateTime,
  formatDecimal,
  formatFollowers,
  formatPercent,
  formatScore,
  formatUsd,
  formatUsdRange,
} from '../../../lib/format/format';

// One function per kind of value, one result per input: what the overlay, the popup, the dashboard
// and the signal messages all print.

describe('numbers', () => {
  test.each([
    [0.0039, '0.39%'],
    [0.041, '4.1%'],
    [0.1234, '12.3%'],
    [0.0257, '2.57%'],
    [0, '0%'],
  ])('formatPercent(%d) is %j', (n, text) => expect(formatPercent(n)).toBe(text));

  test('counts: every digit, rounded; compact: one decimal at most', () => {
    expect(formatCount(12_400)).toBe('12,400');
    expect(formatCount(2.6)).toBe('3');
    expect(formatCompact(12_000)).toBe('12k');
    expect(formatCompact(999_999)).toBe('1M');
    expect(formatCompact(1_137_245)).toBe('1.1M');
    expect(formatDecimal(3.25)).toBe('3.3');
    expect(formatDecimal(4)).toBe('4');
    expect(formatScore(81.6)).toBe('82');
  });

  test('followers: every digit under 10,000, compact above, the exact count as the title', () => {
    expect(formatFollowers(9_850)).toBe('9,850');
    expect(formatFollowers(20_000)).toBe('20k');
    expect(formatFollowers(1_137_245)).toBe('1.1M');
    expect(followersTitle(1_137_245)).toBe('1,137,245');
    expect(followersTitle(null)).toBe('not shown on the page');
  });

  test('money: whole dollars, cents under $10; a range, or one figure when the ends agree or one is missing', () => {
    expect(formatUsd(1422.4)).toBe('$1,422');
    expect(formatUsd(0.07)).toBe('$0.07');
    expect(formatUsdRange(1422, 4265)).toBe('$1,422–$4,265');
    expect(formatUsdRange(180, 180)).toBe('$180');
    expect(formatUsdRange(null, 95)).toBe('$95');
    expect(formatUsdRange(null, null)).toBe(DASH);
  });

  test('sizes in powers of 1024', () => {
    expect(formatBytes(512)).toBe('512 B');
    expect(formatBytes(3 * 1024 * 1024)).toBe('3 MB');
    expect(formatBytes(1536)).toBe('1.5 KB');
  });
});

describe('unknown values are a dash, whatever the kind', () => {
  test.each([
    ['formatPercent', () => formatPercent(null)],
    ['formatCount', () => formatCount(null)],
    ['formatDecimal', () => formatDecimal(null)],
    ['formatScore', () => formatScore(null)],
    ['formatFollowers', () => formatFollowers(null)],
    ['formatDate', () => formatDate(null)],
    ['formatDate of a bad date', () => formatDate('not a date')],
    ['formatDateTime', () => formatDateTime(null)],
  ])('%s', (_name, run) => expect(run()).toBe(DASH));
});

describe('dates', () => {
  test('ISO text and epoch milliseconds give the same date', () => {
    const iso = '2025-06-01T12:00:00Z';
    expect(formatDate(iso)).toBe(formatDate(Date.parse(iso)));
    expect(formatDate(iso)).toMatch(/^(May 31|Jun 1|Jun 2), 2025$/);
    expect(formatDateTime(iso)).toMatch(/2025, \d{1,2}:\d{2}\s?[AP]M$/);
  });
});
