export interface WindowInput {
  count: number;
  rowHeight: number;
  viewportHeight: number;
  scrollTop: number;
  /** Rows rendered beyond each edge, so that a quick scroll does not show blank space. */
  overscan: number;
}

export interface WindowRange {
  /** First row index in the DOM (inclusive). */
  start: number;
  /** Row index after the last one in the DOM (exclusive). */
  end: number;
  /** Where row `start` sits, in pixels from the top of the whole list. */
  offset: number;
  /** The whole list's height, so the scrollbar is true to its length. */
  total: number;
}

/** Which rows of a fixed-row-height list are visible, plus the overscan. Pure arithmetic. */
export function virtualWindow({ count, rowHeight, viewportHeight, scrollTop, overscan }: WindowInput): WindowRange {
  const total = Math.max(0, count) * rowHeight;
  if (count <= 0 || rowHeight <= 0) return { start: 0, end: 0, offset: 0, total: 0 };
  const maxTop = Math.max(0, total - viewportHeight);
  const top = Math.min(Math.max(0, scrollTop), maxTop);
  const first = Math.floor(top / rowHeight);
  const visible = Math.ceil(Math.max(viewportHeight, rowHeight) / rowHeight) + 1;
  const start = Math.max(0, first - overscan);
  const end = Math.min(count, first + visible + overscan);
  return { start, end, offset: start * rowHeight, total };
}

/**
 * The scroll position that shows row `index`: unchanged if it is already fully visible, else the
 * row in the middle of the viewport (so the rows around it give it context).
 */
export function scrollTopToReveal(index: number, rowHeight: number, viewportHeight: number, scrollTop: number): number {
  const rowTop = index * rowHeight;
  if (rowTop >= scrollTop && rowTop + rowHeight <= scrollTop + viewportHeight) return scrollTop;
  return Math.max(0, Math.round(rowTop - (viewportHeight - rowHeight) / 2));
}
