import { browser } from 'wxt/browser';
import { OverlayConnectResponseSchema } from '../../lib/messages/protocol';
import { acceptFrameChannel, type FrameLink } from './frame-channel';
import type { TabStart } from './tab-state-feed';

let link: Promise<FrameLink<TabStart>> | null = null;

/**
 * This page's link to the content script that framed it, and the token it must show the
 * background. Started when the page loads (main.tsx), before the content script posts its offer.
 * Never settles in a frame no content script of ours made (a page's own frame of overlay.html):
 * such a frame asks the background nothing and shows no creator. The background's confirmation
 * carries the tab's state at that moment (`start`), unchecked until the tab-state feed checks it.
 */
export function frameLink(): Promise<FrameLink<TabStart>> {
  link ??= acceptFrameChannel(window, async (token): Promise<TabStart | false> => {
    const response = OverlayConnectResponseSchema.safeParse(await browser.runtime.sendMessage({ type: 'overlay/connect', token }));
    if (!response.success || !response.data.ok) return false;
    return 'state' in response.data ? { tabId: response.data.tabId, state: response.data.state } : { tabId: response.data.tabId };
  });
  return link;
}
