/**
 * Benchmark goals and the verdict printed beside each figure. A missed goal is reported, never
 * thrown: the benchmark's job is to say by how much, and the run still exits 0.
 */

export type BenchUnit = 'ms' | 'KB' | 'MB' | 'count';

export interface Goal {
  /** 'value' compares the measured figure; 'ratio' compares it against its baseline. */
  on: 'value' | 'ratio';
  max: number;
}

export interface GoalVerdict {
  met: boolean;
  /** "met", "MISSED by 1.20 ms (24%)", or "n/a (why)". */
  text: string;
}

/** Enough digits to tell 0.084 ms from 0.09 ms, without pretending 250.37 ms is meaningful. */
export function formatValue(value: number, unit: BenchUnit): string {
  if (value === Number.POSITIVE_INFINITY) return 'never';
  if (unit === 'count') return Number.isInteger(value) ? String(value) : value.toFixed(1);
  const abs = Math.abs(value);
  const digits = abs < 1 ? 3 : abs < 10 ? 2 : 1;
  return `${value.toFixed(digits)} ${unit}`;
}

export function formatRatio(ratio: number): string {
  return `${ratio < 10 ? ratio.toFixed(2) : ratio.toFixed(1)}×`;
}

export function describeGoal(goal: Goal, unit: BenchUnit): string {
  return goal.on === 'value' ? `≤ ${formatValue(goal.max, unit)}` : `≤ ${formatRatio(goal.max)} baseline`;
}

function missedBy(actual: number, goal: Goal, unit: BenchUnit): string {
  const over = actual - goal.max;
  const amount = goal.on === 'value' ? formatValue(over, unit) : `${formatRatio(over)}`;
  const share = goal.max > 0 ? ` (${Math.round((over / goal.max) * 100)}% over)` : '';
  return `MISSED by ${amount}${share}`;
}

/**
 * Check every goal of a figure. A goal whose figure could not be measured is neither met nor
 * missed: it says n/a, so that a page not built yet never reads as a pass.
 */
export function judge(goals: readonly Goal[], unit: BenchUnit, value: number | null, ratio: number | null): GoalVerdict {
  if (goals.length === 0) return { met: true, text: 'no goal (context)' };
  const misses: string[] = [];
  let unmeasured = 0;
  for (const goal of goals) {
    const actual = goal.on === 'value' ? value : ratio;
    if (actual === null || Number.isNaN(actual)) {
      unmeasured += 1;
      continue;
    }
    // Something that did not happen within the wait (a badge that never showed) misses any time goal.
    if (actual === Number.POSITIVE_INFINITY) misses.push('MISSED (did not happen in time)');
    else if (actual > goal.max) misses.push(missedBy(actual, goal, unit));
  }
  if (misses.length) return { met: false, text: misses.join('; ') };
  if (unmeasured === goals.length) return { met: false, text: 'n/a (not measured)' };
  return { met: true, text: unmeasured ? 'met (partly measured)' : 'met' };
}
