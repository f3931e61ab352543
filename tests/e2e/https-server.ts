import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { makeTempDir, removeTempDir } from '../temp-dir';

export const SERVED_HOSTS = ['www.instagram.com', 'www.tiktok.com', 'www.youtube.com', 'x.com'] as const;

/**
 * A throw-away certificate for the platform hosts, made fresh for each run (never committed). Its
 * folder is removed as soon as the key is read: a private key must not outlive the test run.
 */
/** A fresh self-signed certificate for the served hosts; `folder` is where it was made, removed already. */
export function makeCertificate(): { key: Buffer; cert: Buffer; folder: string } {
  const dir = makeTempDir('cert-');
  try {
    execFileSync('openssl', [
      'req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem'),
      '-days', '2', '-subj', '/CN=www.instagram.com',
      '-addext', `subjectAltName=${SERVED_HOSTS.map((h) => `DNS:${h}`).join(',')}`,
    ], { stdio: 'ignore' });
    return { key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')), folder: dir };
  } finally {
    removeTempDir(dir);
  }
}

export interface Route {
  /** Full URL the page is served at, e.g. https://www.instagram.com/celebface/ */
  url: string;
  body: string | (() => string);
  contentType?: string;
}

export interface PageServer {
  port: number;
  /** Every request that reached the server: method, host and path. */
  log: Array<{ host: string; path: string }>;
  setRoute(route: Route): void;
  close(): Promise<void>;
}

/**
 * Serves saved pages at their real URLs. Chromium maps the platform hosts to this server with
 * --host-resolver-rules, so content scripts run on "www.instagram.com" exactly as in the field.
 */
export async function startPageServer(): Promise<PageServer> {
  const routes = new Map<string, Route>();
  const log: PageServer['log'] = [];
  const { key, cert } = makeCertificate();
  const server: Server = createServer({ key, cert }, (req, res) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '');
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    log.push({ host, path });
    const route = routes.get(`${host}${path}`);
    if (!route) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const body = typeof route.body === 'function' ? route.body() : route.body;
    res.writeHead(200, { 'content-type': route.contentType ?? 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    log,
    setRoute(route) {
      const url = new URL(route.url);
      routes.set(`${url.hostname}${url.pathname}`, route);
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
