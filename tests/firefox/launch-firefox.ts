import { existsSync } from 'node:fs';
import puppeteer, { type Browser } from 'puppeteer-core';
import { startConnectProxy, type ConnectProxy } from '../e2e/connect-proxy';
import { startPageServer, type PageServer } from '../e2e/https-server';
import { makeTempDir, removeTempDir } from '../temp-dir';
import { ensureFirefoxBuild } from './firefox-build';

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

export function firefoxInstalled(): boolean {
  return existsSync(FIREFOX);
}

export interface FirefoxWithExtension {
  browser: Browser;
  server: PageServer;
  proxy: ConnectProxy;
  extensionId: string;
  /** Lines Firefox printed about errors in moz-extension:// scripts (ours: the only extension). */
  extensionErrors: string[];
  close(): Promise<void>;
}

/**
 * Firefox has no --host-resolver-rules, so every request goes through a local proxy that sends
 * HTTPS to the page server (which answers 404 for hosts it does not serve) and answers plain HTTP
 * with 404 itself. Failover to a direct connection is off: nothing leaves the machine, Firefox's
 * own remote-settings fetches included.
 */
function offlineProxyPrefs(proxyPort: number): Record<string, unknown> {
  return {
    'network.proxy.type': 1,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': proxyPort,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': proxyPort,
    'network.proxy.share_proxy_settings': false,
    'network.proxy.no_proxies_on': '',
    'network.proxy.failover_direct': false,
    'network.trr.mode': 5,
    'network.http.http3.enable': false,
    'network.captive-portal-service.enabled': false,
    'network.connectivity-service.enabled': false,
  };
}

/** Headless Firefox ESR over WebDriver BiDi with the Firefox build installed as a temporary add-on. */
export async function launchFirefoxWithExtension(): Promise<FirefoxWithExtension> {
  const extensionDir = ensureFirefoxBuild();
  const server = await startPageServer();
  const proxy = await startConnectProxy(server.port);
  const profileDir = makeTempDir('firefox-profile-');
  const browser = await puppeteer.launch({
    browser: 'firefox',
    protocol: 'webDriverBiDi',
    headless: true,
    executablePath: FIREFOX,
    // The page server's certificate is a throw-away self-signed one.
    acceptInsecureCerts: true,
    extraPrefsFirefox: offlineProxyPrefs(proxy.port),
    // Under the tests' one temporary root rather than puppeteer's own folder in the system's.
    userDataDir: profileDir,
  });
  // Firefox reports uncaught errors of extension scripts on its own stderr; BiDi does not see
  // errors inside moz-extension frames, so this is the only way to catch a crashing overlay.
  const extensionErrors: string[] = [];
  const collect = (chunk: Buffer) => {
    for (const line of chunk.toString('utf8').split('\n')) {
      if (/moz-extension:\/\//.test(line) && /error/i.test(line)) extensionErrors.push(line.trim());
    }
  };
  browser.process()?.stderr?.on('data', collect);
  browser.process()?.stdout?.on('data', collect);
  const extensionId = await browser.installExtension(extensionDir);
  return {
    browser,
    server,
    proxy,
    extensionId,
    extensionErrors,
    async close() {
      await browser.close();
      await proxy.close();
      await server.close();
      removeTempDir(profileDir);
    },
  };
}
