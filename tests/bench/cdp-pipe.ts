import type { Readable, Writable } from 'node:stream';

/**
 * The Chrome DevTools Protocol over `--remote-debugging-pipe` (the browser reads commands on its fd 3
 * and writes on its fd 4, each message JSON ended by a NUL byte), with flat sessions: the smallest
 * client that can drive a page without attaching to every target the browser starts, as Playwright
 * does (unattached-browser.ts says why that matters).
 */
export interface CdpMessage {
  id?: number;
  method?: string;
  params?: Record<string, unknown>;
  result?: unknown;
  error?: { message: string };
  sessionId?: string;
}

/** Splits the pipe's bytes into messages: a message may arrive in several chunks, several in one. */
export class NulFramer {
  private pending: Buffer[] = [];

  push(chunk: Buffer): string[] {
    const messages: string[] = [];
    let start = 0;
    for (let end = chunk.indexOf(0); end >= 0; end = chunk.indexOf(0, start)) {
      this.pending.push(chunk.subarray(start, end));
      messages.push(Buffer.concat(this.pending).toString('utf8'));
      this.pending = [];
      start = end + 1;
    }
    if (start < chunk.length) this.pending.push(chunk.subarray(start));
    return messages;
  }
}

export class CdpPipe {
  private nextId = 0;
  private readonly calls = new Map<number, { resolve(value: unknown): void; reject(error: Error): void; method: string }>();
  private readonly listeners = new Set<(message: CdpMessage) => void>();
  private closed = false;

  constructor(
    private readonly out: Writable,
    input: Readable,
  ) {
    const framer = new NulFramer();
    input.on('data', (chunk: Buffer) => {
      for (const text of framer.push(chunk)) this.dispatch(JSON.parse(text) as CdpMessage);
    });
    input.on('close', () => this.fail(new Error('the browser closed its DevTools pipe')));
    // A browser that never started (or died) breaks the pipe: its calls fail instead of the process crashing on the stream's error.
    const broken = (error: Error) => this.fail(new Error(`the DevTools pipe broke: ${error.message}`));
    out.on('error', broken);
    input.on('error', broken);
  }

  send<T = Record<string, unknown>>(method: string, params: Record<string, unknown> = {}, sessionId?: string): Promise<T> {
    if (this.closed) return Promise.reject(new Error(`${method}: the DevTools pipe is closed`));
    const id = ++this.nextId;
    return new Promise<T>((resolve, reject) => {
      this.calls.set(id, { resolve: resolve as (value: unknown) => void, reject, method });
      this.out.write(`${JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) })}\0`);
    });
  }

  /** Every event, until the returned function is called. */
  on(listener: (message: CdpMessage) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** The first event `match` accepts, or an error after `timeoutMs`. */
  waitFor(match: (message: CdpMessage) => boolean, timeoutMs: number, what: string): Promise<CdpMessage> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        off();
        reject(new Error(`no ${what} within ${timeoutMs} ms`));
      }, timeoutMs);
      const off = this.on((message) => {
        if (!match(message)) return;
        clearTimeout(timer);
        off();
        resolve(message);
      });
    });
  }

  private dispatch(message: CdpMessage): void {
    const call = message.id === undefined ? undefined : this.calls.get(message.id);
    if (call) {
      this.calls.delete(message.id!);
      if (message.error) call.reject(new Error(`${call.method}: ${message.error.message}`));
      else call.resolve(message.result);
      return;
    }
    for (const listener of [...this.listeners]) listener(message);
  }

  private fail(error: Error): void {
    this.closed = true;
    for (const call of this.calls.values()) call.reject(error);
    this.calls.clear();
  }
}
