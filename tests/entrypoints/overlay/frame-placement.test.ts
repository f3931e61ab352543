import { describe, expect, it, vi } from 'vitest';
import { clampPlacement, mountOverlayFrame, parseFrameMessage } from '../../../lib/content/overlay-frame';
import { COLLAPSED_KEY, positionKey, readCollapsed, readPosition, writeCollapsed, writePosition, type SettingsArea } from '../../../entrypoints/overlay/overlay-settings';

describe('content script side: what the overlay may ask of its frame', () => {
  it('accepts size, move and place, clamped; ignores anything else', () => {
    expect(parseFrameMessage({ type: 'size', width: 9_999, height: 10 })).toEqual({ type: 'size', width: 480, height: 40 });
    expect(parseFrameMessage({ type: 'move', dx: 3.4, dy: -7 })).toEqual({ type: 'move', dx: 3, dy: -7, commit: false });
    expect(parseFrameMessage({ type: 'move', dx: 0, dy: 0, commit: true })).toEqual({ type: 'move', dx: 0, dy: 0, commit: true });
    expect(parseFrameMessage({ type: 'place', right: -5, bottom: 40 })).toEqual({ type: 'place', right: 0, bottom: 40 });
    expect(parseFrameMessage({ type: 'drag', phase: 'move', clientX: 10.4, clientY: -3 })).toEqual({ type: 'drag', phase: 'move', clientX: 10, clientY: -3 });
    for (const bad of [
      null,
      'size',
      { type: 'resize', width: 200, height: 80 },
      { type: 'size', width: '200', height: 80 },
      { type: 'move', dx: Number.NaN, dy: 0 },
      { type: 'place', right: Number.POSITIVE_INFINITY, bottom: 0 },
      { type: 'remove' },
      { type: 'drag', phase: 'fling', clientX: 1, clientY: 1 },
      { type: 'drag', phase: 'move', clientX: 1 },
      { type: 'guard', on: 'yes' },
      { type: 'check', id: 1.5 },
    ]) {
      expect(parseFrameMessage(bad)).toBeNull();
    }
  });

  it('keeps the frame inside the viewport and its height within 70 % of it', () => {
    const viewport = { width: 1000, height: 800 };
    expect(clampPlacement({ right: 16, bottom: 16, width: 412, height: 700 }, viewport)).toEqual({ right: 16, bottom: 16, width: 412, height: 560 });
    expect(clampPlacement({ right: 900, bottom: -50, width: 300, height: 80 }, viewport)).toEqual({ right: 700, bottom: 0, width: 300, height: 80 });
    expect(clampPlacement({ right: 10, bottom: 790, width: 300, height: 80 }, viewport)).toEqual({ right: 10, bottom: 720, width: 300, height: 80 });
  });
});

describe('mountOverlayFrame', () => {
  const controller = new AbortController();
  const act = (el: HTMLElement, type: string, init: PointerEventInit) => el.dispatchEvent(new PointerEvent(type, { bubbles: true, ...init }));
  const tick = () => new Promise((resolve) => setTimeout(resolve, 5));
  const TOKEN = '0123456789abcdef0123456789abcdef';

  /**
   * Mount into this test's document, catching the closed shadow root as it is made (the page
   * could not: its prototypes are not the content script's). The frame's window is a stand-in
   * that records what is posted to it; its end of the port is what the test talks through.
   */
  async function mount() {
    let root: ShadowRoot | null = null;
    const attach = HTMLElement.prototype.attachShadow;
    const spy = vi.spyOn(HTMLElement.prototype, 'attachShadow').mockImplementation(function (this: HTMLElement, init: ShadowRootInit) {
      root = attach.call(this, init);
      return root;
    });
    const posted: Array<{ data: unknown; origin: string; ports: MessagePort[] }> = [];
    const hijacked = vi.fn();
    const frame = mountOverlayFrame(document, 'chrome-extension://0f1e-dynamic/overlay.html?platform=tiktok', controller.signal, {
      targetOrigin: 'chrome-extension://abcdef',
      token: Promise.resolve(TOKEN),
      onHijacked: hijacked,
    });
    spy.mockRestore();
    const iframe = root!.querySelector('iframe')!;
    Object.defineProperty(iframe, 'contentWindow', { value: { postMessage: (data: unknown, origin: string, ports: MessagePort[]) => posted.push({ data, origin, ports }) } });
    iframe.dispatchEvent(new Event('load'));
    await tick();
    const port = posted[0]!.ports[0]!;
    const replies: Array<Record<string, unknown>> = [];
    port.onmessage = (event: MessageEvent) => replies.push(event.data as Record<string, unknown>);
    const send = async (data: unknown) => {
      port.postMessage(data);
      await tick();
    };
    return { frame, iframe, root: root!, posted, replies, send, hijacked };
  }

  it('hides the frame in a closed shadow root and hands its port over once, with the token, to the exact origin', async () => {
    const { frame, iframe, root, posted, hijacked } = await mount();
    const host = root.host as HTMLElement;
    expect(host.shadowRoot).toBeNull();
    expect(host.attributes.length).toBe(1); // its style only
    expect(document.querySelector('iframe')).toBeNull();
    expect(new URL(iframe.src).searchParams.get('platform')).toBe('tiktok');
    expect(iframe.style.getPropertyValue('right')).toBe('16px');
    expect(iframe.style.getPropertyPriority('right')).toBe('important');
    expect(posted).toHaveLength(1);
    expect(posted[0]).toMatchObject({ data: { type: 'vetted/connect', token: TOKEN }, origin: 'chrome-extension://abcdef' });
    // A second load is a navigation someone else made: the frame is replaced, the port not re-sent.
    iframe.dispatchEvent(new Event('load'));
    await tick();
    expect(hijacked).toHaveBeenCalledTimes(1);
    expect(posted).toHaveLength(1);
    frame.remove();
    expect(host.isConnected).toBe(false);
  });

  it('follows size, move and place over the port only, and answers over it', async () => {
    const { frame, iframe, replies, send } = await mount();
    await send({ type: 'size', width: 300, height: 90 });
    expect(iframe.style.getPropertyValue('width')).toBe('300px');
    expect(iframe.style.getPropertyValue('height')).toBe('90px');
    await send({ type: 'move', dx: -100, dy: -50, commit: true });
    expect(iframe.style.getPropertyValue('right')).toBe('116px');
    expect(iframe.style.getPropertyValue('bottom')).toBe('66px');
    expect(replies.at(-1)).toMatchObject({ type: 'placed', right: 116, bottom: 66, commit: true });
    // The page's window messages, in the old protocol's shape or the new one, move nothing.
    window.dispatchEvent(new MessageEvent('message', { data: { type: 'place', right: 0, bottom: 0 }, origin: 'chrome-extension://abcdef' }));
    window.dispatchEvent(new MessageEvent('message', { data: { type: 'place', right: 0, bottom: 0 }, origin: 'https://www.tiktok.com', source: window }));
    await tick();
    expect(iframe.style.getPropertyValue('right')).toBe('116px');
    await send({ type: 'place', right: 40, bottom: 30 });
    expect(iframe.style.getPropertyValue('right')).toBe('40px');
    expect(replies.at(-1)).toMatchObject({ right: 40, bottom: 30, commit: false });
    // A drag past the edge stops at the edge.
    await send({ type: 'move', dx: 5_000, dy: 5_000 });
    expect(replies.at(-1)).toMatchObject({ right: 0, bottom: 0 });
    frame.remove();
  });

  it('gives the open panel its whole height, whatever it holds: the page cannot tell a saved note from its size', async () => {
    const { frame, iframe, replies, send } = await mount();
    await send({ type: 'size', width: 400, height: 600 });
    const open = iframe.style.getPropertyValue('height');
    expect(open).toBe(`${replies.at(-1)!.maxHeight}px`);
    // The same panel after a save shows the saved note, 33 px taller; a shorter one, fewer rows.
    await send({ type: 'size', width: 400, height: 633 });
    expect(iframe.style.getPropertyValue('height')).toBe(open);
    await send({ type: 'size', width: 400, height: 300 });
    expect(iframe.style.getPropertyValue('height')).toBe(open);
    // The badge keeps its own size.
    await send({ type: 'size', width: 300, height: 90 });
    expect(iframe.style.getPropertyValue('height')).toBe('90px');
    frame.remove();
  });

  it('follows a pointer drag from where it started, inside the frame and on a shield outside it', async () => {
    const { frame, iframe, replies, send } = await mount();
    await send({ type: 'size', width: 300, height: 90 });
    let box = { left: 684, top: 694 };
    iframe.getBoundingClientRect = () => box as DOMRect;
    await send({ type: 'drag', phase: 'start', clientX: 16, clientY: 16 });
    const shield = document.body.lastElementChild as HTMLElement;
    expect(shield.style.getPropertyValue('position')).toBe('fixed');
    expect(shield.style.getPropertyValue('z-index')).toBe('2147483645');
    expect(iframe.style.getPropertyValue('pointer-events')).toBe('none');
    await send({ type: 'drag', phase: 'move', clientX: -4, clientY: 6 });
    expect(iframe.style.getPropertyValue('right')).toBe('36px');
    expect(iframe.style.getPropertyValue('bottom')).toBe('26px');
    act(shield, 'pointermove', { clientX: 500, clientY: 510, buttons: 1 });
    expect(iframe.style.getPropertyValue('right')).toBe('216px');
    expect(iframe.style.getPropertyValue('bottom')).toBe('216px');
    box = { left: 484, top: 494 };
    await send({ type: 'drag', phase: 'move', clientX: 16, clientY: 16 });
    expect(iframe.style.getPropertyValue('right')).toBe('216px');
    act(shield, 'pointerup', { clientX: 490, clientY: 500, buttons: 0 });
    expect(shield.isConnected).toBe(false);
    expect(iframe.style.getPropertyValue('pointer-events')).toBe('');
    await tick();
    expect(replies.at(-1)).toMatchObject({ right: 226, bottom: 226, commit: true });
    await send({ type: 'drag', phase: 'move', clientX: 0, clientY: 0 });
    expect(iframe.style.getPropertyValue('right')).toBe('226px');
    frame.remove();
  });

  it('removes itself and stops listening', async () => {
    const { frame, iframe, send } = await mount();
    frame.remove();
    expect(frame.isConnected()).toBe(false);
    await send({ type: 'place', right: 50, bottom: 50 });
    expect(iframe.style.getPropertyValue('right')).toBe('16px');
  });
});

describe('overlay settings in storage.local', () => {
  function memoryArea(initial: Record<string, unknown> = {}): SettingsArea & { data: Record<string, unknown> } {
    const data = { ...initial };
    return { data, get: async (key) => (key in data ? { [key]: data[key] } : {}), set: async (items) => void Object.assign(data, items) };
  }

  it('remembers the position per platform and the collapse state', async () => {
    const area = memoryArea();
    expect(await readPosition(area, 'x')).toBeNull();
    expect(await readCollapsed(area)).toBe(true);
    await writePosition(area, 'x', { right: 120.4, bottom: 80 });
    await writeCollapsed(area, false);
    expect(area.data).toEqual({ [positionKey('x')]: { right: 120, bottom: 80 }, [COLLAPSED_KEY]: false });
    expect(positionKey('x')).toBe('overlay:position:x');
    expect(await readPosition(area, 'x')).toEqual({ right: 120, bottom: 80 });
    expect(await readPosition(area, 'instagram')).toBeNull();
    expect(await readCollapsed(area)).toBe(false);
  });

  it('ignores stored values that are not in shape', async () => {
    const area = memoryArea({ [positionKey('x')]: { right: 'far', bottom: 1 }, [COLLAPSED_KEY]: 'yes' });
    expect(await readPosition(area, 'x')).toBeNull();
    expect(await readCollapsed(area)).toBe(true);
  });
});
