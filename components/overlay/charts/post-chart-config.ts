import type { ChartConfiguration, Scale } from 'chart.js';
import type { PostSeries } from './post-series';
import { timeTicks } from './time-ticks';
import type { ChartColors } from './use-chart';
import { formatCompact, formatCount, formatDateUtc } from '../../../lib/format/format';

export type PostChartConfig = ChartConfiguration<'bar' | 'line', Array<{ x: number; y: number }> | number[], string>;

const DAY = 86_400_000;

/**
 * Whether bars at their dates would pile up: more than a third of the posts sit closer to the
 * previous one than a bar is wide (a month of posts and one from a year later, say). Then one slot
 * per post, in date order, reads better than a true time scale.
 */
export function crowdedInTime(times: readonly number[], width: number, barWidth: number): boolean {
  const span = times[times.length - 1]! - times[0]!;
  if (times.length < 3 || span <= 0) return false;
  let close = 0;
  for (let i = 1; i < times.length; i++) if (((times[i]! - times[i - 1]!) / span) * width < barWidth) close++;
  return close > (times.length - 1) / 3;
}

/** The y-axis of both overlay charts: compact counts ("12k", "1.5M") from zero. */
export const countAxis = (colors: ChartColors) => ({
  beginAtZero: true,
  ticks: { color: colors.muted, maxTicksLimit: 4, callback: (value: string | number) => formatCompact(Number(value)) },
  grid: { color: colors.grid },
});

/** A time x-axis on chart.js's linear scale: our own calendar ticks and labels (no date adapter offline). */
export function timeAxis(colors: ChartColors, min: number, max: number, maxTicks: number) {
  const ticks = timeTicks(min, max, maxTicks);
  return {
    type: 'linear' as const,
    min,
    max,
    afterBuildTicks: (scale: Scale) => {
      scale.ticks = ticks.values.map((value) => ({ value }));
    },
    ticks: { color: colors.muted, maxRotation: 0, autoSkip: false, callback: (value: string | number) => ticks.label(Number(value)) },
    grid: { display: false },
  };
}

/**
 * The per-post chart: one bar per post at its date (posts far apart stand far apart), the median
 * as a dashed line, sponsored and pinned posts in their own colours. Without a date on every post,
 * or when bars at their dates would pile up, one slot per post in date order, labelled by date.
 */
export function postChartConfig(series: PostSeries, colors: ChartColors, width: number): PostChartConfig {
  const colorOf = series.points.map((p) => (p.pinned ? colors.pinned : p.sponsored ? colors.sponsored : colors.bar));
  const tooltip = {
    enabled: true,
    callbacks: {
      title: (items: Array<{ dataIndex: number }>) => {
        const point = series.points[items[0]?.dataIndex ?? 0];
        return point ? `${point.time === null ? 'undated' : formatDateUtc(point.time)}${point.pinned ? ' (pinned)' : ''}${point.sponsored ? ' (sponsored)' : ''}` : '';
      },
      label: (item: { parsed: { y: number | null } }) => `${formatCount(item.parsed.y ?? 0)} ${series.metric}`,
    },
  };
  const median = series.median;
  const barThickness = Math.max(3, Math.min(16, Math.floor(width / (series.points.length * 1.8))));
  const times = series.points.map((p) => p.time ?? Number.NaN);
  if (series.axis === 'time' && !crowdedInTime(times, width, barThickness)) {
    const first = times[0]!;
    const last = times[times.length - 1]!;
    // Room for half a bar at each end; a single post gets the days either side of it.
    const pad = last === first ? 1.5 * DAY : Math.max((last - first) * 0.04, DAY / 12);
    const min = first - pad;
    const max = last + pad;
    return {
      type: 'bar',
      data: {
        datasets: [
          { type: 'bar', label: series.metric, data: series.points.map((p) => ({ x: p.time!, y: p.value })), backgroundColor: colorOf, barThickness, order: 2 },
          ...(median === null
            ? []
            : [{ type: 'line' as const, label: 'median', data: [{ x: min, y: median }, { x: max, y: median }], borderColor: colors.median, borderDash: [4, 3], borderWidth: 1.5, pointRadius: 0, order: 1 }]),
        ],
      },
      options: { responsive: false, plugins: { tooltip }, scales: { x: timeAxis(colors, min, max, 4), y: countAxis(colors) } },
    };
  }
  const labels = series.points.map((p) => (p.time === null ? 'undated' : formatDateUtc(p.time)));
  return {
    type: 'bar',
    data: {
      labels,
      datasets: [
        { type: 'bar', label: series.metric, data: series.points.map((p) => p.value), backgroundColor: colorOf, order: 2 },
        ...(median === null ? [] : [{ type: 'line' as const, label: 'median', data: series.points.map(() => median), borderColor: colors.median, borderDash: [4, 3], borderWidth: 1.5, pointRadius: 0, order: 1 }]),
      ],
    },
    options: {
      responsive: false,
      plugins: { tooltip },
      scales: {
        // A label only where it changes: five "undated" or five equal dates in a row say nothing.
        x: {
          ticks: { color: colors.muted, maxRotation: 0, autoSkip: true, maxTicksLimit: 3, callback: (_: string | number, index: number) => (index === 0 || labels[index] !== labels[index - 1] ? labels[index] : '') },
          grid: { display: false },
        },
        y: countAxis(colors),
      },
    },
  };
}
