import type { BrowserContext, CDPSession } from 'playwright-core';

interface WorkerVersion {
  scriptURL: string;
  runningStatus: 'stopped' | 'starting' | 'running' | 'stopping';
}

/**
 * A CDP session with the ServiceWorker domain enabled, opened on an extension page, that keeps
 * the latest running status of each of the extension's worker versions. (Playwright keeps listing
 * a stopped worker and only reports it closed with the context, so CDP is the source of truth.)
 *
 * One such page per browser, kept open: closing a tab fires tabs.onRemoved, which the worker
 * listens to, so closing the probe's own tab would start the worker it had just stopped.
 */
const sessions = new WeakMap<BrowserContext, ReturnType<typeof openWorkerSession>>();

function workerSession(context: BrowserContext, extensionId: string) {
  let session = sessions.get(context);
  if (!session) {
    session = openWorkerSession(context, extensionId);
    sessions.set(context, session);
  }
  return session;
}

async function openWorkerSession(context: BrowserContext, extensionId: string) {
  const prefix = `chrome-extension://${extensionId}/`;
  const page = await context.newPage();
  await page.goto(`${prefix}manifest.json`);
  const cdp: CDPSession = await context.newCDPSession(page);
  const status = new Map<string, WorkerVersion['runningStatus']>();
  const listeners = new Set<() => void>();
  cdp.on('ServiceWorker.workerVersionUpdated', (event: { versions: Array<WorkerVersion & { versionId: string }> }) => {
    for (const v of event.versions) if (v.scriptURL.startsWith(prefix)) status.set(v.versionId, v.runningStatus);
    for (const listener of listeners) listener();
  });
  await cdp.send('ServiceWorker.enable');
  const waitFor = (done: () => boolean, ms: number, message: string) =>
    new Promise<void>((resolve, reject) => {
      const check = () => {
        if (!done()) return;
        listeners.delete(check);
        clearTimeout(timer);
        resolve();
      };
      const timer = setTimeout(() => {
        listeners.delete(check);
        reject(new Error(`${message} (statuses: ${JSON.stringify([...status.values()])})`));
      }, ms);
      listeners.add(check);
      check();
    });
  return {
    cdp,
    /** Null until CDP has reported the extension's versions. */
    running: () => (status.size === 0 ? null : [...status.values()].some((s) => s !== 'stopped')),
    waitFor,
  };
}

/**
 * Stop the extension's service worker the way the browser does after 30 s idle. Playwright keeps
 * the worker alive, so this sends CDP `ServiceWorker.stopAllWorkers` from an extension page
 * (https://chromedevtools.github.io/devtools-protocol/tot/ServiceWorker/). Resolves once CDP reports
 * it stopped; the next message or event starts a fresh worker with empty globals.
 */
export async function stopWorker(context: BrowserContext, extensionId: string): Promise<void> {
  const session = await workerSession(context, extensionId);
  await session.cdp.send('ServiceWorker.stopAllWorkers');
  await session.waitFor(() => session.running() === false, 5_000, 'the service worker did not stop');
}

/** Whether a worker of the extension is running (or starting) right now. */
export async function workerRunning(context: BrowserContext, extensionId: string): Promise<boolean> {
  const session = await workerSession(context, extensionId);
  await session.waitFor(() => session.running() !== null, 2_000, 'CDP reported no worker version');
  return session.running() === true;
}
