import type { BrowserContext } from 'playwright-core';

/**
 * Installed in every frame before any of its own scripts run. In the overlay page it stamps the
 * first frame painted after the badge (on a post page, the post view) turned "ready" (epoch ms, comparable with the host page's
 * performance.timeOrigin, its navigation start), and logs each later creator the badge turns ready
 * for (an SPA switch to another profile). In the popup and dashboard it stamps the first frame
 * painted with a shortlist row laid out (ms since navigation start). In host pages it does
 * nothing: what bench:overlay reads of the host page it asks once the page has been measured.
 * Plain JS text: it runs in the browser, untouched by tsx. bench:overlay's page loads do not install
 * it: their browser runs it only as the overlay page's first script (unattached-browser.ts).
 */
export const PROBES = `(() => {
  globalThis.__name ??= (fn) => fn;
  if (location.protocol === 'chrome-extension:' && location.pathname === '/overlay.html') {
    globalThis.__benchBadgeLog = [];
    let shown = null;
    // On a post page the post view is the badge: its creator's key once it is ready.
    const readyKey = () => document.querySelector('[data-testid="overlay-badge"][data-state="ready"], [data-testid="overlay-post"][data-state="ready"]')?.getAttribute('data-key') ?? null;
    const check = () => {
      const key = readyKey();
      if (key === shown) return;
      shown = key;
      if (key === null) return;
      requestAnimationFrame(() => {
        const at = performance.timeOrigin + performance.now();
        globalThis.__benchBadgeReadyAt ??= at;
        globalThis.__benchBadgeLog.push({ key, at });
      });
    };
    // The first frame painted with any badge ("reading this profile…" included): when the user first sees Vetted.
    const checkFirst = () => {
      if (globalThis.__benchBadgeFirstAt !== undefined || !document.querySelector('[data-testid="overlay-badge"], [data-testid="overlay-post"]')) return;
      globalThis.__benchBadgeFirstAt = null;
      requestAnimationFrame(() => { globalThis.__benchBadgeFirstAt = performance.timeOrigin + performance.now(); });
    };
    new MutationObserver(() => { checkFirst(); check(); }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-state', 'data-key'] });
    checkFirst();
    check();
  } else if (location.protocol === 'chrome-extension:') {
    const row = () => Array.from(document.querySelectorAll('[data-testid="popup-row"], [data-testid="dashboard-row"]')).some((el) => el.getClientRects().length > 0);
    const stamp = () => requestAnimationFrame(() => { globalThis.__benchFirstRowAt ??= performance.now(); });
    const observer = new MutationObserver(() => { if (row()) { observer.disconnect(); stamp(); } });
    observer.observe(document, { subtree: true, childList: true, attributes: true });
  }
})();`;

export async function installProbes(context: BrowserContext): Promise<void> {
  await context.addInitScript({ content: PROBES });
}

/** The badge turned ready for creator `key` at `at` (epoch ms, first frame painted after). */
export interface BadgeShown {
  key: string;
  at: number;
}

interface Probed {
  __benchBadgeReadyAt?: number;
  __benchBadgeFirstAt?: number | null;
  __benchBadgeLog?: BadgeShown[];
  __benchFirstRowAt?: number;
}

// Functions, not strings: extension pages forbid eval, which Playwright uses for string predicates.
export const badgeReadyAt = () => (globalThis as unknown as Probed).__benchBadgeReadyAt ?? null;
export const badgeLog = () => (globalThis as unknown as Probed).__benchBadgeLog ?? [];
export const firstRowAt = () => (globalThis as unknown as Probed).__benchFirstRowAt ?? null;
