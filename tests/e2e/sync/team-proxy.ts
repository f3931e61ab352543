import { request as httpRequest } from 'node:http';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { makeCertificate } from '../https-server';

export interface TeamProxy {
  port: number;
  close(): Promise<void>;
}

/**
 * The team's https address in front of the local pouchdb-server (http on 127.0.0.1): Vetted only
 * talks to https servers. Every request and response is passed through unchanged, streamed (the
 * replication's long-polled `_changes` included); nothing is answered here.
 */
export async function startTeamProxy(targetOrigin: string): Promise<TeamProxy> {
  const target = new URL(targetOrigin);
  const { key, cert } = makeCertificate();
  const server: Server = createServer({ key, cert }, (req, res) => {
    const upstream = httpRequest(
      { host: target.hostname, port: target.port, method: req.method, path: req.url, headers: { ...req.headers, host: target.host } },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    upstream.on('error', () => {
      if (!res.headersSent) res.writeHead(502, { 'content-type': 'application/json' });
      res.end('{"error":"unreachable","reason":"the team server is down"}');
    });
    req.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
