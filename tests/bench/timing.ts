import { performance } from 'node:perf_hooks';

export interface TimingPlan {
  warmup: number;
  runs: number;
}

/** Results are kept here so that the JIT cannot drop a call whose value nobody reads. */
export const sink: unknown[] = [];

/** Milliseconds per call of `fn`, one sample per call, after `warmup` untimed calls. */
export function timeEach(fn: () => unknown, plan: TimingPlan): number[] {
  for (let i = 0; i < plan.warmup; i++) sink[i % 8] = fn();
  const samples = new Array<number>(plan.runs);
  for (let i = 0; i < plan.runs; i++) {
    const start = performance.now();
    sink[i % 8] = fn();
    samples[i] = performance.now() - start;
  }
  return samples;
}

/**
 * Like timeEach for several functions, called in turn within each run, so that garbage collection
 * and CPU frequency changes fall on all of them alike (a reader and its baseline, say).
 */
export function timeInterleaved(fns: ReadonlyArray<() => unknown>, plan: TimingPlan): number[][] {
  for (let i = 0; i < plan.warmup; i++) for (const [j, fn] of fns.entries()) sink[j % 8] = fn();
  const samples = fns.map(() => new Array<number>(plan.runs));
  for (let i = 0; i < plan.runs; i++) {
    for (const [j, fn] of fns.entries()) {
      const start = performance.now();
      sink[j % 8] = fn();
      samples[j]![i] = performance.now() - start;
    }
  }
  return samples;
}
