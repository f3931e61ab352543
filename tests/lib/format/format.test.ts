import { describe, expect, it, test } from 'vitest';
import {
  DASH,
  followersTitle,
  formatBytes,
  formatPostsUsed,
  formatCompact,
  formatCount,
  formatDate,
  formatDateTick,
  formatDateUtc,
  formatDateTime,
  formatDays,
  formatDecimal,
  formatFollowers,
  formatPercent,
  formatPerWeek,
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

  test('counts: every digit, rounded; compact: three significant digits, as the platforms write them', () => {
    expect(formatCount(12_400)).toBe('12,400');
    expect(formatCount(2.6)).toBe('3');
    expect(formatCompact(12_000)).toBe('12k');
    expect(formatCompact(999_999)).toBe('1M');
    expect(formatCompact(1_137_245)).toBe('1.14M');
    expect(formatCompact(1_650_000)).toBe('1.65M');
    expect(formatCompact(165_000)).toBe('165k');
    expect(formatCompact(12_400)).toBe('12.4k');
    expect(formatCompact(999_400)).toBe('999k');
    expect(formatDecimal(3.25)).toBe('3.3');
    expect(formatDecimal(4)).toBe('4');
    expect(formatScore(81.6)).toBe('82');
  });

  test('days are whole days, a rate per week has two significant digits', () => {
    expect(formatDays(2005.4)).toBe('2,005 days');
    expect(formatDays(1)).toBe('1 day');
    expect(formatDays(0.2)).toBe('less than a day');
    expect(formatPerWeek(0.03)).toBe('0.03');
    expect(formatPerWeek(0.333)).toBe('0.33');
    expect(formatPerWeek(2.333)).toBe('2.3');
    expect(formatPerWeek(14.2)).toBe('14');
    expect(formatPerWeek(0)).toBe('0');
    expect(formatPerWeek(null)).toBe('—');
  });

  test('followers: every digit under 10,000, compact above, the exact count as the title', () => {
    expect(formatFollowers(9_850)).toBe('9,850');
    expect(formatFollowers(20_000)).toBe('20k');
    expect(formatFollowers(1_137_245)).toBe('1.14M');
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
    // One style for both ends: "$4–$13", not "$4.20–$13"; cents when the whole range is under $10.
    expect(formatUsdRange(4.2, 13.4)).toBe('$4–$13');
    expect(formatUsdRange(0.06, 0.18)).toBe('$0.06–$0.18');
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

describe('formatPostsUsed', () => {
  it('says how many eligible posts show likes or comments, never a bare "0 of 12"', () => {
    expect(formatPostsUsed(0, 12, 0)).toBe('none of the 12 eligible posts');
    expect(formatPostsUsed(9, 12, 4)).toBe('9 of the 12 eligible posts, 4 of them with views');
    expect(formatPostsUsed(9, 12, 0)).toBe('9 of the 12 eligible posts');
    expect(formatPostsUsed(1, 1, 0)).toBe('1 of the 1 eligible post');
    expect(formatPostsUsed(0, 0, 0)).toBe('no eligible posts');
  });
});

describe('chart dates', () => {
  it('write a post\'s date as formatDate does, in UTC like the chart axis, and ticks at their step\'s precision', () => {
    const lateEvening = Date.UTC(2025, 4, 28, 23, 30);
    expect(formatDateUtc(lateEvening)).toBe('May 28, 2025');
    expect(formatDateUtc('2025-06-01T00:00:00Z')).toBe('Jun 1, 2025');
    expect(formatDateUtc(null)).toBe(DASH);
    expect(formatDateTick('hour', Date.UTC(2025, 4, 28, 14))).toBe('May 28, 14:00');
    expect(formatDateTick('day', lateEvening)).toBe('May 28');
    expect(formatDateTick('month', lateEvening)).toBe('May 2025');
    expect(formatDateTick('year', lateEvening)).toBe('2025');
  });
});
