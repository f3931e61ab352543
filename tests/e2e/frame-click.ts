import type { Frame, Page } from 'playwright-core';

/**
 * A real mouse click at the middle of an element of our overlay frame, in the page's coordinates:
 * saves count only for clicks the browser itself delivered to a visible frame. The panel scrolls
 * inside its frame; the user scrolls to the button too.
 */
export async function clickInFrame(page: Page, frame: Frame, selector: string): Promise<void> {
  const target = frame.locator(selector).first();
  await target.scrollIntoViewIfNeeded();
  const box = await target.boundingBox();
  if (!box) throw new Error(`${selector} has no box`);
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}
