import { useCallback, useMemo, useRef } from 'react';
import type { VettingReport } from '../../../lib/contracts/report';
import { postChartConfig } from './post-chart-config';
import { postSeries, type PostSeries } from './post-series';
import { useChart, type ChartColors } from './use-chart';
import { formatCount } from '../../../lib/format/format';

const CHART_WIDTH = 340;

function describe(series: PostSeries): string {
  const values = series.points.filter((p) => !p.pinned).map((p) => p.value);
  const high = Math.max(...values);
  const low = Math.min(...values);
  const sponsored = series.points.filter((p) => p.sponsored).length;
  const pinned = series.points.filter((p) => p.pinned).length;
  return (
    `${series.metric === 'interactions' ? 'Interactions' : 'Views'} per post for ${values.length} eligible posts, oldest to newest: ` +
    `lowest ${formatCount(low)}, highest ${formatCount(high)}` +
    (series.median !== null ? `, median ${formatCount(series.median)}` : '') +
    (sponsored ? `; ${sponsored} sponsored` : '') +
    (pinned ? `; ${pinned} pinned (not counted)` : '') +
    '.'
  );
}

/** Per-post interactions (or views) with the median line; sponsored and pinned posts in their own colours. */
export function PostChart({ report }: { report: VettingReport }) {
  const series = useMemo(() => postSeries(report), [report]);
  const canvas = useRef<HTMLCanvasElement>(null);
  const build = useCallback(
    (colors: ChartColors) => {
      if (!series) throw new Error('no series');
      return postChartConfig(series, colors, CHART_WIDTH);
    },
    [series],
  );
  useChart(canvas, series ? build : null);

  if (!series) {
    return <p className="muted">No eligible post shows interactions or views, so there is nothing to chart.</p>;
  }
  const what = series.metric === 'interactions' ? 'Interactions' : 'Views';
  const summary = describe(series);
  return (
    <figure className="chart">
      <canvas ref={canvas} width={CHART_WIDTH} height={150} role="img" aria-label={summary} data-testid="post-chart">
        {summary}
      </canvas>
      <figcaption className="legend">
        {what} per post: <span className="swatch swatch--bar" aria-hidden="true" /> post
        {series.points.some((p) => p.sponsored) && (
          <>
            {' '}
            <span className="swatch swatch--sponsored" aria-hidden="true" /> sponsored
          </>
        )}
        {series.points.some((p) => p.pinned) && (
          <>
            {' '}
            <span className="swatch swatch--pinned" aria-hidden="true" /> pinned (not counted)
          </>
        )}
        {series.median !== null && (
          <>
            {' '}
            <span className="swatch swatch--median" aria-hidden="true" /> median
          </>
        )}
        {series.metric === 'views' && ' — views, because the page shows no likes or comments'}
      </figcaption>
      <details className="chart-data">
        <summary>Chart data</summary>
        <table>
          <thead>
            <tr>
              <th scope="col">Post</th>
              <th scope="col">Date</th>
              <th scope="col">{what}</th>
            </tr>
          </thead>
          <tbody>
            {series.points.map((p) => (
              <tr key={p.id}>
                <td>
                  {p.id}
                  {p.sponsored ? ' (sponsored)' : ''}
                  {p.pinned ? ' (pinned)' : ''}
                </td>
                <td>{p.label}</td>
                <td>{formatCount(p.value)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
