import type { Frame, Page } from 'puppeteer-core';

/**
 * Our overlay frame in Firefox, found from the browser's side: the page cannot reach it (closed
 * shadow root), and WebDriver BiDi reports its URL as about:blank, so each frame is asked where it is.
 */
export async function firefoxOverlayFrame(page: Page, timeout = 15_000): Promise<Frame> {
  for (const deadline = Date.now() + timeout; Date.now() < deadline; await new Promise((r) => setTimeout(r, 100))) {
    for (const frame of page.frames()) {
      if (frame === page.mainFrame()) continue;
      const href = await frame.evaluate(() => location.href).catch(() => '');
      if (/^moz-extension:\/\/[^/]+\/overlay\.html(?:[?#]|$)/.test(href)) return frame;
    }
  }
  throw new Error(`no overlay frame after ${timeout} ms`);
}
