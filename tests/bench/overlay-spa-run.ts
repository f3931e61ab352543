import type { BrowserContext, Frame, Page } from 'playwright-core';
import { benchOverlayFrame } from './overlay-frame-of';
import { BADGE_TIMEOUT_MS } from './overlay-load-run';
import type { OverlayTarget } from './overlay-targets';
import { badgeLog, type BadgeShown } from './page-probes';

export interface SwitchRun {
  /** pushState → first frame painted with the badge ready for the creator switched to; Infinity: never. */
  badgeMs: number;
  /** Of which the app's own API fetch (YouTube, X), before the data can exist on the page at all. */
  appFetchMs: number;
  /** The app's own render of the next profile (Instagram, TikTok): pushState → the page's thread next free after drawing it; our reading, which runs right after the app's script, included. */
  appRenderMs: number;
  /** Whether the overlay frame was still the same one after the switch (it should be reused). */
  sameFrame: boolean;
}

async function shownAfter(page: Page, key: string, since: number): Promise<{ shown: BadgeShown | null; frame: Frame | null }> {
  const until = Date.now() + BADGE_TIMEOUT_MS;
  for (;;) {
    const frame = await benchOverlayFrame(page, BADGE_TIMEOUT_MS).catch(() => null);
    const log = frame ? await frame.evaluate(badgeLog).catch(() => [] as BadgeShown[]) : [];
    const shown = log.find((entry) => entry.key === key && entry.at >= since) ?? null;
    if (shown || Date.now() > until) return { shown, frame };
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/**
 * `switches` SPA navigations in one tab with a warm worker, back and forth between the target's
 * two profiles, each timed from the app's pushState to the badge painted ready for that creator.
 */
export async function measureSwitches(context: BrowserContext, target: OverlayTarget, switches: number): Promise<SwitchRun[]> {
  const page = await context.newPage();
  try {
    await page.goto(target.first.url, { waitUntil: 'load' });
    const firstKey = `${target.platform}:${target.first.handle}`;
    const startedAt = await page.evaluate(() => performance.timeOrigin);
    if (!(await shownAfter(page, firstKey, startedAt)).shown) throw new Error(`${target.platform}: no badge for ${firstKey} after loading ${target.first.url}`);
    await target.prepare(page);
    const runs: SwitchRun[] = [];
    for (let i = 0; i < switches; i++) {
      const toNext = i % 2 === 0;
      const url = toNext ? target.next.url : target.first.url;
      const key = toNext ? target.next.key : firstKey;
      const frameBefore = await benchOverlayFrame(page, BADGE_TIMEOUT_MS);
      const started = await target.switchTo(page, url);
      const { shown, frame } = await shownAfter(page, key, started.startedAt);
      runs.push({ badgeMs: shown ? shown.at - started.startedAt : Number.POSITIVE_INFINITY, appFetchMs: started.appFetchMs, appRenderMs: started.appRenderMs, sameFrame: frame === frameBefore });
      // Let the page and the worker settle, as a user reads the badge before the next profile.
      await page.waitForTimeout(300);
    }
    return runs;
  } finally {
    await page.close();
  }
}
