import { describe, expect, it } from 'vitest';
import { BAND_POST_LIMIT, bandStatistic, BENCHMARKS, benchmarkFor, positionInBand } from '../../../lib/metrics/benchmarks';
import { makePost, makePosts, NOW } from '../vetting/factory';

describe('benchmarkFor', () => {
  it('finds the source bracket by followers (Modash Instagram 10k–50k: low 0.39 %, average 0.84–1.11 %, high 2.61 %)', () => {
    const m = benchmarkFor('instagram', 20_000)!;
    expect(m.band.label).toBe('10k–50k');
    expect(m.band.low).toBeCloseTo(0.0039, 12);
    expect(m.band.averageLow).toBeCloseTo(0.0084, 12);
    expect(m.band.averageHigh).toBeCloseTo(0.0111, 12);
    expect(m.band.high).toBeCloseTo(0.0261, 12);
    expect(m.table.basis).toBe('followers');
  });

  it('puts bracket edges in the upper bracket and tiny accounts in the first', () => {
    expect(benchmarkFor('tiktok', 50_000)!.band.label).toBe('50k–100k');
    expect(benchmarkFor('tiktok', 49_999)!.band.label).toBe('10k–50k');
    expect(benchmarkFor('youtube', 300)!.band.label).toBe('1k–5k');
    expect(benchmarkFor('youtube', 3_000_000)!.band.label).toBe('1M+');
  });

  it('has no table for X and needs followers', () => {
    expect(benchmarkFor('x', 20_000)).toBeNull();
    expect(benchmarkFor('instagram', null)).toBeNull();
  });

  it('cites a source for every table and keeps each band ordered', () => {
    for (const table of Object.values(BENCHMARKS)) {
      expect(table.sourceUrl).toMatch(/^https:\/\//);
      for (const b of table.bands) {
        expect(b.low).toBeLessThanOrEqual(b.averageLow);
        expect(b.averageLow).toBeLessThanOrEqual(b.averageHigh);
        expect(b.averageHigh).toBeLessThanOrEqual(b.high);
      }
    }
  });
});

describe('positionInBand', () => {
  const band = benchmarkFor('instagram', 20_000)!.band;
  it.each([
    [0.002, 'below-low'], // < 0.39 %
    [0.0039, 'low'], // at the Low cutoff: no longer below it
    [0.006, 'low'], // 0.39–0.84 %
    [0.0084, 'average'],
    [0.0111, 'average'],
    [0.02, 'high'], // 1.11–2.61 %
    [0.03, 'above-high'],
  ] as const)('%f → %s', (value, position) => {
    expect(positionInBand(value, band)).toBe(position);
  });
});

describe('bandStatistic: the creator measured the way the table was (issue #10.6)', () => {
  it('states each table\'s statistic: a ratio of medians per view on TikTok and YouTube, median per follower on Instagram', () => {
    expect(BENCHMARKS.tiktok!.statistic).toBe('median-over-median-views');
    expect(BENCHMARKS.youtube!.statistic).toBe('median-over-median-views');
    expect(BENCHMARKS.instagram!.statistic).toBe('median-per-follower');
    for (const table of Object.values(BENCHMARKS)) expect(table.statisticText).toMatch(/latest 30 (posts|videos)/);
  });

  it('TikTok: median interactions ÷ median views, which is not the median of per-post rates', () => {
    // Interactions 100, 300, 900, 50, 200; views 1,000, 10,000, 3,000, 500, 20,000.
    // Per-post rates 10 %, 3 %, 30 %, 10 %, 1 % → median 10 %. Medians: 200 ÷ 3,000 = 6.67 %.
    const shape = [
      [100, 1_000],
      [300, 10_000],
      [900, 3_000],
      [50, 500],
      [200, 20_000],
    ];
    const posts = shape.map(([likes, views], i) => makePost({ ageDays: 5 + i, likes: likes!, comments: null, views: views! }));
    const s = bandStatistic(BENCHMARKS.tiktok!, posts, NOW, 20_000);
    expect(s).toEqual({ value: 200 / 3_000, postsUsed: 5, reason: null });
  });

  it('Instagram: median interactions ÷ followers', () => {
    const posts = makePosts(7, (i) => ({ likes: 100 * (i + 1), comments: 0 }));
    // Interactions 100 … 700: median 400 over 20,000 followers.
    expect(bandStatistic(BENCHMARKS.instagram!, posts, NOW, 20_000).value).toBeCloseTo(0.02, 12);
    expect(bandStatistic(BENCHMARKS.instagram!, posts, NOW, null)).toMatchObject({ value: null, reason: 'followers unknown' });
  });

  it(`takes up to the latest ${BAND_POST_LIMIT} eligible posts, not only 12, and needs 5`, () => {
    const many = makePosts(40, (i) => ({ likes: i < 30 ? 10 : 100_000, comments: 0, views: 1_000 }));
    expect(bandStatistic(BENCHMARKS.tiktok!, many, NOW, 20_000)).toEqual({ value: 0.01, postsUsed: 30, reason: null });
    const few = makePosts(4, () => ({ views: 1_000 }));
    expect(bandStatistic(BENCHMARKS.tiktok!, few, NOW, 20_000)).toMatchObject({ value: null, postsUsed: 4, reason: '4 of the latest 4 posts show likes, comments or shares and views; the band needs 5' });
  });
});
