const MIN = { width: 120, height: 40 };
const MAX = { width: 480, height: 720 };
/** The expanded panel may take this share of the viewport's height, leaving the profile header visible. */
const MAX_HEIGHT_SHARE = 0.7;
export const MARGIN = 16;
/** The collapsed badge is never taller than this; anything taller is the open panel. */
export const BADGE_MAX_HEIGHT = 120;

/**
 * The frame's height for the size the overlay reports. The page can find our frame's box (the
 * shadow host answers elementFromPoint), so an open panel that grew by a saved note would tell it
 * that the user saved this creator: the open panel always takes the whole height it may have, and
 * scrolls inside.
 */
export function frameHeightFor(reported: number): number {
  return reported > BADGE_MAX_HEIGHT ? MAX.height : reported;
}
/** Drag steps and stored positions beyond this are nonsense, whatever the screen. */
const MAX_OFFSET = 20_000;

const DRAG_PHASES = ['start', 'move', 'end'] as const;

/** What the overlay page asks of its frame, over the private channel. */
export type FrameMessage =
  | { type: 'size'; width: number; height: number }
  | { type: 'move'; dx: number; dy: number; commit: boolean }
  | { type: 'place'; right: number; bottom: number }
  | { type: 'drag'; phase: (typeof DRAG_PHASES)[number]; clientX: number; clientY: number }
  /** The panel shows (or no longer shows) something that saves: watch the frame for tampering. */
  | { type: 'guard'; on: boolean }
  /** A click in the panel wants to save: was the frame untouched? Answered with `checked` and the same id. */
  | { type: 'check'; id: number };

const finite = (...values: unknown[]): boolean => values.every((v) => typeof v === 'number' && Number.isFinite(v));
const clamp = (n: number, lo: number, hi: number) => Math.min(Math.max(lo, hi), Math.max(lo, Math.round(n)));

/**
 * A message from the overlay page: a size, a keyboard step, a remembered position, where the
 * pointer is during a drag (in the overlay page's coordinates), or the save guard.
 * Hand-validated rather than with zod: this file ships in every content script and zod would
 * triple its size. Anything else, or any number that is not finite, is ignored.
 */
export function parseFrameMessage(data: unknown): FrameMessage | null {
  if (typeof data !== 'object' || data === null) return null;
  const { type, width, height, dx, dy, right, bottom, commit, phase, clientX, clientY, on, id } = data as Record<string, unknown>;
  if (type === 'size' && finite(width, height)) {
    return { type, width: clamp(width as number, MIN.width, MAX.width), height: clamp(height as number, MIN.height, MAX.height) };
  }
  if (type === 'move' && finite(dx, dy)) {
    return { type, dx: clamp(dx as number, -MAX_OFFSET, MAX_OFFSET), dy: clamp(dy as number, -MAX_OFFSET, MAX_OFFSET), commit: commit === true };
  }
  if (type === 'place' && finite(right, bottom)) {
    return { type, right: clamp(right as number, 0, MAX_OFFSET), bottom: clamp(bottom as number, 0, MAX_OFFSET) };
  }
  if (type === 'drag' && DRAG_PHASES.includes(phase as never) && finite(clientX, clientY)) {
    return { type, phase: phase as (typeof DRAG_PHASES)[number], clientX: clamp(clientX as number, -MAX_OFFSET, MAX_OFFSET), clientY: clamp(clientY as number, -MAX_OFFSET, MAX_OFFSET) };
  }
  if (type === 'guard' && typeof on === 'boolean') return { type, on };
  if (type === 'check' && typeof id === 'number' && Number.isSafeInteger(id)) return { type, id };
  return null;
}

export interface Placement {
  right: number;
  bottom: number;
  width: number;
  height: number;
}

export const maxPanelHeight = (viewport: { height: number }) => Math.min(MAX.height, Math.floor(viewport.height * MAX_HEIGHT_SHARE));

/** Keep the whole frame inside the viewport, and its height within the share the panel may take. */
export function clampPlacement(p: Placement, viewport: { width: number; height: number }): Placement {
  const width = clamp(p.width, MIN.width, Math.min(MAX.width, viewport.width));
  const height = clamp(p.height, MIN.height, maxPanelHeight(viewport));
  return { width, height, right: clamp(p.right, 0, viewport.width - width), bottom: clamp(p.bottom, 0, viewport.height - height) };
}
