import type { ShortlistPort } from '../contracts/shortlist-store';

/**
 * The shortlist opened and its summaries requested as the page's script starts, before React has
 * rendered anything: the IndexedDB work then overlaps the first render instead of following it
 * (~15–20 ms of the popup's 150 ms budget, measured in the e2e browser).
 *
 * The first openShortlist() gets that handle, and its first quick listSummaries() that read; every
 * later call opens or reads afresh (a page that closes the handle and asks again gets a new one).
 */
export function earlyShortlist<S extends ShortlistPort>(open: () => Promise<S>): () => Promise<S> {
  let first: Promise<S> | null = open().then(withFirstListing);
  // Nobody may ask (the page failed first): do not report an unhandled rejection for it.
  first.catch(() => undefined);
  return () => {
    const handle = first ?? open();
    first = null;
    return handle;
  };
}

/** The quick listing (see listInTwoSteps) started now; handed to the first call that asks for a quick one. */
function withFirstListing<S extends ShortlistPort>(shortlist: S): S {
  let listing: ReturnType<ShortlistPort['listSummaries']> | null = shortlist.listSummaries({ complete: false });
  listing.catch(() => undefined);
  return {
    ...shortlist,
    listSummaries(options) {
      if (!listing || options?.complete !== false) return shortlist.listSummaries(options);
      const result = listing;
      listing = null;
      return result;
    },
  };
}
