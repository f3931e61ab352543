import './bench-env';
import { launchWithExtension } from '../e2e/browser';
import { overlayTargets } from './overlay-targets';
import { installProbes, badgeReadyAt } from './page-probes';
import { benchOverlayFrame } from './overlay-frame-of';
import { controlWorker } from './worker-control';
const dirs = process.env.PROBE_DIR!.split(',');
async function main() {
  const only = process.argv.slice(2);
  const exts = [];
  for (const dir of dirs) { const ext = await launchWithExtension({ extensionDir: dir }); const worker = await controlWorker(ext); await installProbes(ext.context); exts.push({ dir, ext, worker }); }
  for (const t of overlayTargets()) {
    if (only.length && !only.includes(t.platform)) continue;
    for (const { ext } of exts) t.serve(ext.server);
    const allRows = new Map<string, Record<string, number>[]>(dirs.map((d) => [d, []]));
    for (let i = 0; i < 9; i++) for (const { dir, ext, worker } of exts) {
      const rows = allRows.get(dir)!;
      await worker.stop();
      const page = await ext.context.newPage();
      await page.goto(t.first.url, { waitUntil: 'load' });
      const frame = await benchOverlayFrame(page, 20000);
      await frame.waitForFunction(badgeReadyAt, undefined, { timeout: 10000 });
      const pageOrigin = await page.evaluate(() => performance.timeOrigin);
      const dcl = await page.evaluate(() => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).domContentLoadedEventStart);
      const mounted = await page.evaluate(() => (globalThis as any).__benchFrameMountedAt ?? null);
      const f = await frame.evaluate(() => {
        const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
        const out: Record<string, number> = { origin: performance.timeOrigin, fStart: 0, fResp: nav.responseEnd, fInteractive: nav.domInteractive, fDcl: nav.domContentLoadedEventEnd, ready: ((globalThis as any).__benchBadgeReadyAt ?? NaN) - performance.timeOrigin };
        for (const m of performance.getEntriesByType('mark')) if (m.name.startsWith('v:') && !(m.name in out)) out[m.name] = m.startTime;
        let lastRes = 0; for (const r of performance.getEntriesByType('resource')) lastRes = Math.max(lastRes, (r as PerformanceResourceTiming).responseEnd); out.lastRes = lastRes;
        return out;
      });
      const off = f.origin! - pageOrigin;
      const row: Record<string, number> = { dcl, mounted: mounted === null ? NaN : mounted - pageOrigin };
      for (const [k, v] of Object.entries(f)) if (k !== 'origin') row[k] = v + off;
      rows.push(row);
      await page.close();
    }
    for (const [dir, rows] of allRows) {
    const keys = Object.keys(rows[0]!).filter((k) => k !== 'mounted');
    const med = (k: string) => { const s = rows.map((r) => r[k]!).filter((v) => !Number.isNaN(v)).sort((a, b) => a - b); return s.length ? s[Math.floor(s.length / 2)]! : NaN; };
    console.log(t.platform, dir, keys.map((k) => `${k}=${med(k).toFixed(0)}`).join(' '));
    }
  }
  for (const { ext } of exts) await ext.close();
}
void main();
