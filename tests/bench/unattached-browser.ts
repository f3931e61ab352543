import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { CHROMIUM, EXTENSION_DIR, offlineChromiumArgs } from '../e2e/browser';
import { startPageServer, type PageServer } from '../e2e/https-server';
import { makeTempDir, removeTempDir } from '../temp-dir';
import { CdpPipe, type CdpMessage } from './cdp-pipe';
import { BADGE_TIMEOUT_MS, MEASURE_AT_MS, SETTLE_MS, type LoadRun } from './overlay-load-run';
import { PROBES } from './page-probes';

/**
 * The page-load side of bench:overlay: Chromium driven over a bare DevTools pipe that attaches to
 * the tab it loads and to nothing else.
 *
 * Playwright attaches to every target the browser starts (the overlay's out-of-process frame, the
 * extension's service worker), holds each one paused until it has set it up, reports every request,
 * and runs its own scripts (and the bench's probes) in every new document, the frame's initial empty
 * document included. None of that happens in a user's browser, and all of it is on the badge's path
 * and on the "with" side only. Here: no auto-attach, no script run in the host page before its own
 * (long tasks are read afterwards from the browser's buffer), and the badge probe is a file added to
 * a copy of the build's overlay page, as the first script it runs. The frame is attached to only
 * once the page has been measured or the badge is late.
 */
export interface UnattachedBrowser {
  server: PageServer;
  /** One load of `url` in a new tab: the figures of overlay-load-run.ts. */
  load(url: string, withBadge: boolean, pageMetrics?: boolean): Promise<LoadRun>;
  /** Stop the extension's service worker and wait until the browser says it stopped. */
  stopWorker(): Promise<void>;
  close(): Promise<void>;
}

/** When a badge is first looked for: later than any badge this machine shows, so that looking changes nothing. */
const FIRST_LOOK_MS = 1_500;
const POLL_MS = 100;
const LOAD_TIMEOUT_MS = 30_000;

/** A copy of a built extension whose overlay page runs the bench's probe first (page-probes.ts). */
export function probedCopy(extensionDir: string, into: string): string {
  cpSync(extensionDir, into, { recursive: true });
  writeFileSync(join(into, 'bench-probe.js'), PROBES);
  const html = join(into, 'overlay.html');
  const page = readFileSync(html, 'utf8');
  if (!/<head>/.test(page)) throw new Error(`${html}: no <head> to put the probe in`);
  writeFileSync(html, page.replace(/<head>/, '<head>\n    <script src="/bench-probe.js"></script>'));
  return into;
}

interface TargetInfo {
  targetId: string;
  type: string;
  url: string;
  parentId?: string;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function launchUnattached(options: { extensionDir?: string } | null): Promise<UnattachedBrowser> {
  const server = await startPageServer();
  const userDataDir = makeTempDir('bench-cdp-');
  let extensionDir: string | null = null;
  const removeFiles = async () => {
    await server.close();
    removeTempDir(userDataDir);
    if (extensionDir) removeTempDir(extensionDir);
  };
  try {
    extensionDir = options ? probedCopy(options.extensionDir ?? EXTENSION_DIR, makeTempDir('bench-ext-')) : null;
  } catch (error) {
    await removeFiles();
    throw error;
  }
  const args = ['--headless', '--remote-debugging-pipe', `--user-data-dir=${userDataDir}`, ...offlineChromiumArgs(server.port)];
  if (extensionDir) args.push(`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`);
  // A browser that cannot start (Chromium missing) does not throw here: it emits 'error', and its pipe breaks.
  const child: ChildProcess = spawn(CHROMIUM, [...args, 'about:blank'], { stdio: ['ignore', 'ignore', 'ignore', 'pipe', 'pipe'] });
  /** Why the browser could not be started: the pipe's own error says less. */
  let spawnError: Error | null = null;
  child.once('error', (error) => (spawnError = error));
  const cdp = new CdpPipe(child.stdio[3] as Writable, child.stdio[4] as Readable);
  const close = async () => {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    await cdp.send('Browser.close').catch(() => child.kill('SIGKILL'));
    await Promise.race([exited, sleep(5_000)]);
    if (child.exitCode === null) child.kill('SIGKILL');
    await removeFiles();
  };
  const targets = async () => (await cdp.send<{ targetInfos: TargetInfo[] }>('Target.getTargets')).targetInfos;

  let stopWorker = (): Promise<void> => Promise.reject(new Error('no extension in this browser'));
  try {
    // Fails at once when the browser did not start, rather than at the first load.
    await cdp.send('Browser.getVersion');
    if (extensionDir) {
      let extensionId: string | null = null;
      for (const deadline = Date.now() + 10_000; !extensionId; await sleep(50)) {
        const worker = (await targets()).find((t) => t.type === 'service_worker' && t.url.startsWith('chrome-extension://'));
        if (worker) extensionId = new URL(worker.url).host;
        else if (Date.now() > deadline) throw new Error('the extension started no service worker');
      }
      // An inert extension page (its manifest) to stop the worker from: ServiceWorker.stopAllWorkers must
      // come from an extension page, and any page of ours would message the worker and keep it alive.
      const { targetId } = await cdp.send<{ targetId: string }>('Target.createTarget', { url: `chrome-extension://${extensionId}/manifest.json` });
      const { sessionId } = await cdp.send<{ sessionId: string }>('Target.attachToTarget', { targetId, flatten: true });
      const prefix = `chrome-extension://${extensionId}/`;
      let status = 'unknown';
      cdp.on((message) => {
        if (message.sessionId !== sessionId || message.method !== 'ServiceWorker.workerVersionUpdated') return;
        for (const version of (message.params as { versions: Array<{ scriptURL: string; runningStatus: string }> }).versions) {
          if (version.scriptURL.startsWith(prefix)) status = version.runningStatus;
        }
      });
      await cdp.send('ServiceWorker.enable', {}, sessionId);
      stopWorker = async () => {
        if (status === 'stopped') return;
        const stopped = cdp.waitFor(
          (m: CdpMessage) => m.sessionId === sessionId && m.method === 'ServiceWorker.workerVersionUpdated' && status === 'stopped',
          10_000,
          `stopped service worker (last status: ${status})`,
        );
        await cdp.send('ServiceWorker.stopAllWorkers', {}, sessionId);
        await stopped;
      };
    }
  } catch (error) {
    await close();
    throw spawnError ?? error;
  }

  /** Runs `expression` in a target's page and returns its value. */
  const evaluate = async <T>(sessionId: string, expression: string): Promise<T> => {
    const { result, exceptionDetails } = await cdp.send<{ result: { value: T }; exceptionDetails?: { text: string } }>('Runtime.evaluate', { expression, returnByValue: true, awaitPromise: true }, sessionId);
    if (exceptionDetails) throw new Error(`${expression}: ${exceptionDetails.text}`);
    return result.value;
  };

  /** The overlay frame's stamps, epoch ms: [badge ready, first badge, the frame's navigation start]. */
  const frameStamps = async (pageTargetId: string): Promise<[number | null, number | null, number] | null> => {
    const all = await targets();
    const frame = all.find((t) => t.type === 'iframe' && t.url.includes('/overlay.html') && t.parentId === pageTargetId) ?? all.find((t) => t.type === 'iframe' && t.url.includes('/overlay.html'));
    if (!frame) return null;
    const { sessionId } = await cdp.send<{ sessionId: string }>('Target.attachToTarget', { targetId: frame.targetId, flatten: true });
    try {
      return await evaluate<[number | null, number | null, number]>(sessionId, '[globalThis.__benchBadgeReadyAt ?? null, globalThis.__benchBadgeFirstAt ?? null, performance.timeOrigin]');
    } finally {
      await cdp.send('Target.detachFromTarget', { sessionId }).catch(() => undefined);
    }
  };

  async function load(url: string, withBadge: boolean, pageMetrics = true): Promise<LoadRun> {
    const { targetId } = await cdp.send<{ targetId: string }>('Target.createTarget', { url: 'about:blank' });
    try {
      const { sessionId } = await cdp.send<{ sessionId: string }>('Target.attachToTarget', { targetId, flatten: true });
      await cdp.send('Page.enable', {}, sessionId);
      await cdp.send('Performance.enable', {}, sessionId);
      const loaded = cdp.waitFor((m) => m.sessionId === sessionId && m.method === 'Page.loadEventFired', LOAD_TIMEOUT_MS, `load event of ${url}`);
      const started = Date.now();
      await cdp.send('Page.navigate', { url }, sessionId);
      await loaded;
      let stamps: [number | null, number | null, number] | null = null;
      let badgeAt: number | null = null;
      if (withBadge) {
        await sleep(Math.max(0, FIRST_LOOK_MS - (Date.now() - started)));
        for (const deadline = started + BADGE_TIMEOUT_MS; ; await sleep(POLL_MS)) {
          stamps = await frameStamps(targetId);
          badgeAt = stamps?.[0] ?? null;
          if (badgeAt !== null || Date.now() > deadline) break;
        }
      }
      // Waited for from this side's clock (navigation start within a few ms): asking the page for its
      // own would run a script there before the metrics are read.
      const badgeNodeMs = badgeAt === null ? null : badgeAt - started;
      const measureAt = !pageMetrics ? 0 : Math.max(MEASURE_AT_MS, badgeNodeMs !== null ? badgeNodeMs + SETTLE_MS : 0);
      await sleep(Math.max(0, started + measureAt - Date.now()));
      // Retained heap, not garbage that happens to be uncollected: collect first, in both cases.
      await cdp.send('HeapProfiler.collectGarbage', {}, sessionId);
      const { metrics } = await cdp.send<{ metrics: Array<{ name: string; value: number }> }>('Performance.getMetrics', {}, sessionId);
      const metric = (name: string) => metrics.find((m) => m.name === name)?.value ?? Number.NaN;
      // Read after the metrics, so that reading costs the page nothing that is counted.
      const timing = await evaluate<{ origin: number; load: number; dcl: number; tasks: Array<{ duration: number }> | null }>(sessionId, PAGE_TIMING);
      const badgeMs = !withBadge ? null : badgeAt === null ? Number.POSITIVE_INFINITY : badgeAt - timing.origin;
      if (timing.tasks === null) throw new Error('this Chromium does not report long tasks');
      return {
        scriptMs: metric('ScriptDuration') * 1000,
        layoutMs: (metric('LayoutDuration') + metric('RecalcStyleDuration')) * 1000,
        taskMs: metric('TaskDuration') * 1000,
        heapBytes: metric('JSHeapUsedSize'),
        loadEventMs: timing.load,
        domContentLoadedMs: timing.dcl,
        frameMountedMs: stamps ? stamps[2] - timing.origin : null,
        longTasks: timing.tasks.length,
        longTaskMs: timing.tasks.reduce((total, t) => total + t.duration, 0),
        badgeMs,
        firstBadgeMs: stamps?.[1] == null ? null : stamps[1] - timing.origin,
      };
    } finally {
      await cdp.send('Target.closeTarget', { targetId }).catch(() => undefined);
    }
  }

  return { server, load, stopWorker: () => stopWorker(), close };
}

/**
 * Navigation start (epoch ms), DOMContentLoaded, load, and the long tasks the browser buffered since navigation (a buffered
 * PerformanceObserver is answered from that buffer at once; no answer within 200 ms: there were none).
 */
const PAGE_TIMING = `(async () => {
  const nav = performance.getEntriesByType('navigation')[0];
  let tasks = null;
  if (PerformanceObserver.supportedEntryTypes.includes('longtask')) {
    tasks = await new Promise((resolve) => {
      const observer = new PerformanceObserver((list) => { observer.disconnect(); resolve(list.getEntries().map((e) => ({ duration: e.duration }))); });
      observer.observe({ type: 'longtask', buffered: true });
      setTimeout(() => { observer.disconnect(); resolve([]); }, 200);
    });
  }
  return { origin: performance.timeOrigin, load: nav ? nav.loadEventEnd : NaN, dcl: nav ? nav.domContentLoadedEventEnd : NaN, tasks };
})()`;
