import { browser } from 'wxt/browser';
import { OverlayConnectResponseSchema } from '../../lib/messages/protocol';
import { acceptFrameChannel, type FrameLink } from './frame-channel';

let link: Promise<FrameLink> | null = null;

/**
 * This page's link to the content script that framed it, and the token it must show the
 * background. Started when the page loads (main.tsx), before the content script posts its offer.
 * Never settles in a frame no content script of ours made (a page's own frame of overlay.html):
 * such a frame asks the background nothing and shows no creator.
 */
export function frameLink(): Promise<FrameLink> {
  link ??= acceptFrameChannel(window, async (token) => {
    const response = OverlayConnectResponseSchema.safeParse(await browser.runtime.sendMessage({ type: 'overlay/connect', token }));
    return response.success && response.data.ok;
  });
  return link;
}
