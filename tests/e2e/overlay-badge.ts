import type { Page } from 'playwright-core';
import { ourOverlayFrames } from './browser';

/** What the overlay's badge shows, read in one go from inside the overlay frame. */
export interface BadgeReading {
  /** How many overlay iframes the page holds (there must never be more than one). */
  frames: number;
  state: string | null;
  key: string | null;
  handle: string | null;
  followers: number | null;
}

const NONE = { state: null, key: null, handle: null, followers: null };

/**
 * Read the badge of the page's overlay. Survives the frame being replaced mid-read (an SPA that
 * wipes <body> makes the content script mount a new one): that reads as "no badge yet".
 */
export async function readBadge(page: Page): Promise<BadgeReading> {
  const frames = await ourOverlayFrames(page);
  if (frames.length !== 1) return { frames: frames.length, ...NONE };
  try {
    const frame = frames[0]!;
    const read = await frame.evaluate(() => {
      const badge = document.querySelector('[data-testid="overlay-badge"], [data-testid="overlay-panel"]');
      const followers = document.querySelector('[data-testid="overlay-followers"]')?.getAttribute('data-value');
      return {
        state: badge?.getAttribute('data-state') ?? (badge?.getAttribute('data-testid') === 'overlay-panel' ? 'ready' : null),
        key: badge?.getAttribute('data-key') ?? null,
        handle: document.querySelector('[data-testid="overlay-handle"]')?.textContent?.trim() ?? null,
        followers: followers ? Number(followers) : null,
      };
    });
    return { frames: 1, ...read };
  } catch {
    return { frames: 1, ...NONE };
  }
}

/** Poll the badge until `done` holds; the last reading either way, so a failed wait can say what it saw. */
export async function waitForBadge(page: Page, done: (b: BadgeReading) => boolean, timeout = 10_000): Promise<BadgeReading> {
  const until = Date.now() + timeout;
  let last = await readBadge(page);
  while (!done(last) && Date.now() < until) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    last = await readBadge(page);
  }
  return last;
}
