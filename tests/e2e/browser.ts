import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Frame, type Worker } from 'playwright-core';
import { SERVED_HOSTS, startPageServer, type PageServer } from './https-server';
import { makeTempDir, removeTempDir } from '../temp-dir';

// resolve, not join: an absolute VETTED_OUT_DIR (a build in /tmp) is used as it is, as wxt itself does.
export const OUTPUT_DIR = resolve(import.meta.dirname, '..', '..', process.env.VETTED_OUT_DIR ?? '.output');
export const EXTENSION_DIR = join(OUTPUT_DIR, 'chrome-mv3');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface ExtensionBrowser {
  context: BrowserContext;
  server: PageServer;
  extensionId: string;
  worker: Worker;
  /** Network requests made by the extension's own pages and worker (chrome-extension:// loads excluded). */
  extensionRequests: string[];
  /** Console errors and uncaught exceptions seen on host pages. */
  pageErrors: string[];
  close(): Promise<void>;
}

/**
 * Flags for Debian's Chromium offline: the platform hosts go to the local page server, every other
 * host fails at once (`MAP * ~NOTFOUND`), and nothing phones home (no background networking,
 * component updates or sync). Shared with the benchmarks'
 * browser without the extension, so that "with" and "without" differ only by the extension.
 */
export function offlineChromiumArgs(port: number, extraHosts: ReadonlyArray<{ host: string; port: number }> = []): string[] {
  const rules = [...SERVED_HOSTS.map((h) => `MAP ${h} 127.0.0.1:${port}`), ...extraHosts.map((e) => `MAP ${e.host} 127.0.0.1:${e.port}`), 'MAP * ~NOTFOUND'].join(', ');
  return [
    `--host-resolver-rules=${rules}`,
    '--ignore-certificate-errors',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ];
}

function isExtensionUrl(url: string): boolean {
  return url.startsWith('chrome-extension://');
}

/** Launch Debian's Chromium headless with the built extension, pointed at the local page server. */
export async function launchWithExtension(options: { headless?: boolean; extensionDir?: string; extraHosts?: ReadonlyArray<{ host: string; port: number }> } = {}): Promise<ExtensionBrowser> {
  const extensionDir = options.extensionDir ?? EXTENSION_DIR;
  const server = await startPageServer();
  const userDataDir = makeTempDir('profile-');
  let context: BrowserContext;
  let worker: Worker;
  try {
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM,
      headless: options.headless ?? true,
      args: [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`, ...offlineChromiumArgs(server.port, options.extraHosts)],
    });
    worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  } catch (error) {
    // A failed launch must not leave a browser profile folder behind.
    await server.close().catch(() => {});
    removeTempDir(userDataDir);
    throw error;
  }
  const extensionId = new URL(worker.url()).host;
  const extensionRequests: string[] = [];
  const pageErrors: string[] = [];
  context.on('request', (request) => {
    const url = request.url();
    if (isExtensionUrl(url) || url.startsWith('data:') || url.startsWith('blob:')) return;
    const fromWorker = request.serviceWorker() !== null;
    let frameUrl = '';
    try {
      frameUrl = request.frame().url();
    } catch {
      // Requests from workers have no frame.
    }
    if (fromWorker || isExtensionUrl(frameUrl)) extensionRequests.push(`${request.method()} ${url} (from ${fromWorker ? 'worker' : frameUrl})`);
  });
  context.on('page', (page) => watchPage(page, pageErrors));
  for (const page of context.pages()) watchPage(page, pageErrors);
  return {
    context,
    server,
    extensionId,
    worker,
    extensionRequests,
    pageErrors,
    async close() {
      try {
        await context.close();
        await server.close();
      } finally {
        removeTempDir(userDataDir);
      }
    },
  };
}

function watchPage(page: Page, errors: string[]) {
  page.on('pageerror', (error) => {
    if (/vetted/i.test(error.stack ?? error.message)) errors.push(`pageerror: ${error.message}`);
  });
  page.on('console', (message) => {
    if (message.type() === 'error' && /vetted|chrome-extension:/i.test(`${message.text()} ${message.location().url}`)) errors.push(`console: ${message.text()}`);
  });
}

/**
 * The overlay frames of a page. The page itself cannot find them (they sit in a closed shadow
 * root); the browser's frame tree can. Ours is the one whose element is inside a shadow root: a
 * frame of overlay.html the page made itself (hostile-page.e2e.ts) is not.
 */
export function overlayFrames(page: Page): Frame[] {
  return page.frames().filter((f) => /^chrome-extension:\/\/[^/]+\/overlay\.html(?:[?#]|$)/.test(f.url()));
}

async function isOurs(frame: Frame): Promise<boolean> {
  try {
    // (data-vetted-overlay: the frame of builds before the shadow root, for running new tests against old builds.)
    return await (await frame.frameElement()).evaluate((el) => el.getRootNode() instanceof ShadowRoot || (el as Element).hasAttribute('data-vetted-overlay'));
  } catch {
    return false; // detached meanwhile
  }
}

/** The content script's overlay frames (more than one would be a bug). */
export async function ourOverlayFrames(page: Page): Promise<Frame[]> {
  const ours: Frame[] = [];
  for (const frame of overlayFrames(page)) if (await isOurs(frame)) ours.push(frame);
  return ours;
}

/** The overlay iframe's frame, once the content script has mounted it and its page has loaded. */
export async function overlayFrame(page: Page, timeout = 15_000): Promise<Frame> {
  for (const deadline = Date.now() + timeout; ; await new Promise((resolve) => setTimeout(resolve, 50))) {
    const [frame] = await ourOverlayFrames(page);
    if (frame) {
      await frame.waitForLoadState('domcontentloaded');
      return frame;
    }
    if (Date.now() > deadline) throw new Error(`no overlay frame after ${timeout} ms`);
  }
}

/** The overlay iframe's box in the page (null when it has none). */
export async function overlayBox(frame: Frame) {
  return (await frame.frameElement()).boundingBox();
}
