import type { Frame, Page } from 'playwright-core';
import { overlayFrames } from '../e2e/browser';

/**
 * The overlay frame of a bench page, found from the browser's frame tree by its URL only. The e2e
 * helper (overlayFrame) also asks the host page for the frame's element, which makes Playwright
 * inject its own script into the host page: ~0.55 MB of heap and script time of its own, counted
 * on the "with the extension" side only. On the bench's pages no other overlay.html frame exists.
 */
export async function benchOverlayFrame(page: Page, timeout: number): Promise<Frame> {
  for (const deadline = Date.now() + timeout; ; await new Promise((resolve) => setTimeout(resolve, 20))) {
    const [frame] = overlayFrames(page);
    if (frame) {
      await frame.waitForLoadState('domcontentloaded');
      return frame;
    }
    if (Date.now() > deadline) throw new Error(`no overlay frame after ${timeout} ms`);
  }
}
