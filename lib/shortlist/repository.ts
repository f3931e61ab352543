import { asObject } from '../parse/json-path';
import { createBriefsApi } from './briefs-api';
import { createBrowsingApi } from './browsing-api';
import { openConnection } from './connection';
import { createContentWrites } from './content-writes';
import { DEFAULT_DB_NAME } from './db';
import { createEntryEdits } from './entry-edits';
import { createEntryReads } from './entry-reads';
import { createEntryWrites } from './entry-writes';
import { createEvidenceApi } from './evidence-api';
import type { OpenShortlistOptions, Shortlist } from './shortlist-api';
import { readVettingInputs } from './vetting-inputs';

export type {
  ApplyOptions,
  ApplyResult,
  BriefsApi,
  EditResult,
  ListResult,
  OnExisting,
  OpenShortlistOptions,
  RemovedCreator,
  SaveOptions,
  Shortlist,
  ShortlistContent,
  ShortlistDump,
  ShortlistStats,
  SummaryListResult,
} from './shortlist-api';

function isFactory(value: unknown): value is IDBFactory {
  return typeof asObject(value)?.open === 'function' && typeof asObject(value)?.deleteDatabase === 'function';
}

/**
 * Open the shortlist (IndexedDB `name`, default "vetted") and return its API. Fails with a
 * StoreError: 'unavailable' (no IndexedDB here, e.g. Firefox private mode), 'blocked' (another tab
 * holds an old version open). Every write runs in one readwrite transaction: it happens entirely
 * or not at all, so a quota error mid-way loses nothing that was saved before.
 */
export async function openShortlist(name: string = DEFAULT_DB_NAME, factoryOrOptions?: IDBFactory | OpenShortlistOptions): Promise<Shortlist> {
  const options: OpenShortlistOptions = isFactory(factoryOrOptions) ? { idbFactory: factoryOrOptions } : (factoryOrOptions ?? {});
  const connection = await openConnection(name, options);
  return {
    name,
    ...createEntryWrites(connection),
    ...createEntryReads(connection),
    ...createEntryEdits(connection),
    ...createContentWrites(connection),
    briefs: createBriefsApi(connection),
    evidence: createEvidenceApi(connection),
    vettingInputs: (key, options) => readVettingInputs(connection, key, options),
    browsing: createBrowsingApi((stores, body) => connection.run(stores, 'readwrite', body)),
    close: connection.close,
  };
}
