import { useRef, type KeyboardEvent, type PointerEvent } from 'react';
import type { DragPointer, MoveControl } from './overlay-model';

const KEY_STEP = 16;
const ARROWS: Record<string, [number, number]> = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1] };
const pointerOf = (e: PointerEvent): DragPointer => ({ clientX: e.clientX, clientY: e.clientY });

/**
 * The grip that moves the overlay. It reports where the pointer is in the overlay's page; the
 * content script maps that onto the host page with the frame's box, and follows the rest of the
 * drag itself when the pointer leaves the frame.
 * Arrow keys move it too (Shift for bigger steps), so moving is not a mouse-only feature.
 */
export function DragHandle({ move }: { move: MoveControl }) {
  const dragging = useRef(false);

  const onPointerDown = (event: PointerEvent<HTMLButtonElement>) => {
    if (event.button !== 0) return;
    event.preventDefault();
    event.currentTarget.setPointerCapture?.(event.pointerId);
    dragging.current = true;
    move.onDrag('start', pointerOf(event));
  };
  const onPointerMove = (event: PointerEvent<HTMLButtonElement>) => {
    if (!dragging.current) return;
    // Released outside the frame, where the host page's side of the drag saw the release.
    if ((event.buttons & 1) === 0) dragging.current = false;
    else move.onDrag('move', pointerOf(event));
  };
  const end = (event: PointerEvent<HTMLButtonElement>) => {
    if (!dragging.current) return;
    dragging.current = false;
    move.onDrag('end', pointerOf(event));
  };
  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    const arrow = ARROWS[event.key];
    if (!arrow) return;
    event.preventDefault();
    const step = event.shiftKey ? KEY_STEP * 4 : KEY_STEP;
    move.onStep(arrow[0] * step, arrow[1] * step);
  };

  return (
    <button
      type="button"
      className="drag-handle"
      data-testid="overlay-drag"
      aria-label="Move the Vetted overlay (drag, or use the arrow keys)"
      title="Drag to move (or focus and use the arrow keys)"
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={end}
      onPointerCancel={end}
      onKeyDown={onKeyDown}
    >
      <span aria-hidden="true">⠿</span>
    </button>
  );
}
