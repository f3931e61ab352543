import { platformOfHost } from '../platforms/hosts';

/** The parts of runtime.MessageSender we decide on; all of it is set by the browser, not the page. */
export interface SenderInfo {
  id?: string;
  url?: string;
  tab?: { id?: number; url?: string };
  frameId?: number;
}

/**
 * Who sent a message: a content script on a platform page, the overlay page framed in a tab, or
 * one of our own pages (popup, dashboard). Anything else is `null` and gets `forbidden`.
 */
export type SenderRole = 'content' | 'overlay' | 'extension-page';

/** A tab id the browser could have given: NaN, -1 (TAB_ID_NONE) or 1.5 would key one state for many tabs. */
function isTabId(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

export function classifySender(sender: SenderInfo, extensionId: string, extensionOrigin: string): SenderRole | null {
  if (sender.id !== extensionId || typeof sender.url !== 'string') return null;
  let url: URL;
  try {
    url = new URL(sender.url);
  } catch {
    return null;
  }
  if (`${url.protocol}//${url.host}` === extensionOrigin) {
    if (url.pathname === '/overlay.html') return isTabId(sender.tab?.id) ? 'overlay' : null;
    return 'extension-page';
  }
  // A content script: the browser sets sender.url to the frame's URL. Only top frames on our hosts.
  if (url.protocol === 'https:' && platformOfHost(url.hostname) && isTabId(sender.tab?.id) && sender.frameId === 0) {
    return 'content';
  }
  return null;
}
