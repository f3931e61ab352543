import { chromium, type BrowserContext } from 'playwright-core';
import { CHROMIUM, offlineChromiumArgs } from '../e2e/browser';
import { startPageServer, type PageServer } from '../e2e/https-server';
import { makeTempDir, removeTempDir } from '../temp-dir';

export interface PlainBrowser {
  context: BrowserContext;
  server: PageServer;
  close(): Promise<void>;
}

/**
 * The same Chromium, flags and page server as launchWithExtension(), without the extension: the
 * "without" side of every with/without comparison.
 */
export async function launchWithoutExtension(): Promise<PlainBrowser> {
  const server = await startPageServer();
  const userDataDir = makeTempDir('bench-plain-');
  const context = await chromium.launchPersistentContext(userDataDir, { executablePath: CHROMIUM, headless: true, args: offlineChromiumArgs(server.port) });
  return {
    context,
    server,
    async close() {
      await context.close();
      await server.close();
      removeTempDir(userDataDir);
    },
  };
}
