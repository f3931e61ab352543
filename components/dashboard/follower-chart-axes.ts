import type { Scale } from 'chart.js';
import { timeTicks } from '../overlay/charts/time-ticks';
import { formatCompact } from '../../lib/format/format';

/**
 * The compare view's follower chart axes, as the overlay's charts draw theirs: calendar ticks on
 * the time axis, each labelled once at its step's precision ("May 28", "Jun 2025"), never five
 * ticks of the same date; follower counts in one compact style on the y-axis ("9.5k", "12k",
 * "1.2M"), never "9,500" beside "10k".
 */
export function followerAxes(times: readonly number[], ink: string) {
  const min = Math.min(...times);
  const max = Math.max(...times);
  // A single reading gets a day either side, so the axis has room and a tick.
  const pad = max === min ? 86_400_000 : 0;
  const ticks = timeTicks(min - pad, max + pad, 6);
  return {
    x: {
      type: 'linear' as const,
      min: min - pad,
      max: max + pad,
      afterBuildTicks: (scale: Scale) => {
        scale.ticks = ticks.values.map((value) => ({ value }));
      },
      ticks: { color: ink, maxRotation: 0, autoSkip: false, callback: (value: string | number) => ticks.label(Number(value)) },
    },
    y: { type: 'linear' as const, ticks: { color: ink, maxTicksLimit: 6, callback: (value: string | number) => formatCompact(Number(value)) } },
  };
}
