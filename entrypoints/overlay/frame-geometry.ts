import { browser } from 'wxt/browser';
import type { Platform } from '../../lib/contracts/creator';
import type { DragPointer, MoveControl } from '../../components/overlay/overlay-model';
import type { FrameLink, FrameRequest } from './frame-channel';
import { readPosition, writePosition } from './overlay-settings';

/** The root's padding (top + bottom) that surrounds the panel inside the frame. */
const ROOT_PADDING = 12;

/**
 * Our side of the frame's geometry over the private channel, in plain code (the first badge has no
 * framework; the panel's hook uses the same): tell the content script how big we are, where the
 * user last left us on this platform, and where the pointer is while dragging. It answers with
 * where the frame ended up after clamping to the viewport; the answer that closes a gesture
 * (`commit`) is stored. None of this passes through the page's window.
 */

/** Report `el`'s size now and whenever it changes; returns the way to stop. */
export function reportSize(el: HTMLElement, link: FrameLink): () => void {
  const post = () => {
    const rect = el.getBoundingClientRect();
    link.post({ type: 'size', width: Math.ceil(rect.width), height: Math.ceil(rect.height) });
  };
  const observer = new ResizeObserver(post);
  observer.observe(el);
  post();
  return () => observer.disconnect();
}

/** Put the frame where the user left it on this platform, and remember where each gesture ends. */
export function followPlacement(link: FrameLink, platform: Platform | null): () => void {
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
}

/** Moving the frame: pointer moves arrive faster than frames are drawn, so the latest goes once per animation frame. */
export function moveControl(link: FrameLink | null): MoveControl {
  const send = (request: FrameRequest) => link?.post(request);
  let pending: { pointer: DragPointer; frame: number } | null = null;
  const flush = () => {
    const p = pending;
    if (!p) return;
    cancelAnimationFrame(p.frame);
    pending = null;
    send({ type: 'drag', phase: 'move', ...p.pointer });
  };
  return {
    onDrag(phase, pointer) {
      if (phase === 'move') {
        if (pending) pending.pointer = pointer;
        else pending = { pointer, frame: requestAnimationFrame(flush) };
        return;
      }
      flush();
      send({ type: 'drag', phase, ...pointer });
    },
    onStep: (dx, dy) => send({ type: 'move', dx, dy, commit: true }),
  };
}
