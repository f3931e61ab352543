import { describe, expect, it } from 'vitest';
import { BENCHMARKS, benchmarkFor, positionInBand } from '../../../lib/metrics/benchmarks';

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
