import type { Frame, Locator, Page } from 'playwright-core';

type Box = { x: number; y: number; width: number; height: number };
const same = (a: Box | null, b: Box | null) => a !== null && b !== null && a.x === b.x && a.y === b.y && a.width === b.width && a.height === b.height;

/** How long the pointer may rest over the target before the frame must have seen it. */
const HOVER_TIMEOUT_MS = 8_000;
/** A press the frame did not get is tried again, up to this many presses in all. */
const MAX_PRESSES = 3;
const HOVER_STEP_MS = 50;

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

interface FramePointer {
  moves: number;
  presses: number;
}

/** Counts, in the frame's own document, the pointer events the browser delivered to it since the last call. */
async function resetFramePointer(frame: Frame): Promise<void> {
  await frame.evaluate(() => {
    const w = window as unknown as { vettedTestPointer?: { moves: number; presses: number } };
    if (w.vettedTestPointer === undefined) {
      const seen = { moves: 0, presses: 0 };
      w.vettedTestPointer = seen;
      addEventListener('pointermove', () => (w.vettedTestPointer!.moves += 1), true);
      addEventListener('pointerdown', () => (w.vettedTestPointer!.presses += 1), true);
    }
    w.vettedTestPointer.moves = 0;
    w.vettedTestPointer.presses = 0;
  });
}

async function framePointer(frame: Frame): Promise<FramePointer> {
  return frame.evaluate(() => (window as unknown as { vettedTestPointer?: { moves: number; presses: number } }).vettedTestPointer ?? { moves: 0, presses: 0 }).catch(() => ({ moves: 0, presses: 0 }));
}

/**
 * A real mouse click at the middle of an element of our overlay frame, in the page's coordinates:
 * saves count only for clicks the browser itself delivered to a visible frame. The panel scrolls
 * inside its frame; the user scrolls to the button too.
 *
 * The pointer first rests on the target until the frame's document sees it move there, as a
 * person's pointer is over a button before it presses it. A press sent at once to a frame just
 * mounted or reloaded was seen to go elsewhere: the frame's document got no pointer event at all,
 * and nothing opened (restarts e2e, 4 of 20 runs at load 7-11, with Playwright's own click after its
 * stable and hit-test checks; the frame's badge was drawn). Headless Chromium routes input to an out-of-process frame by
 * hit-test data that frame's compositor sends; here the frame first saw the resting pointer
 * 0.07-2.3 s after it was moved there (about 0.9 s in most runs), and a press after that reached
 * it in 30 runs of 30 at load 8-15. A press the frame's document did not get is made again (at
 * most 3 in all); one it got is never repeated. Says whether the frame's document got the press (a
 * page that covers the frame gets it instead, and then the pointer never reaches the frame either),
 * for the failure messages of the callers.
 */
export async function clickInFrame(page: Page, frame: Frame, selector: string): Promise<{ reachedFrame: boolean; hoverMs: number; presses: number }> {
  const target = frame.locator(selector).first();
  await target.scrollIntoViewIfNeeded();
  const box = await settledBox(page, target);
  if (!box) throw new Error(`${selector} has no box`);
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  const started = Date.now();
  for (let press = 1; ; press++) {
    await resetFramePointer(frame);
    // Alternate by one pixel: a pointer that does not move sends no new move event.
    for (let step = 0; Date.now() - started < HOVER_TIMEOUT_MS; step++) {
      await page.mouse.move(x + (step % 2), y);
      if ((await framePointer(frame)).moves > 0) break;
      await page.waitForTimeout(HOVER_STEP_MS);
    }
    await page.mouse.down();
    await page.mouse.up();
    const reachedFrame = (await framePointer(frame)).presses > 0;
    // A press the frame never saw is one the user would repeat; one it saw is never repeated.
    if (reachedFrame || press === MAX_PRESSES) return { reachedFrame, hoverMs: Date.now() - started, presses: press };
  }
}

/** What the overlay frame shows, for a failure message: which side failed (the click, the panel's load or the tab's state). */
export async function frameShows(frame: Frame): Promise<string> {
  return frame.evaluate(() => document.getElementById('root')?.innerHTML.slice(0, 1_500) ?? 'no #root').catch((e: Error) => `unreadable: ${e.message}`);
}
