import type { Shortlist } from '../shortlist/repository';

/**
 * The shortlist as the popup and the dashboard see it. A type only: the pages' wiring opens the
 * real store and hands it to the components, which never import storage code themselves.
 */
export type ShortlistPort = Shortlist;

export type { ApplyResult, OnExisting, RemovedCreator, ShortlistStats } from '../shortlist/repository';
export type { ImportResult } from '../shortlist/import';
