import { useState } from 'react';
import type { ShortlistStatus, ShortlistSummary } from '../../lib/contracts/shortlist-entry';
import { plural } from '../../lib/shortlist-view/plural';
import { STATUS_LABELS } from '../../lib/shortlist-view/status-counts';
import { applyUndo, peekUndo, popUndo, pushUndo, type UndoAction, type UndoStack } from '../../lib/shortlist-view/undo-stack';
import type { Change } from './use-store-change';

interface BulkDeps {
  /** Every selected creator still on the shortlist, including those the filters hide. */
  selectedAll: readonly string[];
  byKey: ReadonlyMap<string, ShortlistSummary>;
  change: Change;
  now(): Date;
  report(kind: 'error' | 'info', text: string): void;
  /** List and count again after a change to many creators. */
  afterBulk(): Promise<void>;
  /** These creators were deleted: let go of them (selection, details). */
  onDeleted(keys: readonly string[]): void;
}

export interface BulkChanges {
  /** The last change that can be undone, if any. */
  lastUndoable: UndoAction | null;
  setStatus(status: ShortlistStatus): Promise<void>;
  tag(tag: string, add: boolean): Promise<void>;
  remove(): Promise<void>;
  undoLast(): Promise<void>;
}

/** Changes to every selected creator at once, each one undoable. */
export function useBulkChanges({ selectedAll, byKey, change, now, report, afterBulk, onDeleted }: BulkDeps): BulkChanges {
  const [undo, setUndo] = useState<UndoStack>([]);
  return {
    lastUndoable: peekUndo(undo),
    async setStatus(status) {
      const previous = selectedAll.map((key) => ({ key, status: (byKey.get(key) as ShortlistSummary).status }));
      const result = await change((s) => s.bulkUpdate(selectedAll, { status }, now()));
      if (result.ok) setUndo((u) => pushUndo(u, { kind: 'status', label: `Set ${plural(result.value, 'creator')} to ${STATUS_LABELS[status]}.`, previous }));
      await afterBulk();
    },
    async tag(tag, add) {
      const has = (key: string) => (byKey.get(key)?.tags ?? []).some((t) => t.toLowerCase() === tag.toLowerCase());
      const keys = selectedAll.filter((k) => (add ? !has(k) : has(k)));
      if (keys.length === 0) return report('info', add ? `Every selected creator already has the tag “${tag}”.` : `No selected creator has the tag “${tag}”.`);
      const result = await change((s) => s.bulkUpdate(keys, add ? { addTags: [tag] } : { removeTags: [tag] }, now()));
      if (result.ok) {
        const label = add ? `Tagged ${plural(result.value, 'creator')} “${tag}”.` : `Removed “${tag}” from ${plural(result.value, 'creator')}.`;
        setUndo((u) => pushUndo(u, { kind: add ? 'add-tag' : 'remove-tag', label, tag, keys }));
      }
      await afterBulk();
    },
    async remove() {
      const result = await change((s) => s.bulkDelete(selectedAll));
      if (result.ok) {
        setUndo((u) => pushUndo(u, { kind: 'delete', label: `Deleted ${plural(result.value.length, 'creator')}.`, removed: result.value }));
        onDeleted(result.value.map((r) => r.key));
      }
      await afterBulk();
    },
    async undoLast() {
      const action = peekUndo(undo);
      if (!action) return;
      const result = await change((s) => applyUndo(s, action, now()));
      if (result.ok) setUndo(popUndo);
      await afterBulk();
    },
  };
}
