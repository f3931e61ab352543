import { useEffect, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { scrollTopToReveal, virtualWindow } from '../../lib/shortlist-view/virtual-window';

export interface RevealRequest {
  index: number;
  /** A new object each time, so that asking for the same row twice scrolls twice. */
  token: number;
}

/**
 * A list with a fixed row height that puts only the visible rows (plus `overscan`) in the DOM, so
 * that 10,000 creators cost as much to show as 30. `height` is the viewport height until the
 * element can be measured (and in environments without layout).
 */
export function VirtualList({
  count,
  rowHeight,
  height,
  overscan = 8,
  reveal,
  renderRow,
  className,
  label,
  testId,
  role = 'rowgroup',
}: {
  count: number;
  rowHeight: number;
  height: number | string;
  overscan?: number;
  reveal?: RevealRequest | null;
  renderRow: (index: number) => ReactNode;
  className?: string;
  label?: string;
  testId?: string;
  role?: string;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [viewport, setViewport] = useState(typeof height === 'number' ? height : 600);
  const frame = useRef(0);

  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => {
      if (el.clientHeight > 0) setViewport(el.clientHeight);
    };
    measure();
    if (typeof ResizeObserver !== 'function') return;
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  useEffect(() => {
    const el = ref.current;
    if (!el || !reveal || reveal.index < 0) return;
    const top = scrollTopToReveal(reveal.index, rowHeight, viewport, el.scrollTop);
    el.scrollTop = top;
    setScrollTop(top);
  }, [reveal, rowHeight, viewport]);

  useEffect(() => () => cancelAnimationFrame(frame.current), []);

  const range = virtualWindow({ count, rowHeight, viewportHeight: viewport, scrollTop, overscan });
  const rows: ReactNode[] = [];
  for (let i = range.start; i < range.end; i += 1) rows.push(renderRow(i));
  return (
    <div
      ref={ref}
      className={`virtual-list ${className ?? ''}`}
      // Rows never scroll sideways on their own: a wide list scrolls as a whole in its container.
      style={{ height, overflowY: 'auto', overflowX: 'hidden' }}
      role={role}
      aria-label={label}
      data-testid={testId}
      onScroll={(e) => {
        const top = e.currentTarget.scrollTop;
        // One render per frame however many scroll events arrive.
        cancelAnimationFrame(frame.current);
        frame.current = requestAnimationFrame(() => setScrollTop(top));
      }}
    >
      <div style={{ height: range.total, position: 'relative' }}>
        <div style={{ position: 'absolute', top: 0, left: 0, right: 0, transform: `translateY(${range.offset}px)` }}>{rows}</div>
      </div>
    </div>
  );
}
