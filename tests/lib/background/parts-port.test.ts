/**
 * The background's port for requests in parts: the joined request is routed with the port's own
 * sender, exactly as if sent whole, and answered on the port; a port that brings anything else is
 * closed with nothing routed; another port's name is not ours to serve.
 */
import { describe, expect, it, vi } from 'vitest';
import { servePartsPort, type PartsPort } from '../../../lib/background/parts-port';
import { PARTS_PORT, partsOf } from '../../../lib/messages/message-parts';

function fakePort(name = PARTS_PORT) {
  const listeners: Array<(message: unknown) => void> = [];
  const port = {
    name,
    sender: { id: 'ext', url: 'https://www.youtube.com/@a', tab: { id: 7 }, frameId: 0 },
    onMessage: { addListener: vi.fn((listener: (message: unknown) => void) => listeners.push(listener)) },
    postMessage: vi.fn(),
    disconnect: vi.fn(),
  } satisfies PartsPort;
  return { port, bring: (message: unknown) => listeners.forEach((listener) => listener(message)) };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('servePartsPort', () => {
  it('routes the joined request with the sender of the port, and answers on it', async () => {
    const { port, bring } = fakePort();
    const route = vi.fn(async () => ({ ok: true, capture: null }));
    servePartsPort(port, route);
    const request = { type: 'capture/read', pageUrl: 'https://www.youtube.com/@a', text: '{"a":"'.concat('x'.repeat(100_000), '"}') };
    for (const part of partsOf(request)!) bring(part);
    await settle();
    expect(route).toHaveBeenCalledExactlyOnceWith(request, port.sender);
    expect(port.postMessage).toHaveBeenCalledExactlyOnceWith({ ok: true, capture: null });
    expect(port.disconnect).not.toHaveBeenCalled();
  });

  it('closes a port that brings anything but parts and the request, routing nothing', async () => {
    const { port, bring } = fakePort();
    const route = vi.fn(async () => ({ ok: true }));
    servePartsPort(port, route);
    bring({ type: 'capture/read', pageUrl: 'https://www.youtube.com/@a', text: 'x' });
    await settle();
    expect(port.disconnect).toHaveBeenCalled();
    expect(route).not.toHaveBeenCalled();
  });

  it("leaves another port's messages alone", () => {
    const { port } = fakePort('someone-else');
    servePartsPort(port, vi.fn());
    expect(port.onMessage.addListener).not.toHaveBeenCalled();
  });

  it('a port with no sender is routed as a sender of nothing, which the router refuses', async () => {
    const { port, bring } = fakePort();
    const unsent = { ...port, sender: undefined };
    const route = vi.fn(async () => ({ ok: false }));
    servePartsPort(unsent, route);
    for (const part of partsOf({ type: 'capture/read', pageUrl: 'https://x.com/a', text: 'x'.repeat(50_000) })!) bring(part);
    await settle();
    expect(route).toHaveBeenCalledWith(expect.objectContaining({ type: 'capture/read' }), {});
  });
});
