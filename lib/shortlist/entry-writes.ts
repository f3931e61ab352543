import { SnapshotSchema } from '../contracts/creator';
import { VettingReportSchema } from '../contracts/report';
import { StoredReadingSchema, ShortlistEntrySchema, TagSchema } from '../contracts/shortlist-entry';
import { at, asObject, asString } from '../parse/json-path';
import type { Connection } from './connection';
import { CREATOR_STORE_NAMES, creatorStoresOf, creatorWriter } from './creator-rows';
import { invalidInput, StoreError } from './errors';
import { HISTORY_STORE_NAMES, historyWriter, readingFromSnapshot } from './history-store';
import { salvageUserFields } from './row-repair';
import { mergeSavedReport } from './save-merge';
import { addUnsavedChanges } from './settings-store';
import type { RemovedCreator, Shortlist } from './shortlist-api';
import { readStoredRow, toStoredRow } from './stored-row';
import { summaryWriter } from './summary-buckets';
import { putSummaryOf, syncSummaryWithRow } from './summary-store';
import { suggestPromoCode, trackingLinkFor } from '../contracts/tracking';

type EntryWrites = Pick<Shortlist, 'save' | 'remove' | 'bulkDelete' | 'restore' | 'addReading'>;

/** Creators saved from a report, deleted with their history, and put back exactly (undo). */
export function createEntryWrites({ run }: Connection): EntryWrites {
  async function removeKeys(keys: readonly string[]): Promise<RemovedCreator[]> {
    return run([...CREATOR_STORE_NAMES, 'summaries', ...HISTORY_STORE_NAMES, 'settings'], 'readwrite', async (tx) => {
      const creators = creatorWriter(creatorStoresOf(tx));
      const summaries = summaryWriter(tx.objectStore('summaries'));
      const readings = historyWriter({ rows: tx.objectStore('history'), first: tx.objectStore('firstReadings') });
      const removed: RemovedCreator[] = [];
      for (const key of new Set(keys)) {
        const row = await creators.get(key);
        if (row === undefined) continue;
        const history = await readings.delete(key);
        await creators.delete(key);
        await summaries.delete(key);
        removed.push({ key, entry: readStoredRow(row).entry, row, history });
      }
      await creators.flush();
      await summaries.flush();
      await readings.flush();
      await addUnsavedChanges(tx.objectStore('settings'), removed.length);
      return removed;
    });
  }

  return {
    async save(input, { now, tag, note, brief }) {
      const parsed = VettingReportSchema.safeParse(input);
      if (!parsed.success) throw invalidInput('report', parsed.error.issues);
      const snapshot = SnapshotSchema.safeParse(at(parsed.data, 'snapshot'));
      if (!snapshot.success) throw invalidInput('report.snapshot', snapshot.error.issues);
      const cleanTag = tag?.trim() || undefined;
      if (cleanTag !== undefined && !TagSchema.safeParse(cleanTag).success) throw new StoreError('invalid', `tag "${cleanTag.slice(0, 40)}"`);
      const { platform, handle } = snapshot.data.creator;
      const key = `${platform}:${handle}`;
      return run([...CREATOR_STORE_NAMES, 'summaries', ...HISTORY_STORE_NAMES, 'settings'], 'readwrite', async (tx) => {
        const creators = creatorWriter(creatorStoresOf(tx));
        const row = await creators.get(key);
        const merged = mergeSavedReport(row === undefined ? null : salvageUserFields(row).fields, {
          report: parsed.data,
          snapshot: snapshot.data,
          now,
          tag: cleanTag,
          note,
          briefId: brief?.id ?? asString(at(parsed.data, 'briefId')) ?? null,
          trackingLink: brief ? trackingLinkFor(brief, platform, handle) : null,
          promoCode: brief ? suggestPromoCode(handle) : null,
        });
        const checked = ShortlistEntrySchema.safeParse(merged);
        if (!checked.success) throw invalidInput('entry', checked.error.issues);
        // With a report the row is ~20 times an imported one: out of its bucket, into a row of its own.
        await creators.putOwn(toStoredRow(checked.data));
        await creators.flush();
        const summaries = summaryWriter(tx.objectStore('summaries'));
        await putSummaryOf(summaries, checked.data);
        await summaries.flush();
        const point = readingFromSnapshot(snapshot.data);
        if (point) {
          const history = historyWriter({ rows: tx.objectStore('history'), first: tx.objectStore('firstReadings') });
          await history.record(point);
          await history.flush();
        }
        await addUnsavedChanges(tx.objectStore('settings'), 1);
        return checked.data;
      });
    },

    async remove(key) {
      return (await removeKeys([key]))[0] ?? null;
    },

    bulkDelete: removeKeys,

    restore(removed) {
      return run([...CREATOR_STORE_NAMES, 'summaries', 'history', 'settings'], 'readwrite', async (tx) => {
        const creators = creatorWriter(creatorStoresOf(tx));
        const history = tx.objectStore('history');
        const summaries = summaryWriter(tx.objectStore('summaries'));
        let restored = 0;
        for (const item of removed) {
          if (asObject(item.row)?.key !== item.key) throw new StoreError('invalid', `restore: row does not belong to ${item.key}`);
          // Saved again since the delete: the newer entry wins, only the readings come back.
          if ((await creators.get(item.key)) === undefined) {
            await creators.putOwn(item.row);
            // From the row itself, not from anything handed back with it: the summary must say what the row says.
            await syncSummaryWithRow(summaries, item.key, item.row);
            restored += 1;
          }
          for (const point of item.history) await history.put(point);
        }
        await creators.flush();
        await summaries.flush();
        await addUnsavedChanges(tx.objectStore('settings'), restored);
        return restored;
      });
    },

    async addReading(point) {
      const parsed = StoredReadingSchema.safeParse(point);
      if (!parsed.success) throw invalidInput('follower reading', parsed.error.issues);
      return run([...HISTORY_STORE_NAMES], 'readwrite', async (tx) => {
        const history = historyWriter({ rows: tx.objectStore('history'), first: tx.objectStore('firstReadings') });
        const outcome = await history.record(parsed.data);
        await history.flush();
        return outcome;
      });
    },
  };
}
