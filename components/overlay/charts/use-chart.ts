import { useEffect, type RefObject } from 'react';
import type { ChartConfiguration } from 'chart.js';
import { Chart } from './chart-setup';

/** The overlay's palette, read from its CSS so that charts follow light and dark like the rest. */
export interface ChartColors {
  fg: string;
  muted: string;
  grid: string;
  bar: string;
  sponsored: string;
  pinned: string;
  median: string;
}

function readColors(el: Element): ChartColors {
  const style = getComputedStyle(el);
  const v = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  return {
    fg: v('--fg', '#17181c'),
    muted: v('--muted', '#5b5f6b'),
    grid: v('--border', '#d8dbe2'),
    bar: v('--chart-bar', '#3b82f6'),
    sponsored: v('--chart-sponsored', '#d97706'),
    pinned: v('--chart-pinned', '#9ca3af'),
    median: v('--chart-median', '#dc2626'),
  };
}

/**
 * Draw a chart on the canvas while mounted, redrawn when `build` changes. Where there is no 2D
 * context (a test DOM, a locked-down browser) nothing is drawn and the canvas's fallback text stays.
 */
export function useChart(canvas: RefObject<HTMLCanvasElement | null>, build: ((colors: ChartColors) => ChartConfiguration<'bar' | 'line', number[] | Array<{ x: number; y: number }>, string>) | null) {
  useEffect(() => {
    const el = canvas.current;
    if (!el || !build) return;
    let context: CanvasRenderingContext2D | null;
    try {
      context = el.getContext('2d');
    } catch {
      return;
    }
    if (!context) return;
    const chart = new Chart(el, build(readColors(el)) as ChartConfiguration);
    return () => chart.destroy();
  }, [canvas, build]);
}
