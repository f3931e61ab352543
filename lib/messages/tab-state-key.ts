/** The session-storage key of a tab's overlay state (written by the background, watched by the overlay). */
export const tabStateKey = (tabId: number) => `tab:${tabId}`;
