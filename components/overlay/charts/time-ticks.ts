import { formatDateTick, type DateTickUnit } from '../../../lib/format/format';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

type Unit = DateTickUnit;

/** Steps from an hour to ten years; the first that keeps the ticks within the limit is used. */
const STEPS: ReadonlyArray<{ unit: Unit; count: number }> = [
  { unit: 'hour', count: 1 },
  { unit: 'hour', count: 3 },
  { unit: 'hour', count: 6 },
  { unit: 'hour', count: 12 },
  { unit: 'day', count: 1 },
  { unit: 'day', count: 2 },
  { unit: 'day', count: 7 },
  { unit: 'day', count: 14 },
  { unit: 'month', count: 1 },
  { unit: 'month', count: 3 },
  { unit: 'month', count: 6 },
  { unit: 'year', count: 1 },
  { unit: 'year', count: 2 },
  { unit: 'year', count: 5 },
  { unit: 'year', count: 10 },
];

export interface TimeTicks {
  /** Tick positions, epoch milliseconds, ascending. */
  values: number[];
  /** The unit the labels are written in: each tick's label differs from its neighbours'. */
  unit: Unit;
  label(value: number): string;
}

function ticksFor(min: number, max: number, unit: Unit, count: number): number[] {
  const values: number[] = [];
  if (unit === 'hour' || unit === 'day') {
    const step = (unit === 'hour' ? HOUR : DAY) * count;
    // Whole hours and UTC midnights; week steps count from the epoch, which is fine for dated labels.
    for (let t = Math.ceil(min / step) * step; t <= max; t += step) values.push(t);
    return values;
  }
  const start = new Date(min);
  let year = start.getUTCFullYear();
  let month = unit === 'year' ? 0 : start.getUTCMonth();
  const months = unit === 'year' ? 12 * count : count;
  // Calendar months and years, not 30-day steps: two ticks never read as the same month.
  if (unit === 'year') year = Math.ceil(year / count) * count;
  else month = Math.ceil(month / count) * count;
  for (let t = Date.UTC(year, month, 1); ; ) {
    if (t >= min && t <= max) values.push(t);
    if (t > max) break;
    month += months;
    t = Date.UTC(year, month, 1);
  }
  return values;
}

/**
 * Ticks for a time axis drawn on chart.js's linear scale (no date adapter ships offline): calendar
 * steps from an hour to a decade, at most `maxTicks` of them, labelled in UTC at the step's
 * precision ("May 28", "Jun 2025", "14:00" with its day), so no two labels read the same.
 */
export function timeTicks(min: number, max: number, maxTicks = 5): TimeTicks {
  const span = Math.max(0, max - min);
  for (const step of STEPS) {
    const values = ticksFor(min, max, step.unit, step.count);
    const approx = span / ((step.unit === 'hour' ? HOUR : step.unit === 'day' ? DAY : step.unit === 'month' ? 30.44 * DAY : 365.25 * DAY) * step.count);
    if (values.length <= maxTicks && approx <= maxTicks) return { values: values.length ? values : [min], unit: step.unit, label: (v) => formatDateTick(step.unit, v) };
  }
  const last = STEPS[STEPS.length - 1]!;
  return { values: ticksFor(min, max, last.unit, last.count), unit: last.unit, label: (v) => formatDateTick(last.unit, v) };
}
