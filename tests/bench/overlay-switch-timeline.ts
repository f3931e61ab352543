/**
 * `npx tsx tests/bench/overlay-switch-timeline.ts [platform…]`: where a warm in-app switch's time
 * goes, on the saved profile pages bench:overlay switches between. bench:overlay gives the switch's
 * total (pushState → badge painted); this splits it, on the same clock (epoch ms), into the app's own
 * render, the worker receiving `page/loading` and the reading, the tab's report written to session
 * storage, the frame told of it and the badge painted. The worker and the frame are observed from
 * outside their code: a listener beside the worker's own, and its `storage.session` calls and
 * IndexedDB opens and transactions wrapped (with OPS=1 each is printed with when it was answered), so every figure carries that small cost too; use it to find
 * where to look, and bench:overlay for the figure itself. VETTED_TIMELINE_SWITCHES (default 10)
 * switches per platform. Builds the tree into .output-bench/ unless VETTED_BENCH_NO_BUILD=1.
 */
import './bench-env';
import { loadavg } from 'node:os';
import type { Frame, Page, Worker } from 'playwright-core';
import { launchWithExtension } from '../e2e/browser';
import { ensureExtensionBuild } from './extension-build';
import { benchOverlayFrame } from './overlay-frame-of';
import { overlayTargets, type OverlayTarget } from './overlay-targets';
import { badgeLog, installProbes } from './page-probes';
import { shimNames } from './name-shim';
import { summarize } from './stats';

const SWITCHES = Number(process.env.VETTED_TIMELINE_SWITCHES ?? 10);
const SHOW_OPS = process.env.OPS === '1';

/** One thing the worker did: a message it received or a session-storage call it made, with when it was answered. */
interface WorkerOp {
  kind: 'message' | 'get' | 'set' | 'idb';
  what: string;
  at: number;
  done: number;
}

type Probed = { __timelineOps?: WorkerOp[]; __timelineChanges?: number[] };

/** The few chrome.* calls made in the worker and the frame, typed here (the tests do not load chrome's types). */
interface ChromeApi {
  runtime: { onMessage: { addListener(listener: (message: { type?: unknown }) => undefined): void } };
  storage: { session: Record<'get' | 'set', (arg: unknown) => Promise<unknown>> & { onChanged: { addListener(listener: (change: Record<string, unknown>) => void): void } } };
}

/** Spelled out for evaluate(): it runs in the worker and sees none of this module. */
function watchWorker(): void {
  const ops: WorkerOp[] = ((globalThis as Probed).__timelineOps = []);
  const now = () => performance.timeOrigin + performance.now();
  const chrome = (globalThis as unknown as { chrome: ChromeApi }).chrome;
  chrome.runtime.onMessage.addListener((message) => {
    ops.push({ kind: 'message', what: `${String(message?.type)} (${JSON.stringify(message).length} chars)`, at: now(), done: 0 });
    return undefined;
  });
  const area = chrome.storage.session;
  for (const kind of ['get', 'set'] as const) {
    const original = area[kind].bind(area);
    area[kind] = (arg: unknown) => {
      const what = typeof arg === 'string' ? arg : Array.isArray(arg) ? arg.join(',') : Object.keys(arg as object).join(',');
      const op: WorkerOp = { kind, what, at: now(), done: 0 };
      ops.push(op);
      return original(arg).then((value) => ((op.done = now()), value));
    };
  }
  // IndexedDB: each open (until success) and each transaction (until complete).
  const open = indexedDB.open.bind(indexedDB);
  indexedDB.open = (name: string, version?: number) => {
    const op: WorkerOp = { kind: 'idb', what: `open ${name}`, at: now(), done: 0 };
    ops.push(op);
    const request = open(name, version);
    request.addEventListener('success', () => (op.done = now()));
    return request;
  };
  const transaction = IDBDatabase.prototype.transaction;
  IDBDatabase.prototype.transaction = function (this: IDBDatabase, ...args: Parameters<IDBDatabase['transaction']>) {
    const stores = args[0];
    const op: WorkerOp = { kind: 'idb', what: `${args[1] ?? 'readonly'} ${typeof stores === 'string' ? stores : Array.from(stores).join(',')}`, at: now(), done: 0 };
    ops.push(op);
    const tx = transaction.apply(this, args);
    tx.addEventListener('complete', () => (op.done = now()));
    return tx;
  };
}

/** In the overlay frame: when session storage told it of a tab's state. */
function watchFrame(): void {
  const changes: number[] = ((globalThis as Probed).__timelineChanges = []);
  (globalThis as unknown as { chrome: ChromeApi }).chrome.storage.session.onChanged.addListener((change) => {
    if (Object.keys(change).some((key) => key.startsWith('tab:'))) changes.push(performance.timeOrigin + performance.now());
  });
}

// Emptied in place: the listeners above keep pushing to these same arrays.
const takeOps = () => (globalThis as Probed).__timelineOps?.splice(0) ?? [];
const takeChanges = () => (globalThis as Probed).__timelineChanges?.splice(0) ?? [];

const PHASES = ['app render done', 'worker: page/loading', 'worker: reading', 'report written', 'frame told', 'badge painted'] as const;
type Phase = (typeof PHASES)[number];

async function timeline(page: Page, worker: Worker, frame: Frame, target: OverlayTarget, log: (line: string) => void): Promise<Record<Phase, number[]>> {
  const phases = Object.fromEntries(PHASES.map((phase) => [phase, [] as number[]])) as Record<Phase, number[]>;
  for (let i = 0; i < SWITCHES; i++) {
    const toNext = i % 2 === 0;
    const key = toNext ? target.next.key : `${target.platform}:${target.first.handle}`;
    await worker.evaluate(takeOps);
    await frame.evaluate(takeChanges);
    const started = await target.switchTo(page, toNext ? target.next.url : target.first.url);
    await page.waitForTimeout(800);
    const ops = await worker.evaluate(takeOps);
    const changes = await frame.evaluate(takeChanges);
    const shown = (await frame.evaluate(badgeLog)).find((entry) => entry.key === key && entry.at >= started.startedAt);
    const since = (at: number | undefined) => (at === undefined ? Number.NaN : at - started.startedAt);
    const messages = ops.filter((op) => op.kind === 'message');
    const report = ops.filter((op) => op.kind === 'set' && op.what.startsWith('tab:')).at(-1);
    const row: Record<Phase, number> = {
      'app render done': started.appRenderMs,
      'worker: page/loading': since(messages.find((op) => op.what.startsWith('page/loading'))?.at),
      'worker: reading': since(messages.find((op) => op.what.startsWith('snapshot/submit'))?.at),
      'report written': since(report?.done),
      'frame told': since(changes.at(-1)),
      'badge painted': since(shown?.at),
    };
    for (const phase of PHASES) phases[phase].push(row[phase]);
    log(`${target.platform} switch ${i + 1}: ${PHASES.map((phase) => `${phase} ${row[phase].toFixed(0)}`).join(' · ')} ms`);
    if (SHOW_OPS) for (const op of ops) log(`    ${since(op.at).toFixed(1).padStart(7)} ${op.kind.padEnd(7)} ${op.what.slice(0, 50).padEnd(50)} ${op.done ? `answered ${since(op.done).toFixed(1)}` : ''}`);
    await page.waitForTimeout(300);
  }
  return phases;
}

async function main(): Promise<void> {
  const log = (line: string) => console.log(line);
  ensureExtensionBuild((line) => log(`[timeline] ${line}`));
  const only = process.argv.slice(2);
  const browser = await launchWithExtension();
  try {
    await installProbes(browser.context);
    await browser.worker.evaluate('globalThis.__name ??= (fn) => fn; undefined');
    await browser.worker.evaluate(watchWorker);
    const lines: string[] = [];
    for (const target of overlayTargets()) {
      if (only.length && !only.includes(target.platform)) continue;
      target.serve(browser.server);
      const page = await browser.context.newPage();
      const loadBefore = loadavg()[0] ?? 0;
      try {
        await page.goto(target.first.url, { waitUntil: 'load' });
        await page.waitForTimeout(1500);
        await target.prepare(page);
        const frame = await benchOverlayFrame(page, 10_000);
        await shimNames(frame);
        await frame.evaluate(watchFrame);
        const phases = await timeline(page, browser.worker, frame, target, log);
        const medians = PHASES.map((phase) => `${phase} ${summarize(phases[phase].filter(Number.isFinite))?.median.toFixed(0) ?? '—'}`);
        lines.push(`${target.platform}: medians of ${SWITCHES} switches, ms after the pushState: ${medians.join(' · ')} (load average ${loadBefore.toFixed(1)} → ${(loadavg()[0] ?? 0).toFixed(1)})`);
      } finally {
        await page.close();
      }
    }
    log('');
    for (const line of lines) log(line);
  } finally {
    await browser.close();
  }
}

await main();
