import type { TabState } from '../messages/protocol';

/**
 * What the popup knows about the tab it was opened on:
 * - none: no tab (e.g. the popup was opened as a page, not from the toolbar);
 * - state: the background's state for the tab, null when the tab is not a profile page;
 * - error: the background could not be asked.
 */
export type CurrentTab = { kind: 'none' } | { kind: 'state'; tabId: number; state: TabState | null } | { kind: 'error'; message: string };
