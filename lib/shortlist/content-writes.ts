import type { CsvCreatorRow } from '../csv/csv-row';
import { ShortlistEntrySchema, type ShortlistEntry, type ShortlistSummary, type StoredReading } from '../contracts/shortlist-entry';
import { summarizeEntry } from '../csv/entry-summary';
import { unwrap } from 'idb';
import type { Connection } from './connection';
import { CREATOR_STORE_NAMES, creatorStoresOf, creatorWriter, importedBucketOf } from './creator-rows';
import type { StoredHistoryRow, StoredRow } from './db';
import { invalidInput } from './errors';
import { HISTORY_STORE_NAMES, historyWriter, readingFromSnapshot } from './history-store';
import { entryFromCsvRow, mergeCsvRow } from './import-merge';
import { addUnsavedChanges } from './settings-store';
import type { ApplyResult, Shortlist } from './shortlist-api';
import { readStoredRow, toStoredRow } from './stored-row';
import { bucketOf, summaryWriter } from './summary-buckets';

type ContentWrites = Pick<Shortlist, 'applyCsvRows' | 'applyContent' | 'markExported'>;

/** Whole files written in one transaction each (a sheet, a backup), and the record that one was downloaded. */
export function createContentWrites({ run }: Connection): ContentWrites {
  return {
    markExported: (now) =>
      run(['settings'], 'readwrite', async (tx) => {
        const settings = tx.objectStore('settings');
        await settings.put(now.toISOString(), 'lastExportAt');
        await settings.put(0, 'unsavedChanges');
      }),

    applyCsvRows(rows, { onExisting, now }) {
      return run([...CREATOR_STORE_NAMES, 'summaries', ...HISTORY_STORE_NAMES, 'settings'], 'readwrite', async (tx) => {
        const creators = tx.objectStore('creators');
        const imported = creatorWriter(creatorStoresOf(tx)).buckets;
        const summaries = summaryWriter(tx.objectStore('summaries'));
        const history = historyWriter({ rows: tx.objectStore('history'), first: tx.objectStore('firstReadings') });
        const result: ApplyResult = { created: 0, updated: 0, skipped: 0, notes: [] };
        // One read of the keys instead of one get per row: a 50,000-row sheet is mostly new creators.
        // The buckets this import changes are read now, before thousands of rows are queued ahead of them.
        const sheetKeys = rows.map((row) => row.key);
        const [keys, withReadings] = await Promise.all([creators.getAllKeys(), history.keysWithReadings(sheetKeys), summaries.preload(sheetKeys), imported.preload(sheetKeys)]);
        const ownKeys = new Set(keys);
        // A creator with a row of its own is updated there; new creators, and those an import added
        // before, go into the imported creators' buckets (creator-rows.ts): a few hundred rows written,
        // not one per creator. Own rows go out as plain requests, neither awaited nor wrapped in
        // promises: a transaction runs its requests in order, a failed one aborts it (and run() then
        // fails), and idb's promise and listeners for each of 10,000 requests were a third of a
        // 5,000-row import.
        const rawCreators = unwrap(creators);
        const writes: Array<Promise<unknown>> = [];
        // A later row that fails validation aborts the transaction before these are awaited: mark
        // them handled so their rejections are not reported as unhandled (Promise.all still sees them).
        const queue = (write: Promise<unknown>) => {
          write.catch(() => {});
          writes.push(write);
        };
        const notes: Array<[number, string]> = [];
        const nowIso = now.toISOString();
        // Rows are built bucket by bucket, in the order of their summary bucket, and each bucket row
        // is sent as soon as the last of its creators is built, without waiting for the answer: the
        // browser writes the first buckets while the page still builds the others (the write of what
        // an import of 5,000 creators stores took a third of its time when it came after them all).
        const groups = new Map<number, CsvCreatorRow[]>();
        for (const row of rows) {
          const n = bucketOf(row.key);
          const group = groups.get(n);
          if (group) group.push(row);
          else groups.set(n, [row]);
        }
        // An imported creators' bucket holds creators of one summary bucket only (IMPORTED_BUCKETS):
        // once a group is built, every bucket it touched is done. (Were one changed again later, it
        // would be dirty again and flush() would write it again.)
        for (const n of [...groups.keys()].sort((a, b) => a - b)) {
          const written: ShortlistSummary[] = [];
          const toBuckets: StoredRow[] = [];
          const firstReadings: StoredReading[] = [];
          for (const row of groups.get(n) ?? []) {
            const own = ownKeys.has(row.key);
            // The bucket was read by the preload: this awaits no request.
            const stored = own ? await creators.get(row.key) : ((await imported.get(row.key)) as StoredRow | undefined);
            let entry: ShortlistEntry;
            if (stored === undefined) {
              entry = entryFromCsvRow(row, nowIso);
              result.created += 1;
            } else if (onExisting === 'skip') {
              result.skipped += 1;
              continue;
            } else {
              const existing = readStoredRow(stored).entry;
              if (!existing) {
                // Overwriting would destroy what might still be recovered from it.
                notes.push([row.row, `row ${row.row}: the saved entry for ${row.key} is unreadable, so it was left unchanged`]);
                result.skipped += 1;
                continue;
              }
              entry = mergeCsvRow(existing, row, nowIso);
              result.updated += 1;
            }
            const checked = ShortlistEntrySchema.safeParse(entry);
            if (!checked.success) throw invalidInput(`row ${row.row}`, checked.error.issues);
            if (own) rawCreators.put(toStoredRow(checked.data));
            else toBuckets.push(toStoredRow(checked.data) as StoredRow);
            written.push(summarizeEntry(checked.data));
            const point = stored === undefined ? readingFromSnapshot(checked.data.snapshot) : null;
            // A creator with no reading yet (nor browsed lately) has nothing to merge the first one with:
            // it goes into the first-reading buckets, not a history row of its own.
            if (point && withReadings.has(point.key)) queue(history.record(point));
            else if (point) firstReadings.push(point);
          }
          // Every bucket was read by the preload: these await no request.
          await Promise.all([imported.putMany(toBuckets), summaries.putMany(written), history.addFirst(firstReadings)]);
          queue(imported.flushSome(new Set(toBuckets.map((row) => importedBucketOf(row.key)))));
          queue(summaries.flushSome([n]));
          queue(history.flushSome([n]));
        }
        await Promise.all(writes);
        // What changed after its bucket was sent (a reading merged into a first reading) goes now.
        await Promise.all([imported.flush(), summaries.flush(), history.flush()]);
        result.notes.push(...notes.sort((a, b) => a[0] - b[0]).map(([, text]) => text));
        await addUnsavedChanges(tx.objectStore('settings'), result.created + result.updated);
        return result;
      });
    },

    applyContent(content, { onExisting }) {
      return run([...CREATOR_STORE_NAMES, 'summaries', ...HISTORY_STORE_NAMES, 'briefs', 'settings', 'evidence'], 'readwrite', async (tx) => {
        const creators = tx.objectStore('creators');
        const imported = creatorWriter(creatorStoresOf(tx)).buckets;
        const historyRows = tx.objectStore('history');
        const briefStore = tx.objectStore('briefs');
        const settings = tx.objectStore('settings');
        const summaries = summaryWriter(tx.objectStore('summaries'));
        const result: ApplyResult = { created: 0, updated: 0, skipped: 0, notes: [] };
        // As for a sheet: one read of the keys, and rows, readings and evidence sent as plain requests
        // without waiting for each (a failed one aborts the transaction), where a restore or a sync
        // of 10,000 creators waited for 20,000 round trips one after the other.
        // A file's creators carry their reports: each gets a row of its own, out of its bucket if an
        // import had put it in one.
        const fileKeys = content.creators.map((entry) => entry.key);
        const [ownKeys, inBuckets] = await Promise.all([creators.getAllKeys(), imported.keysAmong(fileKeys)]);
        const existingKeys = new Set<string>([...ownKeys, ...inBuckets]);
        const rawCreators = unwrap(creators);
        const written: ShortlistSummary[] = [];
        for (const entry of content.creators) {
          const exists = existingKeys.has(entry.key);
          if (exists && onExisting === 'skip') {
            result.skipped += 1;
            continue;
          }
          // Checked by the caller: parseBackup accepts only creators that pass the entry schema as they are.
          rawCreators.put(toStoredRow(entry));
          if (inBuckets.has(entry.key)) await imported.delete(entry.key);
          written.push(summarizeEntry(entry));
          existingKeys.add(entry.key);
          if (exists) result.updated += 1;
          else result.created += 1;
        }
        await summaries.putMany(written);
        await Promise.all([imported.flush(), summaries.flush()]);
        // Only the creators that already have readings are looked up, to leave out a reading the store already holds.
        const history = historyWriter({ rows: historyRows, first: tx.objectStore('firstReadings') });
        const withReadings = await history.keysWithReadings(content.history.map((point) => point.key));
        const rawHistory = unwrap(historyRows);
        const pointsByKey = new Map<string, StoredHistoryRow[]>();
        for (const point of content.history) {
          if (!withReadings.has(point.key)) {
            rawHistory.add(point);
            continue;
          }
          let points = pointsByKey.get(point.key);
          if (!points) pointsByKey.set(point.key, (points = await history.storedOf(point.key)));
          const same = points.find((p) => p.at === point.at);
          if (!same) rawHistory.add(point);
          else if (onExisting === 'update' && same.id !== undefined) rawHistory.put({ ...point, id: same.id });
          else if (onExisting === 'update') await history.replace(same, point);
        }
        await history.flush();
        // Checked by the caller too (parseBackup): each row passes the evidence contract and is of a creator in the file.
        const evidence = tx.objectStore('evidence');
        const withEvidence = onExisting === 'skip' ? new Set<string>(await evidence.getAllKeys()) : new Set<string>();
        const rawEvidence = unwrap(evidence);
        for (const row of content.evidence ?? []) if (!withEvidence.has(row.key)) rawEvidence.put(row);
        for (const brief of content.briefs) {
          if (onExisting === 'skip' && (await briefStore.get(brief.id)) !== undefined) continue;
          await briefStore.put(brief);
        }
        const active = await settings.get('activeBriefId');
        if (content.activeBriefId && (active === undefined || onExisting === 'update')) await settings.put(content.activeBriefId, 'activeBriefId');
        await addUnsavedChanges(settings, result.created + result.updated);
        return result;
      });
    },
  };
}
