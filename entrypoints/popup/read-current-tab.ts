import { browser } from 'wxt/browser';
import { askBackground } from '../../lib/runtime/ask-background';
import type { CurrentTab } from '../../lib/shortlist-view/current-tab';

/**
 * `popup.html?tabId=<n>`: ask about that tab instead of the active one. For tests in a browser
 * driven by Playwright, where the popup is opened as a tab and so is itself the active tab. The
 * toolbar popup never has it and takes the active tab, below.
 */
export function tabIdFromSearch(search: string): number | null {
  const raw = new URLSearchParams(search).get('tabId');
  return raw !== null && /^\d{1,10}$/.test(raw) ? Number(raw) : null;
}

/** The tab the popup was opened on (its id needs no "tabs" permission) and the background's state for it. */
export async function readCurrentTab(search: string): Promise<CurrentTab> {
  const tabId = tabIdFromSearch(search) ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  if (tabId === undefined) return { kind: 'none' };
  // The background's answer is checked at the receiver, with the schema beside the request.
  const answer = await askBackground({ type: 'tab/state', tabId });
  if (!answer.ok) return { kind: 'error', message: answer.message };
  return { kind: 'state', tabId, state: answer.value.state };
}
