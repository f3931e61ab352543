import { browser } from 'wxt/browser';

/** The shortlist dashboard, opened on one creator (`#key=instagram%3Ahandle`). */
export function dashboardUrl(key: string): string {
  return new URL(`dashboard.html#key=${encodeURIComponent(key)}`, browser.runtime.getURL('/')).href;
}
