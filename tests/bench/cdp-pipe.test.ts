import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { CdpPipe, NulFramer } from './cdp-pipe';

const frame = (value: object) => Buffer.from(`${JSON.stringify(value)}\0`);

describe('NulFramer', () => {
  it('joins a message sent in several chunks and splits several sent in one', () => {
    const framer = new NulFramer();
    const bytes = Buffer.concat([frame({ id: 1 }), frame({ method: 'A' }), frame({ id: 2, result: { é: 'ü' } })]);
    const messages: string[] = [];
    // Cut at every byte, multi-byte characters included: only the NUL ends a message.
    for (let i = 0; i < bytes.length; i++) messages.push(...framer.push(bytes.subarray(i, i + 1)));
    expect(messages.map((m) => JSON.parse(m))).toEqual([{ id: 1 }, { method: 'A' }, { id: 2, result: { é: 'ü' } }]);
    expect(framer.push(bytes).map((m) => JSON.parse(m))).toHaveLength(3);
  });
});

describe('CdpPipe', () => {
  const connect = () => {
    const toBrowser = new PassThrough();
    const fromBrowser = new PassThrough();
    const sent: Array<{ id: number; method: string; params: object; sessionId?: string }> = [];
    toBrowser.on('data', (chunk: Buffer) => {
      for (const text of chunk.toString('utf8').split('\0').filter(Boolean)) sent.push(JSON.parse(text));
    });
    return { pipe: new CdpPipe(toBrowser, fromBrowser), sent, reply: (value: object) => fromBrowser.write(frame(value)), fromBrowser };
  };
  const tick = () => new Promise((resolve) => setImmediate(resolve));

  it('answers each call by its id, in any order, and tells the session', async () => {
    const { pipe, sent, reply } = connect();
    const first = pipe.send('Target.getTargets');
    const second = pipe.send('Runtime.evaluate', { expression: '1' }, 'S1');
    await tick();
    expect(sent).toEqual([
      { id: 1, method: 'Target.getTargets', params: {} },
      { id: 2, method: 'Runtime.evaluate', params: { expression: '1' }, sessionId: 'S1' },
    ]);
    reply({ id: 2, result: { value: 1 } });
    reply({ id: 1, result: { targetInfos: [] } });
    await expect(first).resolves.toEqual({ targetInfos: [] });
    await expect(second).resolves.toEqual({ value: 1 });
  });

  it('rejects a call the browser refuses, naming the method', async () => {
    const { pipe, reply } = connect();
    const call = pipe.send('Page.navigate', { url: 'x' });
    reply({ id: 1, error: { message: 'Invalid URL' } });
    await expect(call).rejects.toThrow('Page.navigate: Invalid URL');
  });

  it('hands events to listeners, and waitFor to the first that matches or a timeout', async () => {
    const { pipe, reply } = connect();
    const seen: string[] = [];
    const off = pipe.on((m) => seen.push(m.method ?? ''));
    const loaded = pipe.waitFor((m) => m.method === 'Page.loadEventFired' && m.sessionId === 'S', 1_000, 'load');
    reply({ method: 'Page.loadEventFired', sessionId: 'other' });
    reply({ method: 'Page.loadEventFired', sessionId: 'S', params: { timestamp: 1 } });
    await expect(loaded).resolves.toMatchObject({ sessionId: 'S', params: { timestamp: 1 } });
    off();
    reply({ method: 'After' });
    await tick();
    expect(seen).toEqual(['Page.loadEventFired', 'Page.loadEventFired']);
    await expect(pipe.waitFor(() => false, 10, 'nothing')).rejects.toThrow('no nothing within 10 ms');
  });

  it('fails its calls, instead of throwing, when writing to the browser breaks (it never started)', async () => {
    const toBrowser = new PassThrough();
    const pipe = new CdpPipe(toBrowser, new PassThrough());
    const call = pipe.send('Browser.getVersion');
    toBrowser.destroy(Object.assign(new Error('write EPIPE'), { code: 'EPIPE' }));
    await expect(call).rejects.toThrow('the DevTools pipe broke: write EPIPE');
    await expect(pipe.send('Browser.getVersion')).rejects.toThrow('the DevTools pipe is closed');
  });

  it('fails pending and later calls once the browser closes the pipe', async () => {
    const { pipe, fromBrowser } = connect();
    const pending = pipe.send('Browser.getVersion');
    fromBrowser.destroy();
    await expect(pending).rejects.toThrow('closed its DevTools pipe');
    await expect(pipe.send('Browser.getVersion')).rejects.toThrow('the DevTools pipe is closed');
  });
});
