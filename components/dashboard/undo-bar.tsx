import type { UndoAction } from '../../lib/shortlist-view/undo-stack';

/** The last bulk change, with a way back. Stays until the next change or the undo. */
export function UndoBar({ action, busy, onUndo }: { action: UndoAction | null; busy: boolean; onUndo: () => void }) {
  return (
    <div className="undo-bar" role="status" aria-live="polite">
      {action ? (
        <>
          <span>{action.label}</span>
          <button type="button" onClick={onUndo} disabled={busy}>
            Undo
          </button>
        </>
      ) : null}
    </div>
  );
}
