import { useEffect, useMemo, useRef, type RefObject } from 'react';
import { browser } from 'wxt/browser';
import type { Platform } from '../../lib/contracts/creator';
import type { DragPointer, MoveControl } from '../../components/overlay/overlay-model';
import { parsePlacedMessage, postToFrame, type FrameRequest } from './frame-channel';
import { readPosition, writePosition } from './overlay-settings';

/** The root's padding (top + bottom) that surrounds the panel inside the frame. */
const ROOT_PADDING = 12;

/**
 * Our side of the frame: tell the content script how big we are, where the user last left us on
 * this platform, and where the pointer is while dragging. It answers with where the frame ended up
 * after clamping to the viewport; the answer that closes a gesture (`commit`) is stored.
 */
export function useFramePlacement(rootRef: RefObject<HTMLElement | null>, platform: Platform | null): MoveControl {
  const parent = window.parent;
  const framed = parent !== window;

  useEffect(() => {
    const el = rootRef.current;
    if (!el || !framed) return;
    const post = () => {
      const rect = el.getBoundingClientRect();
      postToFrame(parent, { type: 'size', width: Math.ceil(rect.width), height: Math.ceil(rect.height) });
    };
    const observer = new ResizeObserver(post);
    observer.observe(el);
    post();
    return () => observer.disconnect();
  }, [rootRef, framed, parent]);

  useEffect(() => {
    if (!framed) return;
    const onMessage = (event: MessageEvent) => {
      const placed = parsePlacedMessage(event, parent);
      if (!placed) return;
      document.documentElement.style.setProperty('--panel-max-height', `${Math.max(120, placed.maxHeight - ROOT_PADDING)}px`);
      if (placed.commit && platform) void writePosition(browser.storage.local, platform, placed).catch(() => {});
    };
    window.addEventListener('message', onMessage);
    if (platform) {
      void readPosition(browser.storage.local, platform)
        .then((position) => {
          if (position) postToFrame(parent, { type: 'place', right: position.right, bottom: position.bottom });
        })
        .catch(() => {});
    }
    return () => window.removeEventListener('message', onMessage);
  }, [framed, parent, platform]);

  // Pointer moves arrive faster than frames are drawn: send the latest once per animation frame.
  const pending = useRef<{ pointer: DragPointer; frame: number } | null>(null);
  return useMemo<MoveControl>(() => {
    const send = (request: FrameRequest) => {
      if (framed) postToFrame(parent, request);
    };
    const flush = () => {
      const p = pending.current;
      if (!p) return;
      cancelAnimationFrame(p.frame);
      pending.current = null;
      send({ type: 'drag', phase: 'move', ...p.pointer });
    };
    return {
      onDrag(phase, pointer) {
        if (phase === 'move') {
          if (pending.current) pending.current.pointer = pointer;
          else pending.current = { pointer, frame: requestAnimationFrame(flush) };
          return;
        }
        flush();
        send({ type: 'drag', phase, ...pointer });
      },
      onStep: (dx, dy) => send({ type: 'move', dx, dy, commit: true }),
    };
  }, [framed, parent]);
}
