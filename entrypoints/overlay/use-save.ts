import { useCallback, useEffect, useRef, useState } from 'react';
import type { SaveState } from '../../components/overlay/overlay-model';
import { saveCreator, type Saved } from './background-store';
import type { GateVerdict } from './save-gate';

const savedState = (entry: Saved, justSaved: boolean): SaveState => ({ phase: 'saved', status: entry.status, updatedAt: entry.updatedAt, tags: entry.tags, notes: entry.notes, justSaved });

/**
 * "Save to shortlist" for the creator on screen. The background saves the tab's current report
 * (the overlay never hands it a report), and refuses if the tab has moved on to someone else.
 * A click saves only when the gate says the panel was really visible (save-gate.ts).
 * An answer that arrives after the user moved on is not shown against the next creator.
 */
export function useSave(token: string | null, key: string | null, stored: Saved | null, gate: () => Promise<GateVerdict>, onSaved: (key: string, entry: Saved) => void) {
  const [state, setState] = useState<SaveState>({ phase: 'idle' });
  const currentKey = useRef(key);
  currentKey.current = key;

  useEffect(() => setState({ phase: 'idle' }), [key]);

  const save = useCallback(
    async ({ tag, note }: { tag: string; note: string }): Promise<boolean> => {
      if (key === null || token === null) return false;
      setState({ phase: 'saving' });
      const visible = await gate();
      if (!visible.ok) {
        if (currentKey.current === key) setState({ phase: 'error', message: `Not saved: ${visible.reason}. Make sure nothing covers Vetted's panel, then click again.`, detail: '' });
        return false;
      }
      const result = await saveCreator(token, key, { tag: tag.trim() || undefined, note: note.trim() || undefined });
      if (currentKey.current !== key) return result.ok;
      if (result.ok) {
        setState(savedState(result.value, true));
        onSaved(key, result.value);
      } else {
        setState({ phase: 'error', message: result.message, detail: '' });
      }
      return result.ok;
    },
    [token, key, gate, onSaved],
  );

  // Until this page saves, what the store holds decides: saved earlier, or not at all.
  const shown: SaveState = state.phase === 'idle' && stored ? savedState(stored, false) : state;
  return { state: shown, save };
}
