/**
 * `[VETTED_BENCH_BEFORE=<chrome-mv3 folder>] npx tsx tests/bench/overlay-switch-script-time.ts [platform…]`:
 * the host page's script time for one in-app switch between the saved profiles bench:overlay
 * switches between (CDP `ScriptDuration` read before the switch and 700 ms after it), the app's own
 * part included (the same for every build). Switches to the other profile and back are counted
 * apart: on YouTube and X only the first fetches, and the page-world script copies that response.
 * With VETTED_BENCH_BEFORE, that build is measured too, a round each in turn. VETTED_SWITCHES
 * (default 12) switches per round, VETTED_ROUNDS (default 2) rounds per build. Builds the tree into
 * .output-bench/ unless VETTED_BENCH_NO_BUILD=1.
 */
import './bench-env';
import { launchWithExtension } from '../e2e/browser';
import { ensureExtensionBuild } from './extension-build';
import { benchOverlayFrame } from './overlay-frame-of';
import { overlayTargets, type OverlayTarget } from './overlay-targets';
import { summarize } from './stats';

const SWITCHES = Number(process.env.VETTED_SWITCHES ?? 12);
const ROUNDS = Number(process.env.VETTED_ROUNDS ?? 2);

/** Script time of each switch, to the other profile and back, in one browser with `extensionDir`. */
async function round(extensionDir: string, target: OverlayTarget): Promise<{ next: number[]; back: number[] }> {
  const browser = await launchWithExtension({ extensionDir });
  try {
    target.serve(browser.server);
    const page = await browser.context.newPage();
    const cdp = await browser.context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const scriptMs = async () => ((await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'ScriptDuration')?.value ?? Number.NaN) * 1000;
    await page.goto(target.first.url, { waitUntil: 'load' });
    await page.waitForTimeout(2000);
    // The switch is a function built by tsx, which names its helpers with __name.
    await page.evaluate('globalThis.__name ??= (fn) => fn; undefined');
    await target.prepare(page);
    await benchOverlayFrame(page, 10_000);
    const next: number[] = [];
    const back: number[] = [];
    for (let i = 0; i < SWITCHES; i++) {
      const toNext = i % 2 === 0;
      const before = await scriptMs();
      await target.switchTo(page, toNext ? target.next.url : target.first.url);
      await page.waitForTimeout(700);
      (toNext ? next : back).push((await scriptMs()) - before);
    }
    return { next, back };
  } finally {
    await browser.close();
  }
}

async function main(): Promise<void> {
  const tree = ensureExtensionBuild((line) => console.log(`[switch-script] ${line}`));
  const builds: Array<[string, string]> = [['tree', tree]];
  const before = process.env.VETTED_BENCH_BEFORE?.trim();
  if (before) builds.push([`before (${before})`, before]);
  const only = process.argv.slice(2);
  for (const target of overlayTargets()) {
    if (only.length && !only.includes(target.platform)) continue;
    for (let r = 0; r < ROUNDS; r++) {
      for (const [name, dir] of builds) {
        const { next, back } = await round(dir, target);
        const median = (values: number[]) => summarize(values)?.median.toFixed(1) ?? '—';
        console.log(`${target.platform} · ${name} · round ${r + 1}: script time per switch, median of ${next.length} to the other profile ${median(next)} ms, of ${back.length} back ${median(back)} ms`);
      }
    }
  }
}

await main();
