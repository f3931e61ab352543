import type { IDBPTransaction, StoreNames } from 'idb';
import { openShortlistDatabase, type ShortlistDB, type ShortlistDatabase } from './db';
import { StoreError, TERMINATED_MESSAGE, toStoreError } from './errors';
import type { RowProblem } from '../contracts/shortlist-store';
import type { OpenShortlistOptions } from './shortlist-api';

export type StoreName = StoreNames<ShortlistDB>;

/** One transaction over `stores`: `body` happens entirely or not at all; every failure is a StoreError. */
export type Run = <T, const S extends StoreName[], M extends IDBTransactionMode>(stores: S, mode: M, body: (tx: IDBPTransaction<ShortlistDB, S, M>) => Promise<T>) => Promise<T>;

/** The open database as the parts of the store use it. */
export interface Connection {
  readonly name: string;
  run: Run;
  log(message: string): void;
  /** Log each repaired or skipped row. */
  report(problems: readonly RowProblem[]): void;
  close(): void;
}

function abortQuietly(tx: { abort(): void }): void {
  try {
    tx.abort();
  } catch {
    // Already committed or aborted.
  }
}

/**
 * Open the database and keep track of why it can no longer be used (a newer version wants it, the
 * browser closed it, the page closed it), so that every later call fails with that reason.
 */
export async function openConnection(name: string, options: OpenShortlistOptions): Promise<Connection> {
  const log = options.log ?? ((message: string) => console.warn(message));
  let closedBy: () => StoreError = () => new StoreError('unavailable', 'connection not open');
  let closed = false;
  const db: ShortlistDatabase = await openShortlistDatabase(name, options.idbFactory ?? globalThis.indexedDB, {
    onBlocking() {
      closed = true;
      closedBy = () => new StoreError('blocked', 'connection closed so that a newer version can open');
      options.onBlocking?.();
    },
    onTerminated() {
      if (closed) return;
      closed = true;
      closedBy = () => new StoreError('unavailable', 'the browser closed the database connection', { userMessage: TERMINATED_MESSAGE });
    },
  });

  async function run<T, const S extends StoreName[], M extends IDBTransactionMode>(
    stores: S,
    mode: M,
    body: (tx: IDBPTransaction<ShortlistDB, S, M>) => Promise<T>,
  ): Promise<T> {
    if (closed) throw closedBy();
    let tx: IDBPTransaction<ShortlistDB, S, M>;
    try {
      tx = db.transaction(stores, mode);
    } catch (error) {
      throw toStoreError(error);
    }
    // Observed below; this keeps an abort caused by `body` from surfacing as an unhandled rejection.
    tx.done.catch(() => undefined);
    try {
      const result = await body(tx);
      await tx.done;
      return result;
    } catch (error) {
      abortQuietly(tx);
      throw toStoreError(error);
    }
  }

  return {
    name,
    run,
    log,
    report(problems) {
      for (const p of problems) log(`shortlist "${name}": ${p.action} ${p.key}: ${p.reason}`);
    },
    close() {
      closed = true;
      closedBy = () => new StoreError('unavailable', 'the shortlist was closed');
      db.close();
    },
  };
}
