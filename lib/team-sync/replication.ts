import type { PouchDatabase, SyncHandler } from './pouch-api';
import { troubleOf, troubleOfInfo, type ServerTrouble } from '../sync/server-reason';
import type { SyncStatus } from '../sync/sync-settings';

export interface ReplicationOptions {
  local: PouchDatabase;
  remote: PouchDatabase;
  url: string;
  now: () => Date;
  /** Longest wait between two tries while the server cannot be reached. */
  maxBackOffMs: number;
  onStatus: (status: SyncStatus) => void;
}

export interface Replication {
  /** Stops replicating; resolves once PouchDB has wound down (or after 3 s). */
  cancel(): Promise<void>;
}

/**
 * PouchDB's live two-way replication with the team database, retrying with a growing wait while
 * the server cannot be reached, and what it is doing, in words. PouchDB speaks CouchDB's
 * replication protocol; nothing here does. A wrong password or a refused permission ends it
 * (PouchDB stops on those); a missing database and an unreachable server are retried.
 */
export function replicate(options: ReplicationOptions): Replication {
  const { local, remote, url, now, onStatus } = options;
  let lastSyncAt: string | null = null;
  let stopped = false;
  const say = (state: SyncStatus['state'], reason: string | null = null) => {
    if (!stopped) onStatus({ state, reason, lastSyncAt, url });
  };
  let sync: SyncHandler | null = null;
  let retry: ReturnType<typeof setTimeout> | null = null;

  function start(): void {
    const handler = local.sync(remote, {
      live: true,
      retry: true,
      back_off_function: (delay: number) => (delay === 0 ? 500 : Math.min(delay * 2, options.maxBackOffMs)),
    });
    sync = handler;
    handler.on('active', () => say('syncing'));
    handler.on('change', () => say('syncing'));
    handler.on('paused', (error?: unknown) => {
      if (error) {
        const trouble = troubleOf(error);
        say(trouble.state, trouble.reason);
        return;
      }
      lastSyncAt = now().toISOString();
      say('up-to-date');
    });
    handler.on('denied', (error?: unknown) => say('error', troubleOf(error).state === 'error' ? troubleOf(error).reason : 'Permission refused for a document.'));
    handler.on('error', (error?: unknown) => say('error', troubleOf(error).reason));
  }

  // The database is looked at before replicating: a missing database, a wrong password or a
  // refused permission is then said as such (replication alone would retry it forever, and some
  // servers create a missing database on the first write). An unreachable server is left to
  // replication's own retries; the others are looked at again now and then.
  function begin(): void {
    retry = null;
    say('syncing');
    const judge = (trouble: ServerTrouble | null) => {
      if (stopped) return;
      if (trouble) say(trouble.state, trouble.reason);
      if (!trouble || trouble.state === 'offline') start();
      else retry = setTimeout(begin, Math.max(options.maxBackOffMs * 3, 30_000));
    };
    remote.info().then(
      (info) => judge(troubleOfInfo(info)),
      (error: unknown) => judge(troubleOf(error)),
    );
  }
  begin();

  return {
    cancel() {
      stopped = true;
      if (retry) clearTimeout(retry);
      const handler = sync;
      if (!handler) return Promise.resolve();
      const done = new Promise<void>((resolve) => {
        handler.on('complete', () => resolve());
        setTimeout(resolve, 3_000);
      });
      handler.cancel();
      return done;
    },
  };
}
