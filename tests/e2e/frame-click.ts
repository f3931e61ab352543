import type { Frame, Locator, Page } from 'playwright-core';

type Box = { x: number; y: number; width: number; height: number };
const same = (a: Box | null, b: Box | null) => a !== null && b !== null && a.x === b.x && a.y === b.y && a.width === b.width && a.height === b.height;

/** How long the pointer may rest over the target before the frame must have seen it. */
const HOVER_TIMEOUT_MS = 8_000;
/** A press the frame did not get is tried again, up to this many presses in all. */
const MAX_PRESSES = 3;
const HOVER_STEP_MS = 50;

/** How long the target may take to be drawn inside its frame and stop moving. */
const SETTLE_TIMEOUT_MS = 5_000;
const SETTLE_STEP_MS = 100;

/**
 * Whether a person could aim at the element's middle: the element is drawn whole inside its frame
 * (or, when it is bigger than the frame, its middle is). Playwright gives an element's box in the
 * frame's own layout, which runs past the frame when the frame is still smaller than its content.
 */
function drawnIn(target: Box, frame: Box): boolean {
  const fitsAcross = target.width <= frame.width + 1;
  const fitsDown = target.height <= frame.height + 1;
  const midX = target.x + target.width / 2;
  const midY = target.y + target.height / 2;
  const across = fitsAcross ? target.x >= frame.x - 1 && target.x + target.width <= frame.x + frame.width + 1 : midX >= frame.x && midX <= frame.x + frame.width;
  const down = fitsDown ? target.y >= frame.y - 1 && target.y + target.height <= frame.y + frame.height + 1 : midY >= frame.y && midY <= frame.y + frame.height;
  return across && down;
}

/**
 * The element's box in the page once it is drawn inside its frame and has stopped moving: the frame
 * is resized and placed by the content script after the overlay draws, and a click is aimed, as a
 * person aims it, at where the element is, not where it was a frame ago.
 *
 * The content script sizes the frame at the host page's next rendering after the overlay asks
 * (lib/content/overlay-frame.ts). A host page that draws one or two frames a second (the saved
 * TikTok profile, headless on a loaded machine: 2 requestAnimationFrame callbacks a second) keeps
 * the frame at its last size for up to a second while the overlay already shows the badge: after
 * the overlay page reloads, the frame was still 120x40 (the size of the overlay's empty start),
 * the badge's button 400 px wide inside it, and the box stood still for 100 ms. Its middle was then
 * 64 px right of the window's edge, where no part of the button was drawn and where no person could
 * aim; the frame grew to 446x85 a second later without reaching that point, and no press reached it
 * (restarts e2e). Waiting for the button to be drawn whole in its frame aims where a person would.
 */
async function settledBox(page: Page, frame: Frame, target: Locator): Promise<Box | null> {
  const frameElement = await frame.frameElement();
  let last: Box | null = null;
  for (const deadline = Date.now() + SETTLE_TIMEOUT_MS; Date.now() < deadline; await page.waitForTimeout(SETTLE_STEP_MS)) {
    const [next, frameBox] = await Promise.all([target.boundingBox(), frameElement.boundingBox()]);
    if (same(last, next) && frameBox !== null && drawnIn(next!, frameBox)) return next;
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
export async function clickInFrame(page: Page, frame: Frame, selector: string): Promise<{ reachedFrame: boolean; hoverMs: number; presses: number; aim: { x: number; y: number } }> {
  const target = frame.locator(selector).first();
  await target.scrollIntoViewIfNeeded();
  const box = await settledBox(page, frame, target);
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
    if (reachedFrame || press === MAX_PRESSES) return { reachedFrame, hoverMs: Date.now() - started, presses: press, aim: { x, y } };
  }
}

/** What the overlay frame shows, for a failure message: which side failed (the click, the panel's load or the tab's state). */
export async function frameShows(frame: Frame): Promise<string> {
  return frame.evaluate(() => document.getElementById('root')?.innerHTML.slice(0, 1_500) ?? 'no #root').catch((e: Error) => `unreadable: ${e.message}`);
}
