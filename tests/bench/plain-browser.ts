import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { CHROMIUM } from '../e2e/browser';
import { SERVED_HOSTS, startPageServer, type PageServer } from '../e2e/https-server';

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
  const userDataDir = mkdtempSync(join(tmpdir(), 'vetted-bench-plain-'));
  const rules = [...SERVED_HOSTS.map((h) => `MAP ${h} 127.0.0.1:${server.port}`), 'MAP * ~NOTFOUND'].join(', ');
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      `--host-resolver-rules=${rules}`,
      '--ignore-certificate-errors',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  return {
    context,
    server,
    async close() {
      await context.close();
      await server.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
