import { browser } from 'wxt/browser';
import { z } from 'zod';
import { TabStateSchema } from '../../lib/messages/protocol';
import type { CurrentTab } from '../../lib/shortlist-view/current-tab';

// The background's answer is checked here, at the receiver, like every message.
const TabStateResponseSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), tabId: z.number().int(), state: TabStateSchema.nullable() }),
  z.object({ ok: z.literal(false), error: z.object({ message: z.string().max(1_000) }) }),
]);

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
  const parsed = TabStateResponseSchema.safeParse(await browser.runtime.sendMessage({ type: 'tab/state', tabId }));
  if (!parsed.success) return { kind: 'error', message: 'the background gave an answer Vetted does not understand' };
  if (!parsed.data.ok) return { kind: 'error', message: parsed.data.error.message };
  return { kind: 'state', tabId, state: parsed.data.state };
}
