/**
 * `VETTED_AB_BUILDS=<chrome-mv3 folder>,<chrome-mv3 folder>… npx tsx tests/bench/script-time-ab.ts [platform…]`:
 * the added script time (CDP ScriptDuration, as bench:overlay's "added script time" row measures
 * it) of several builds of the extension on each platform's saved profile page, load for load in
 * turn with the same page without the extension, without waiting for a badge. For a quick
 * with/without question ("what does the post script cost a profile page?") asked of builds that
 * show no badge at all (a copy of a build with a script taken out of its manifest). On a shared
 * 2-core machine a figure moves by ±5 ms between runs: compare builds within one run only.
 * VETTED_AB_LOADS (default 10) loads per build, after one warm-up load each. A second line per
 * platform gives the added style + layout time, where a reflow a script forces is counted.
 */
import './bench-env';
import { overlayTargets } from './overlay-targets';
import { median } from './stats';
import { inTurn } from './turns';
import { launchUnattached, type UnattachedBrowser } from './unattached-browser';

const builds = (process.env.VETTED_AB_BUILDS ?? '').split(',').map((dir) => dir.trim()).filter(Boolean);
const LOADS = Number(process.env.VETTED_AB_LOADS ?? 10);

async function main(): Promise<void> {
  if (builds.length === 0) throw new Error('VETTED_AB_BUILDS: one or more chrome-mv3 folders, comma-separated');
  const only = process.argv.slice(2);
  for (const target of overlayTargets()) {
    if (only.length && !only.includes(target.platform)) continue;
    // Driven as bench:overlay drives its page loads: no debugger on anything but the tab (unattached-browser.ts).
    const browsers: UnattachedBrowser[] = [await launchUnattached(null)];
    try {
      for (const dir of builds) browsers.push(await launchUnattached({ extensionDir: dir }));
      for (const b of browsers) {
        target.serve(b.server);
        await b.load(target.first.url, false);
      }
      const runs: number[][] = browsers.map(() => []);
      const layouts: number[][] = browsers.map(() => []);
      const tasks: number[][] = browsers.map(() => []);
      for (let i = 0; i < LOADS; i++) {
        for (const [j, b] of inTurn(browsers, i)) {
          const run = await b.load(target.first.url, false);
          runs[j]!.push(run.scriptMs);
          layouts[j]!.push(run.layoutMs);
          tasks[j]!.push(run.taskMs);
        }
      }
      const base = median(runs[0]!) ?? Number.NaN;
      const baseLayout = median(layouts[0]!) ?? Number.NaN;
      const signed = (n: number) => `${n >= 0 ? '+' : ''}${n.toFixed(1)}`;
      const added = builds.map((dir, j) => `${dir}: ${signed((median(runs[j + 1]!) ?? Number.NaN) - base)} ms`);
      console.log(`${target.platform}: without ${base.toFixed(1)} ms; ${added.join('; ')}`);
      // Style and layout (the page's own and any we force): ScriptDuration does not count a forced reflow.
      const addedLayout = builds.map((dir, j) => `${dir}: ${signed((median(layouts[j + 1]!) ?? Number.NaN) - baseLayout)} ms`);
      console.log(`${target.platform} style+layout: without ${baseLayout.toFixed(1)} ms; ${addedLayout.join('; ')}`);
      // Everything on the page's main thread, promise continuations included (ScriptDuration leaves those out).
      const baseTasks = median(tasks[0]!) ?? Number.NaN;
      const addedTasks = builds.map((dir, j) => `${dir}: ${signed((median(tasks[j + 1]!) ?? Number.NaN) - baseTasks)} ms`);
      console.log(`${target.platform} all main-thread tasks: without ${baseTasks.toFixed(1)} ms; ${addedTasks.join('; ')}`);
    } finally {
      for (const b of browsers) await b.close();
    }
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
