import { EntryChangeSchema, EntryPatchSchema, type EntryChange, type EntryPatch } from '../contracts/shortlist-entry';
import type { Connection } from './connection';
import { CREATOR_STORE_NAMES, creatorStoresOf, creatorWriter, type CreatorWriter } from './creator-rows';
import type { StoredRow } from './db';
import { applyPatch } from './entry-patch';
import { invalidInput } from './errors';
import { addUnsavedChanges } from './settings-store';
import type { EditResult, Shortlist } from './shortlist-api';
import { readStoredRow } from './stored-row';
import { summaryWriter } from './summary-buckets';
import { checkSummary } from './summary-guard';
import { patchedSummary } from './summary-patch';
import { syncSummaryWithRow } from './summary-store';

/** Dates may carry different offsets (restored from a backup): the same instant is the same version. */
function sameInstant(a: string, b: string): boolean {
  if (a === b) return true;
  const t = Date.parse(a);
  return !Number.isNaN(t) && t === Date.parse(b);
}

/** The user's edits of creators: one (update, edit) or many (bulkUpdate), user fields only. */
export function createEntryEdits({ run }: Connection): Pick<Shortlist, 'update' | 'edit' | 'bulkUpdate'> {
  /** Write one patched row (where it is: an imported creator stays in its bucket) and its summary; the caller flushes both. */
  async function writePatched(creators: CreatorWriter, summaries: ReturnType<typeof summaryWriter>, row: StoredRow, patch: EntryPatch, now: Date): Promise<StoredRow> {
    const next = applyPatch(row, patch, now);
    await creators.put(next);
    // The edit touches user fields only: a sound summary takes them over, no full read of the row.
    const summary = patchedSummary(checkSummary(await summaries.get(row.key)), next);
    if (summary) await summaries.put(summary);
    else await syncSummaryWithRow(summaries, row.key, next);
    return next;
  }

  async function patchKeys(keys: readonly string[], patch: EntryPatch, now: Date): Promise<StoredRow[]> {
    const parsed = EntryPatchSchema.safeParse(patch);
    if (!parsed.success) throw invalidInput('patch', parsed.error.issues);
    return run([...CREATOR_STORE_NAMES, 'summaries', 'settings'], 'readwrite', async (tx) => {
      const creators = creatorWriter(creatorStoresOf(tx));
      const summaries = summaryWriter(tx.objectStore('summaries'));
      const written: StoredRow[] = [];
      for (const key of new Set(keys)) {
        const row = await creators.get(key);
        if (row === undefined) continue;
        written.push(await writePatched(creators, summaries, row, parsed.data, now));
      }
      await creators.flush();
      await summaries.flush();
      await addUnsavedChanges(tx.objectStore('settings'), written.length);
      return written;
    });
  }

  async function editKey(key: string, change: EntryChange, now: Date, ifUpdatedAt: string): Promise<EditResult> {
    const parsed = EntryChangeSchema.safeParse(change);
    if (!parsed.success) throw invalidInput('change', parsed.error.issues);
    return run([...CREATOR_STORE_NAMES, 'summaries', 'settings'], 'readwrite', async (tx) => {
      const creators = creatorWriter(creatorStoresOf(tx));
      const row = await creators.get(key);
      if (row === undefined) return { kind: 'missing' };
      // Compared with the entry as the page was shown it (a repaired row's date is the repaired one).
      const shown = readStoredRow(row).entry;
      if (!shown || !sameInstant(shown.updatedAt, ifUpdatedAt)) return { kind: 'stale', entry: shown };
      const summaries = summaryWriter(tx.objectStore('summaries'));
      const next = await writePatched(creators, summaries, row, parsed.data, now);
      await creators.flush();
      await summaries.flush();
      await addUnsavedChanges(tx.objectStore('settings'), 1);
      return { kind: 'saved', entry: readStoredRow(next).entry };
    });
  }

  return {
    async update(key, patch, now) {
      const [written] = await patchKeys([key], patch, now);
      return written ? readStoredRow(written).entry : null;
    },
    edit: (key, change, { now, ifUpdatedAt }) => editKey(key, change, now, ifUpdatedAt),
    async bulkUpdate(keys, patch, now) {
      return (await patchKeys(keys, patch, now)).length;
    },
  };
}
