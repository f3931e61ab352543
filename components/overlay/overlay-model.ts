import type { TabState } from '../../lib/messages/protocol';

/** What the wiring knows about this tab: still asking, the background's state, or why it could not ask. */
export type OverlayInput = { kind: 'connecting' } | { kind: 'state'; state: TabState | null } | { kind: 'error'; message: string };

/** The brief switcher: the briefs to choose from and the one the report was scored against. */
export interface BriefChoice {
  options: ReadonlyArray<{ id: string; name: string }>;
  /** Set while the background re-scores against a newly chosen brief. */
  switching: boolean;
  error: string | null;
  onSwitch(id: string): void;
}

/** The shortlist button's state for the creator on screen. */
export type SaveState =
  | { phase: 'idle' }
  | { phase: 'saving' }
  | { phase: 'saved'; status: string; updatedAt: string; tags: readonly string[]; notes?: string | undefined; justSaved: boolean }
  | { phase: 'error'; message: string; detail: string };

export interface SaveControl {
  state: SaveState;
  /** Where "Open in shortlist" leads (the dashboard, on this creator). */
  dashboardUrl: string;
  /** Resolves true when saved; on false the form keeps what the user typed. */
  onSave(input: { tag: string; note: string }): Promise<boolean>;
}

/** Where the pointer is during a drag, in the overlay's own page (the content script maps it onto the host page). */
export interface DragPointer {
  clientX: number;
  clientY: number;
}

/** Moving the overlay: a pointer drag, or a keyboard step in CSS pixels. */
export interface MoveControl {
  onDrag(phase: 'start' | 'move' | 'end', pointer: DragPointer): void;
  onStep(dx: number, dy: number): void;
}

