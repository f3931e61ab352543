import type { VettingReport } from '../contracts/report';
import type { Shortlist } from '../shortlist/repository';
import type { PostDeps } from './post-handlers';
import type { TabPostStore } from './tab-post-store';
import type { TabStateStore } from './tab-state-store';

/**
 * The post handlers' storage in the extension: evidence and the commenter key in the shortlist
 * database (opened per call and closed after: the worker may be stopped between any two), the
 * creator's last report from the tabs or the shortlist.
 */
export function createPostDeps(options: { tabs: TabStateStore; tabPosts: TabPostStore; open: () => Promise<Shortlist>; log: (line: string) => void }): Omit<PostDeps, 'now'> {
  const using = async <T>(work: (shortlist: Shortlist) => Promise<T>): Promise<T> => {
    const shortlist = await options.open();
    try {
      return await work(shortlist);
    } finally {
      shortlist.close();
    }
  };
  const warn = (what: string) => (error: unknown) => options.log(`${what}: ${error instanceof Error ? error.message : String(error)}`);
  return {
    tabPosts: options.tabPosts,
    evidence: {
      get: (key) => using((shortlist) => shortlist.evidence.get(key)),
      add: (update, now) =>
        using(async (shortlist) => {
          await shortlist.evidence.add(update, now);
          // Post pages keep the daily retention prune going as profile readings do (README "Privacy").
          await shortlist.browsing.prune(now).catch(warn('could not prune browsing history'));
        }),
    },
    installKey: () => using((shortlist) => shortlist.evidence.installKey()),
    async lastReport(key) {
      const [fromTabs, saved] = await Promise.all([
        options.tabs.latestReport(key),
        using(async (shortlist) => (await shortlist.get(key))?.report ?? null).catch((error: unknown) => {
          warn('post page without the shortlist')(error);
          return null;
        }),
      ]);
      const candidates = [fromTabs, saved].filter((r): r is VettingReport => r !== null);
      return candidates.sort((a, b) => (a.computedAt < b.computedAt ? 1 : -1))[0] ?? null;
    },
  };
}
