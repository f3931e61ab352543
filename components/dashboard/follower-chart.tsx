import { Chart, Legend, LinearScale, LineController, LineElement, PointElement, Tooltip } from 'chart.js';
import { useEffect, useRef } from 'react';
import type { StoredReading } from '../../lib/contracts/shortlist-entry';
import { formatDateTime, formatFollowers } from '../../lib/format/format';
import { followerAxes } from './follower-chart-axes';

// Only what a line chart on a numeric axis needs: chart.js tree-shakes the rest away.
Chart.register(LineController, LineElement, PointElement, LinearScale, Legend, Tooltip);

/** Distinguishable in light and dark, and in the order the creators are compared. */
const COLOURS = ['#3b6fe0', '#d9622b', '#2e9e5b', '#a347c2'];

export interface ChartSeries {
  label: string;
  points: readonly StoredReading[];
}

/**
 * Followers over time, one line per creator, with the same numbers as a table for screen readers
 * and for anyone who wants the figures.
 */
export function FollowerChart({ series }: { series: readonly ChartSeries[] }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const el = canvas.current;
    // No 2D context (a test DOM, a locked-down browser): the table below still has the figures.
    if (!el || !el.getContext('2d')) return;
    const ink = getComputedStyle(el).color || '#888';
    const times = series.flatMap((s) => s.points.map((p) => Date.parse(p.at)));
    const chart = new Chart(el, {
      type: 'line',
      data: {
        datasets: series.map((s, i) => ({
          label: s.label,
          data: s.points.map((p) => ({ x: Date.parse(p.at), y: p.followers })),
          borderColor: COLOURS[i % COLOURS.length],
          backgroundColor: COLOURS[i % COLOURS.length],
          tension: 0.2,
        })),
      },
      options: {
        animation: false,
        maintainAspectRatio: false,
        color: ink,
        scales: followerAxes(times, ink),
        plugins: {
          tooltip: { callbacks: { title: (items) => formatDateTime(Number(items[0]?.parsed.x)), label: (item) => `${item.dataset.label}: ${formatFollowers(item.parsed.y ?? null)}` } },
        },
      },
    });
    return () => chart.destroy();
  }, [series]);

  const any = series.some((s) => s.points.length > 0);
  return (
    <figure className="chart">
      <figcaption>Followers over time</figcaption>
      {any ? (
        <div className="chart-canvas">
          <canvas ref={canvas} role="img" aria-label="Follower history chart; the figures are in the table below" />
        </div>
      ) : (
        <p className="muted">No follower history yet: Vetted records a reading each time you open a saved creator's profile.</p>
      )}
      <details>
        <summary>Show the figures</summary>
        <table className="plain-table" data-testid="history-table">
          <thead>
            <tr>
              <th scope="col">Creator</th>
              <th scope="col">Date</th>
              <th scope="col">Followers</th>
            </tr>
          </thead>
          <tbody>
            {series.flatMap((s) =>
              s.points.map((p) => (
                <tr key={`${s.label}-${p.at}`}>
                  <td>{s.label}</td>
                  <td>{formatDateTime(p.at)}</td>
                  <td>{formatFollowers(p.followers)}</td>
                </tr>
              )),
            )}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
