/**
 * Geometry is read only where the page has just been laid out: in a ResizeObserver's callback on a
 * viewport-sized probe, asked for again by observing it afresh.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { afterLayout } from '../../../lib/content/after-layout';

/** A ResizeObserver that reports, when the test lays the page out, what was observed since the last report. */
function fakeObserver() {
  const calls: string[] = [];
  let report: ResizeObserverCallback | null = null;
  let due = new Set<Element>();
  class Fake {
    constructor(callback: ResizeObserverCallback) {
      report = callback;
    }
    observe(target: Element) {
      calls.push('observe');
      due.add(target);
    }
    unobserve(target: Element) {
      calls.push('unobserve');
      due.delete(target);
    }
    disconnect() {
      calls.push('disconnect');
      due.clear();
    }
  }
  const layout = (width: number, height: number) => {
    const entries = [...due].map((target) => ({ target, contentRect: { width, height } }) as unknown as ResizeObserverEntry);
    due = new Set();
    if (entries.length) report?.(entries, {} as ResizeObserver);
  };
  return { Fake, calls, layout };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('afterLayout', () => {
  it('reports the viewport once the probe is laid out, and once after the next layout however often asked', () => {
    const { Fake, calls, layout } = fakeObserver();
    vi.stubGlobal('ResizeObserver', Fake);
    const seen: Array<{ width: number; height: number }> = [];
    const probe = document.createElement('div');
    const reads = afterLayout(probe, window as Window & typeof globalThis, (viewport) => seen.push(viewport));
    // Asked before the first report: that report is the answer, nothing more is observed.
    reads.request();
    expect(calls).toEqual(['observe']);
    layout(1280.4, 800);
    expect(seen).toEqual([{ width: 1280, height: 800 }]);
    reads.request();
    reads.request();
    reads.request();
    expect(calls).toEqual(['observe', 'unobserve', 'observe']);
    layout(1280, 800);
    layout(1280, 800);
    expect(seen).toHaveLength(2);
    // Stopped for good: asking again observes nothing.
    reads.stop();
    reads.request();
    layout(1280, 800);
    expect(calls.at(-1)).toBe('disconnect');
    expect(seen).toHaveLength(2);
  });
});
