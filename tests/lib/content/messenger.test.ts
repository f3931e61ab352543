/**
 * The content script's one way to the background: a request goes as one message, unless its page
 * data or fetched response is too large for one cheap message; then in parts over a port of its own,
 * answered on that port; a port the background closes first answers null, as a failed message does.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { send } from '../../../lib/content/messenger';
import { PARTS_PORT, PART_CHARS } from '../../../lib/messages/message-parts';
import { partsPortTo } from './parts-port-stub';

const sendMessage = vi.fn(async (request: { type: string }): Promise<unknown> => ({ ok: true, echoed: request.type }));
const connect = vi.fn((info: { name: string }) => partsPortTo((r) => sendMessage(r as { type: string }))(info));
vi.mock('wxt/browser', () => ({ browser: { runtime: { id: 'test-extension', sendMessage: (r: { type: string }) => sendMessage(r), connect: (info: { name: string }) => connect(info) } } }));

afterEach(() => {
  sendMessage.mockClear();
  connect.mockClear();
});

describe('send', () => {
  it('a request of ordinary size: one message', async () => {
    await expect(send({ type: 'capture/read', pageUrl: 'https://www.youtube.com/@a', text: 'x'.repeat(PART_CHARS) })).resolves.toEqual({ ok: true, echoed: 'capture/read' });
    expect(connect).not.toHaveBeenCalled();
    expect(sendMessage).toHaveBeenCalledTimes(1);
  });

  it("a YouTube answer of 300,000 characters: in parts over the parts port, whole at the background's end, answered there", async () => {
    const text = JSON.stringify({ contents: 'x"y'.repeat(75_000) });
    await expect(send({ type: 'capture/read', pageUrl: 'https://www.youtube.com/@a', text })).resolves.toEqual({ ok: true, echoed: 'capture/read' });
    expect(connect).toHaveBeenCalledExactlyOnceWith({ name: PARTS_PORT });
    expect(sendMessage).toHaveBeenCalledExactlyOnceWith({ type: 'capture/read', pageUrl: 'https://www.youtube.com/@a', text });
  });

  it('answers null when the port cannot be opened (the extension was reloaded) or closes unanswered', async () => {
    connect.mockImplementationOnce(() => {
      throw new Error('Extension context invalidated.');
    });
    await expect(send({ type: 'post/read-page', pageUrl: 'https://x.com/a/status/1', extract: 'e'.repeat(PART_CHARS + 1) })).resolves.toBeNull();
    // A port the background closes before it answers.
    connect.mockImplementationOnce(() => ({
      name: PARTS_PORT,
      onMessage: { addListener: () => {} },
      onDisconnect: { addListener: (listener: () => void) => queueMicrotask(listener) },
      postMessage: () => {},
      disconnect: () => {},
    }) as never);
    await expect(send({ type: 'post/read-page', pageUrl: 'https://x.com/a/status/1', extract: 'e'.repeat(PART_CHARS + 1) })).resolves.toBeNull();
    expect(sendMessage).not.toHaveBeenCalled();
  });
});
