import type { Frame, Locator, Page } from 'playwright-core';

type Box = { x: number; y: number; width: number; height: number };
const same = (a: Box | null, b: Box | null) => a !== null && b !== null && a.x === b.x && a.y === b.y && a.width === b.width && a.height === b.height;

/**
 * The element's box in the page once it has stopped moving: the frame is resized and placed by the
 * content script after the overlay draws, and a click is aimed, as a person aims it, at where the
 * element is, not where it was a frame ago.
 */
async function settledBox(page: Page, target: Locator): Promise<Box | null> {
  let last = await target.boundingBox();
  for (let i = 0; i < 30; i++) {
    await page.waitForTimeout(100);
    const next = await target.boundingBox();
    if (same(last, next)) return next;
    last = next;
  }
  return last;
}

/**
 * A real mouse click at the middle of an element of our overlay frame, in the page's coordinates:
 * saves count only for clicks the browser itself delivered to a visible frame. The panel scrolls
 * inside its frame; the user scrolls to the button too. Says whether the frame's document got the
 * press (a page that covers the frame gets it instead), for the failure messages of the callers.
 */
export async function clickInFrame(page: Page, frame: Frame, selector: string): Promise<{ reachedFrame: boolean }> {
  const target = frame.locator(selector).first();
  await target.scrollIntoViewIfNeeded();
  const box = await settledBox(page, target);
  if (!box) throw new Error(`${selector} has no box`);
  await frame.evaluate(() => {
    const w = window as unknown as { vettedTestPresses?: number };
    if (w.vettedTestPresses === undefined) addEventListener('pointerdown', () => (w.vettedTestPresses = (w.vettedTestPresses ?? 0) + 1), true);
    w.vettedTestPresses = 0;
  });
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  const reachedFrame = await frame.evaluate(() => ((window as unknown as { vettedTestPresses?: number }).vettedTestPresses ?? 0) > 0).catch(() => false);
  return { reachedFrame };
}
