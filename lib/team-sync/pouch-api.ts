/**
 * The part of PouchDB's API that sync uses, typed here: @types/pouchdb pulls a DOM lib of its own
 * into the whole program. pouchdb-browser (in the extension) and the Node tests' PouchDB both fit it.
 */
export type PouchDoc = Record<string, unknown> & { _id: string; _rev?: string };

export interface AllDocsRow {
  key: string;
  value?: { rev: string; deleted?: boolean };
  doc?: (PouchDoc & { _conflicts?: string[] }) | null;
  error?: string;
}

export type BulkOutcome = { ok: true; id: string; rev: string } | { error: unknown; id?: string; status?: number };

export interface ChangesFeed {
  on(event: 'change', listener: (change: { id: string; seq: string | number }) => void): ChangesFeed;
  cancel(): void;
}

export interface SyncHandler {
  on(event: string, listener: (arg?: unknown) => void): SyncHandler;
  cancel(): void;
}

export interface PouchDatabase {
  get(id: string, options?: { rev?: string }): Promise<PouchDoc>;
  put(doc: PouchDoc): Promise<{ ok: boolean; id: string; rev: string }>;
  allDocs(options: { keys: string[]; include_docs: true; conflicts: true }): Promise<{ rows: AllDocsRow[] }>;
  bulkDocs(docs: PouchDoc[]): Promise<BulkOutcome[]>;
  changes(options: { since: string | number; live: true }): ChangesFeed;
  sync(remote: PouchDatabase, options: { live: true; retry: true; back_off_function: (delay: number) => number; batch_size?: number }): SyncHandler;
  info(): Promise<unknown>;
  destroy(): Promise<unknown>;
  close(): Promise<unknown>;
}

export type PouchConstructor = new (name: string, options?: Record<string, unknown>) => PouchDatabase;
