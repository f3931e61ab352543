import type { BenchUnit, Goal } from './goal';

export type SuiteName = 'readers' | 'vetting' | 'overlay' | 'shortlist' | 'sync';
export const SUITES: readonly SuiteName[] = ['readers', 'vetting', 'overlay', 'shortlist', 'sync'];

/** One line of the benchmark table: a measured figure, its goal, and what it is compared with. */
export interface Figure {
  suite: SuiteName;
  /** What was measured, in words precise enough to reproduce it. */
  name: string;
  unit: BenchUnit;
  goals: Goal[];
  /** Null when it could not be measured; `unavailable` says why. */
  value: number | null;
  unavailable?: string;
  /** The cheapest thing doing the same job, measured in the same run. */
  baseline?: { label: string; value: number | null; unit?: BenchUnit };
  /** value ÷ baseline, unless the figure defines it otherwise (then `detail` says how). */
  ratio?: number | null;
  /** Runs, spread, slowest case: whatever a reader needs to trust the number. */
  detail?: string;
}

export function ratioOf(value: number | null, baseline: number | null): number | null {
  return value === null || baseline === null || baseline <= 0 ? null : value / baseline;
}
