import type { PouchDatabase } from './pouch-api';
import type { Shortlist } from '../shortlist/repository';

/**
 * All that sync needs of the shortlist: the same public API the dashboard uses, nothing below it.
 * Remote changes are written as a restore writes a backup (applyContent keeps each entry's own
 * updatedAt), so that a synced entry is stored exactly as the teammate left it.
 */
export type SyncedStore = Pick<Shortlist, 'listSummaries' | 'get' | 'applyContent' | 'bulkDelete'> & {
  briefs: Pick<Shortlist['briefs'], 'list' | 'remove'>;
};

export interface SyncContext {
  db: PouchDatabase;
  store: SyncedStore;
  /** The CouchDB user name: who made the local changes. */
  user: string;
  now: () => Date;
  log: (message: string) => void;
}
