import type { VettingReport } from '../contracts/report';
import type { ShortlistEntry } from '../contracts/shortlist-entry';
import type { OverlayShortlistView, SavedSummary } from '../messages/protocol';
import { DEFAULT_BRIEF } from '../scoring/default-brief';
import { StoreError } from '../shortlist/errors';
import type { Shortlist } from '../shortlist/repository';

/**
 * The shortlist as the overlay needs it, and the one place a creator is saved from a tab (the
 * overlay's button and the popup's both end here). The overlay is framed in the platform's page,
 * where the browser may deny an extension frame its IndexedDB (third-party storage blocking); the
 * worker always has it, so the overlay's reads and writes come here.
 */
export interface OverlayShortlistStore {
  view(key: string): Promise<OverlayShortlistView>;
  /** Save (or update) the creator from this report, for the brief it was scored against. */
  save(report: VettingReport, input: { tag?: string | undefined; note?: string | undefined; now: Date }): Promise<SavedSummary>;
  /** Make a brief active; the default brief means "none stored as active". */
  chooseBrief(id: string): Promise<void>;
}

/** The overlay charts the most recent readings; a creator watched for years has no more to say there. */
const HISTORY_LIMIT = 1_000;

const summary = (entry: ShortlistEntry): SavedSummary => ({ status: entry.status, tags: entry.tags, notes: entry.notes, updatedAt: entry.updatedAt });

/** Opens the store for each call and closes it after: the worker may be stopped between any two. */
export function createOverlayShortlistStore(open: () => Promise<Shortlist>): OverlayShortlistStore {
  const using = async <T>(work: (shortlist: Shortlist) => Promise<T>): Promise<T> => {
    const shortlist = await open();
    try {
      return await work(shortlist);
    } finally {
      shortlist.close();
    }
  };
  const briefsOf = async (shortlist: Shortlist) => {
    const { briefs } = await shortlist.briefs.list();
    return briefs.some((b) => b.id === DEFAULT_BRIEF.id) ? briefs : [DEFAULT_BRIEF, ...briefs];
  };
  return {
    view: (key) =>
      using(async (shortlist) => {
        const entry = await shortlist.get(key);
        const briefs = await briefsOf(shortlist);
        const history = await shortlist.history(key);
        return {
          entry: entry ? summary(entry) : null,
          briefs: briefs.map((b) => ({ id: b.id, name: b.name })),
          history: history.slice(-HISTORY_LIMIT).map((p) => ({ at: p.at, followers: p.followers })),
        };
      }),
    save: (report, { tag, note, now }) =>
      using(async (shortlist) => {
        const brief = (await briefsOf(shortlist)).find((b) => b.id === report.briefId) ?? null;
        return summary(await shortlist.save(report, { now, tag, note, brief }));
      }),
    chooseBrief: (id) =>
      using(async (shortlist) => {
        const { briefs } = await shortlist.briefs.list();
        if (briefs.some((b) => b.id === id)) return shortlist.briefs.setActive(id);
        if (id === DEFAULT_BRIEF.id) return shortlist.briefs.setActive(null);
        throw new StoreError('invalid', `no brief with id ${id}`, { userMessage: 'That brief no longer exists; it may have been deleted in the dashboard.' });
      }),
  };
}
