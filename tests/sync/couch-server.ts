import { spawn, type ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { makeTempDir } from '../temp-dir';

/**
 * A real CouchDB-protocol server for the sync tests: pouchdb-server (express-pouchdb) on
 * 127.0.0.1, storing in a temporary folder (so that it can be stopped and started again with its
 * data, as a team's server goes down and comes back), with an admin, one user per teammate and the
 * team database that only those users may use. Never a hand-written fake.
 */
export interface CouchServer {
  port: number;
  /** http://127.0.0.1:port — the extension itself only talks https: the tests map an https address onto it. */
  origin: string;
  dbName: string;
  admin: { name: string; password: string };
  stop(): Promise<void>;
  start(): Promise<void>;
  /** Stop and remove the temporary folder. */
  close(): Promise<void>;
  /** As the admin: a request to the server (test set-up and checks only). */
  request(method: string, path: string, body?: unknown): Promise<{ status: number; json: unknown }>;
}

const BIN = join(import.meta.dirname, '..', '..', 'node_modules', 'pouchdb-server', 'bin', 'pouchdb-server');

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

async function waitUntilUp(origin: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`pouchdb-server exited (${child.exitCode}): ${output().slice(-2000)}`);
    try {
      const response = await fetch(`${origin}/`);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(`pouchdb-server did not answer within 60 s: ${output().slice(-2000)}`);
}

export async function startCouchServer(options: { users: ReadonlyArray<{ name: string; password: string }>; dbName?: string }): Promise<CouchServer> {
  const dir = makeTempDir('vetted-couch-');
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const admin = { name: 'admin', password: 'admin-secret' };
  const dbName = options.dbName ?? 'team-shortlist';
  let child: ChildProcess | null = null;

  async function start(): Promise<void> {
    let output = '';
    // cwd is the temporary folder: pouchdb-server writes its config.json and log.txt there.
    const proc = spawn(process.execPath, [BIN, '--dir', join(dir, 'data'), '--port', String(port), '--host', '127.0.0.1', '--no-stdout-logs'], {
      cwd: dir,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    proc.stdout?.on('data', (d: Buffer) => (output += d.toString()));
    proc.stderr?.on('data', (d: Buffer) => (output += d.toString()));
    child = proc;
    await waitUntilUp(origin, proc, () => output);
  }

  async function stop(): Promise<void> {
    const proc = child;
    child = null;
    if (!proc || proc.exitCode !== null) return;
    await new Promise<void>((resolve) => {
      proc.once('exit', () => resolve());
      proc.kill('SIGTERM');
    });
  }

  async function request(method: string, path: string, body?: unknown): Promise<{ status: number; json: unknown }> {
    const response = await fetch(`${origin}${path}`, {
      method,
      headers: { authorization: `Basic ${Buffer.from(`${admin.name}:${admin.password}`).toString('base64')}`, 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    return { status: response.status, json: text ? JSON.parse(text) : null };
  }

  await start();
  // Leave "admin party": from here on only the admin and the users below get in.
  await fetch(`${origin}/_config/admins/${admin.name}`, { method: 'PUT', body: JSON.stringify(admin.password) });
  for (const user of options.users) {
    await request('PUT', `/_users/org.couchdb.user:${user.name}`, { name: user.name, password: user.password, roles: [], type: 'user' });
  }
  await request('PUT', `/${dbName}`);
  await request('PUT', `/${dbName}/_security`, { admins: { names: [], roles: [] }, members: { names: options.users.map((u) => u.name), roles: [] } });

  return {
    port,
    origin,
    dbName,
    admin,
    stop,
    start,
    request,
    async close() {
      await stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
