import type { Worker } from 'playwright-core';

/**
 * Make the extension's background see a fixed "now" (Date() and Date.now()), for pictures that must
 * not change with the day. Lasts as long as this worker: a worker the browser stops and restarts
 * starts again with the real clock, so use it only for short, busy scripts.
 */
export async function freezeWorkerClock(worker: Worker, now: Date): Promise<void> {
  // A string, not a function: tsx would wrap a class in a helper the worker does not have.
  await worker.evaluate(`(() => {
    const fixed = ${now.getTime()};
    const Real = Date;
    const FixedDate = function (...args) {
      if (!new.target) return new Real(fixed).toString();
      return args.length === 0 ? new Real(fixed) : new Real(...args);
    };
    FixedDate.prototype = Real.prototype;
    FixedDate.now = () => fixed;
    FixedDate.parse = Real.parse;
    FixedDate.UTC = Real.UTC;
    globalThis.Date = FixedDate;
  })()`);
}
