import type { Benchmark } from '../../lib/contracts/report';
import { formatPercent, platformName } from '../../lib/format/format';

const POSITION_TEXT: Record<string, string> = {
  'below-low': 'well below the band',
  low: 'low',
  average: 'average',
  high: 'high',
  'above-high': 'well above the band',
};

/**
 * A creator's engagement against the average band for their size and platform, as a meter (the
 * browser draws it red/amber/green from low/high/optimum) and in words. The value is the band's own
 * statistic (report.metrics.benchmark.value), not Vetted's per-post median: like with like.
 */
export function EngagementBand({ benchmark, reason }: { benchmark: Benchmark | null; reason?: string | null }) {
  if (!benchmark || benchmark.value === null) return <span className="muted">{reason ? `No benchmark: ${reason}` : 'No benchmark'}</span>;
  const max = Math.max(benchmark.high * 1.5, benchmark.value * 1.1);
  return (
    <span className="band">
      <meter
        min={0}
        max={max}
        low={benchmark.averageLow}
        high={benchmark.averageHigh}
        optimum={benchmark.averageHigh}
        value={benchmark.value}
        aria-label={`Engagement ${formatPercent(benchmark.value)} (${benchmark.statistic}) against the average band ${formatPercent(benchmark.averageLow)} to ${formatPercent(benchmark.averageHigh)}`}
      />
      <span className="band-text">
        {formatPercent(benchmark.value)} is {POSITION_TEXT[benchmark.position ?? ''] ?? 'unknown'}: average {formatPercent(benchmark.averageLow)}–{formatPercent(benchmark.averageHigh)} for{' '}
        {benchmark.bracket} on {platformName(benchmark.platform)} (<span title={benchmark.statistic}>the band&apos;s statistic</span>)
      </span>
    </span>
  );
}
