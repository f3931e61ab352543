import { describe, expect, test } from 'vitest';
import { scrollTopToReveal, virtualWindow } from '../../../lib/shortlist-view/virtual-window';

describe('virtualWindow', () => {
  const base = { count: 10_000, rowHeight: 44, viewportHeight: 440, overscan: 5 };
  test('at the top: the visible rows plus overscan below', () => {
    expect(virtualWindow({ ...base, scrollTop: 0 })).toEqual({ start: 0, end: 16, offset: 0, total: 440_000 });
  });
  test('in the middle: overscan on both sides, offset at the first rendered row', () => {
    const w = virtualWindow({ ...base, scrollTop: 44 * 5_000 + 10 });
    expect(w).toEqual({ start: 4_995, end: 5_016, offset: 4_995 * 44, total: 440_000 });
    expect(w.end - w.start).toBeLessThan(60);
  });
  test('past the end (a shrunken list): clamped to the last screenful', () => {
    const w = virtualWindow({ ...base, count: 20, scrollTop: 99_999 });
    expect(w.end).toBe(20);
    expect(w.start).toBe(20 - 10 - 5);
  });
  test('empty, or a list shorter than the viewport', () => {
    expect(virtualWindow({ ...base, count: 0, scrollTop: 0 })).toEqual({ start: 0, end: 0, offset: 0, total: 0 });
    expect(virtualWindow({ ...base, count: 3, scrollTop: 0 })).toEqual({ start: 0, end: 3, offset: 0, total: 132 });
  });
  test('a negative scroll (elastic overscroll) counts as the top', () => {
    expect(virtualWindow({ ...base, scrollTop: -80 }).start).toBe(0);
  });
});

describe('scrollTopToReveal', () => {
  test('a visible row does not move the list', () => {
    expect(scrollTopToReveal(3, 44, 440, 0)).toBe(0);
  });
  test('a row out of view is brought to the middle', () => {
    expect(scrollTopToReveal(1_000, 44, 440, 0)).toBe(44_000 - 198);
    expect(scrollTopToReveal(0, 44, 440, 9_000)).toBe(0);
  });
});
