import { describe, expect, it, vi } from 'vitest';
import { acceptFrameChannel } from '../../../entrypoints/overlay/frame-channel';

const REAL = '0123456789abcdef0123456789abcdef';
const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

/** A framed overlay's window: its parent is the platform page, which can post to it as well as our content script can. */
function framedWindow() {
  const parent = { postMessage: vi.fn() } as unknown as Window;
  const listeners = new Set<(event: MessageEvent) => void>();
  const win = {
    parent,
    addEventListener: (_type: string, l: (event: MessageEvent) => void) => listeners.add(l),
    removeEventListener: (_type: string, l: (event: MessageEvent) => void) => listeners.delete(l),
  } as unknown as Window;
  const offer = (data: unknown, source: unknown = parent, ports: MessagePort[] = [new MessageChannel().port2]) => {
    for (const l of [...listeners]) l({ data, source, ports } as unknown as MessageEvent);
  };
  return { win, parent, offer, listening: () => listeners.size };
}

describe('the overlay end of the frame channel', () => {
  it("takes the first offer the background confirms, ignores the page's, and never posts to the page", async () => {
    const { win, parent, offer, listening } = framedWindow();
    const asked: string[] = [];
    const link = acceptFrameChannel(win, async (token) => {
      asked.push(token);
      return token === REAL;
    });
    let settled = false;
    void link.then(() => (settled = true));
    // The page's attempts: a made-up token, no port, another source, the wrong shape.
    offer({ type: 'vetted/connect', token: 'f'.repeat(32) });
    offer({ type: 'vetted/connect', token: REAL }, parent, []);
    offer({ type: 'vetted/connect', token: REAL }, {});
    offer({ type: 'placed', right: 20_000, bottom: 20_000, maxHeight: 5_000, commit: true });
    await tick();
    expect(settled).toBe(false);
    expect(asked).toEqual(['f'.repeat(32)]);
    // Ours: the token the background gave our content script.
    const channel = new MessageChannel();
    offer({ type: 'vetted/connect', token: REAL }, parent, [channel.port2]);
    const connected = await link;
    expect(connected.token).toBe(REAL);
    expect(listening()).toBe(0);
    // Answers come over the port, checked; nothing ever went to the page's window.
    const heard: unknown[] = [];
    connected.listen((answer) => heard.push(answer));
    channel.port1.postMessage({ type: 'placed', right: 20, bottom: 30, maxHeight: 500, commit: false });
    channel.port1.postMessage({ type: 'placed', right: -1, bottom: 30, maxHeight: 500, commit: false });
    await tick();
    expect(heard).toEqual([{ type: 'placed', right: 20, bottom: 30, maxHeight: 500, commit: false }]);
    const sent: unknown[] = [];
    channel.port1.onmessage = (event) => sent.push(event.data);
    connected.post({ type: 'size', width: 300, height: 90 });
    await tick();
    expect(sent).toEqual([{ type: 'size', width: 300, height: 90 }]);
    expect(parent.postMessage).not.toHaveBeenCalled();
    channel.port1.close();
  });

  it("the link starts with what the background's confirmation carried; a refusal carries nothing into any link", async () => {
    const { win, offer } = framedWindow();
    const link = acceptFrameChannel(win, async (token) => (token === REAL ? { tabId: 7, state: null } : false));
    offer({ type: 'vetted/connect', token: 'f'.repeat(32) });
    await tick();
    const channel = new MessageChannel();
    offer({ type: 'vetted/connect', token: REAL }, win.parent, [channel.port2]);
    const connected = await link;
    expect(connected.token).toBe(REAL);
    expect(connected.start).toEqual({ tabId: 7, state: null });
    channel.port1.close();
  });
});
