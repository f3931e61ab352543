import type { ShortlistStatus } from '../contracts/shortlist-entry';
import type { RemovedCreator, ShortlistPort } from '../contracts/shortlist-store';

/** A bulk change and what it takes to take it back. */
export type UndoAction =
  | { kind: 'delete'; label: string; removed: RemovedCreator[] }
  | { kind: 'status'; label: string; previous: Array<{ key: string; status: ShortlistStatus }> }
  /** `keys` are only the creators that did not have the tag before: undo must not strip a tag they already had. */
  | { kind: 'add-tag'; label: string; tag: string; keys: string[] }
  | { kind: 'remove-tag'; label: string; tag: string; keys: string[] };

/** Newest last. Bounded: each delete holds whole rows and their history in memory. */
export type UndoStack = readonly UndoAction[];

export const UNDO_LIMIT = 20;

export function pushUndo(stack: UndoStack, action: UndoAction, limit = UNDO_LIMIT): UndoStack {
  const next = [...stack, action];
  return next.length > limit ? next.slice(next.length - limit) : next;
}

export function peekUndo(stack: UndoStack): UndoAction | null {
  return stack[stack.length - 1] ?? null;
}

export function popUndo(stack: UndoStack): UndoStack {
  return stack.slice(0, -1);
}

/** Put back what `action` changed. Throws the store's error; the caller keeps the action to retry. */
export async function applyUndo(shortlist: Pick<ShortlistPort, 'restore' | 'bulkUpdate'>, action: UndoAction, now: Date): Promise<void> {
  switch (action.kind) {
    case 'delete':
      await shortlist.restore(action.removed);
      return;
    case 'status': {
      const byStatus = new Map<ShortlistStatus, string[]>();
      for (const { key, status } of action.previous) byStatus.set(status, [...(byStatus.get(status) ?? []), key]);
      for (const [status, keys] of byStatus) await shortlist.bulkUpdate(keys, { status }, now);
      return;
    }
    case 'add-tag':
      await shortlist.bulkUpdate(action.keys, { removeTags: [action.tag] }, now);
      return;
    case 'remove-tag':
      await shortlist.bulkUpdate(action.keys, { addTags: [action.tag] }, now);
      return;
  }
}
