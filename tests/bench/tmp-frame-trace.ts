import './bench-env';
import { launchWithExtension } from '../e2e/browser';
import { overlayTargets } from './overlay-targets';
import { installProbes, badgeReadyAt } from './page-probes';
import { benchOverlayFrame } from './overlay-frame-of';
import { controlWorker } from './worker-control';
interface E { name: string; ph: string; ts: number; dur?: number; tdur?: number; pid: number; tid: number; args?: any }
const dir = process.env.PROBE_DIR!;
async function main() {
  const ext = await launchWithExtension({ extensionDir: dir });
  const worker = await controlWorker(ext);
  await installProbes(ext.context);
  const t = overlayTargets().find((x) => x.platform === (process.argv[2] ?? 'youtube'))!;
  t.serve(ext.server);
  const agg = new Map<string, number>();
  const N = 5;
  for (let i = 0; i <= N; i++) {
    await worker.stop();
    const page = await ext.context.newPage();
    const cdp = await ext.context.newCDPSession(page);
    const events: E[] = [];
    cdp.on('Tracing.dataCollected', (m) => void events.push(...(m.value as unknown as E[])));
    const done = new Promise<void>((r) => cdp.once('Tracing.tracingComplete', () => r()));
    await cdp.send('Tracing.start', { categories: 'devtools.timeline,v8,disabled-by-default-devtools.timeline,loading', transferMode: 'ReportEvents' });
    await page.goto(t.first.url, { waitUntil: 'load' });
    const frame = await benchOverlayFrame(page, 20000);
    await frame.waitForFunction(badgeReadyAt, undefined, { timeout: 10000 });
    await cdp.send('Tracing.end'); await done;
    await page.close();
    if (i === 0) continue;
    // the frame's process: the pid of events whose url is chunks/
    const url = (e: E) => e.args?.data?.url ?? e.args?.fileName ?? e.args?.data?.stackTrace?.[0]?.url ?? '';
    const names = new Map(events.filter((e) => e.ph === 'M' && e.name === 'thread_name').map((e) => [`${e.pid}:${e.tid}`, String(e.args?.name)]));
    const stids = new Set(events.filter((e) => /background\.js/.test(url(e))).map((e) => `${e.pid}:${e.tid}`));
    const ftids = new Set(events.filter((e) => /\/chunks\/overlay/.test(url(e))).map((e) => `${e.pid}:${e.tid}`).filter((t) => !stids.has(t)));
    if (i === 1) console.log('frame threads', [...ftids].map((t) => names.get(t)), 'sw threads', [...stids].map((t) => names.get(t)));
    for (const e of events) {
      const th = `${e.pid}:${e.tid}`;
      const who = stids.has(th) ? 'SW' : ftids.has(th) ? 'FRAME' : null;
      if (!who || e.ph !== 'X') continue;
      const key = `${who} ${e.name} ${String(url(e)).replace(/^chrome-extension:\/\/[^/]+\//, '')}`;
      agg.set(key, (agg.get(key) ?? 0) + (e.dur ?? 0) / 1000 / N);
    }
  }
  for (const [k, v] of [...agg].sort((a, b) => b[1] - a[1]).slice(0, 50)) console.log(v.toFixed(2).padStart(8), k);
  await ext.close();
}
void main();
