import { createServer, type Server } from 'node:http';
import { connect, type AddressInfo, type Socket } from 'node:net';

export interface ConnectProxy {
  port: number;
  /** Every host:port asked for through CONNECT, and every plain-HTTP URL, in order. */
  log: string[];
  close(): Promise<void>;
}

/**
 * A tiny forward proxy that sends every HTTPS connection to one local port (the page server).
 * Firefox has no --host-resolver-rules, and network.dns.localDomains maps a name to localhost
 * only on the URL's own port (443); a proxy keeps the real host name in the CONNECT line, the
 * TLS SNI and the Host header, so https://www.instagram.com/... reaches the page server as it
 * would the real site. Hosts the server does not serve get its 404 rather than a refused tunnel:
 * Firefox reports a refused tunnel in a subframe (YouTube's accounts.google.com frame) as a failed
 * top-level navigation. Plain HTTP gets a 404 here. Either way nothing leaves the machine.
 */
export async function startConnectProxy(targetPort: number): Promise<ConnectProxy> {
  const log: string[] = [];
  const sockets = new Set<Socket>();
  const track = (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  };
  const server: Server = createServer((req, res) => {
    log.push(req.url ?? '');
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  });
  server.on('connection', track);
  server.on('connect', (req, client: Socket, head: Buffer) => {
    log.push(req.url ?? '');
    const upstream = connect(targetPort, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head.length) upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    track(upstream);
    upstream.on('error', () => client.destroy());
    client.on('error', () => upstream.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    log,
    close: () =>
      new Promise((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
