import { useCallback, useMemo, useRef } from 'react';
import type { FollowerReading } from '../../../lib/contracts/report';
import { countAxis, timeAxis } from './post-chart-config';
import { useChart, type ChartColors } from './use-chart';
import { formatCount, formatDate } from '../../../lib/format/format';

/** Follower count over the readings Vetted kept of this creator; drawn from two readings on. */
export function FollowerChart({ history }: { history: readonly FollowerReading[] | null }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const points = useMemo(() => (history ?? []).map((h) => ({ x: Date.parse(h.at), y: h.followers })).filter((p) => Number.isFinite(p.x)).sort((a, b) => a.x - b.x), [history]);
  const enough = points.length >= 2;
  const build = useCallback(
    (colors: ChartColors) => ({
      type: 'line' as const,
      data: {
        datasets: [{ type: 'line' as const, label: 'followers', data: points, borderColor: colors.bar, backgroundColor: colors.bar, borderWidth: 2, pointRadius: 3 }],
      },
      options: {
        responsive: false,
        parsing: false as const,
        scales: { x: timeAxis(colors, points[0]?.x ?? 0, points[points.length - 1]?.x ?? 0, 3), y: { ...countAxis(colors), beginAtZero: false } },
      },
    }),
    [points],
  );
  useChart(canvas, enough ? build : null);

  if (!enough) {
    return <p className="muted">{history === null ? 'Reading the follower history…' : 'One reading so far: Vetted records a point each time this profile is opened (at least an hour apart).'}</p>;
  }
  const first = points[0]!;
  const last = points[points.length - 1]!;
  const summary = `Followers over ${points.length} readings from ${formatDate(first.x)} (${formatCount(first.y)}) to ${formatDate(last.x)} (${formatCount(last.y)}).`;
  return (
    <figure className="chart">
      <canvas ref={canvas} width={340} height={120} role="img" aria-label={summary} data-testid="follower-chart">
        {summary}
      </canvas>
      <details className="chart-data">
        <summary>Chart data</summary>
        <table>
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">Followers</th>
            </tr>
          </thead>
          <tbody>
            {points.map((p) => (
              <tr key={p.x}>
                <td>{formatDate(p.x)}</td>
                <td>{formatCount(p.y)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
