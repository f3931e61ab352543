import { useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { browser } from 'wxt/browser';
import type { Platform } from '../../lib/contracts/creator';
import type { DragPointer, MoveControl } from '../../components/overlay/overlay-model';
import type { FrameLink, FrameRequest } from './frame-channel';
import { frameLink } from './frame-connection';
import { readPosition, writePosition } from './overlay-settings';

/** The root's padding (top + bottom) that surrounds the panel inside the frame. */
const ROOT_PADDING = 12;

/** The link to the content script, once the handshake is done (null before, and for ever outside our frame). */
export function useFrameLink(): FrameLink | null {
  const [link, setLink] = useState<FrameLink | null>(null);
  useEffect(() => {
    let alive = true;
    void frameLink().then((l) => alive && setLink(l));
    return () => {
      alive = false;
    };
  }, []);
  return link;
}

/**
 * Our side of the frame, over the private channel: tell the content script how big we are, where
 * the user last left us on this platform, and where the pointer is while dragging. It answers with
 * where the frame ended up after clamping to the viewport; the answer that closes a gesture
 * (`commit`) is stored. None of this passes through the page's window.
 */
export function useFramePlacement(rootRef: RefObject<HTMLElement | null>, platform: Platform | null, link: FrameLink | null): MoveControl {
  useEffect(() => {
    const el = rootRef.current;
    if (!el || !link) return;
    const post = () => {
      const rect = el.getBoundingClientRect();
      link.post({ type: 'size', width: Math.ceil(rect.width), height: Math.ceil(rect.height) });
    };
    const observer = new ResizeObserver(post);
    observer.observe(el);
    post();
    return () => observer.disconnect();
  }, [rootRef, link]);

  useEffect(() => {
    if (!link) return;
    const stop = link.listen((answer) => {
      if (answer.type !== 'placed') return;
      document.documentElement.style.setProperty('--panel-max-height', `${Math.max(120, answer.maxHeight - ROOT_PADDING)}px`);
      if (answer.commit && platform) void writePosition(browser.storage.local, platform, answer).catch(() => {});
    });
    if (platform) {
      void readPosition(browser.storage.local, platform)
        .then((position) => {
          if (position) link.post({ type: 'place', right: position.right, bottom: position.bottom });
        })
        .catch(() => {});
    }
    return stop;
  }, [link, platform]);

  // Pointer moves arrive faster than frames are drawn: send the latest once per animation frame.
  const pending = useRef<{ pointer: DragPointer; frame: number } | null>(null);
  return useMemo<MoveControl>(() => {
    const send = (request: FrameRequest) => link?.post(request);
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
  }, [link]);
}
