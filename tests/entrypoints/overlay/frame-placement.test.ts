import { describe, expect, it } from 'vitest';
import { clampPlacement, mountOverlayFrame, parseFrameMessage } from '../../../lib/content/overlay-frame';
import { parsePlacedMessage } from '../../../entrypoints/overlay/frame-channel';
import { COLLAPSED_KEY, positionKey, readCollapsed, readPosition, writeCollapsed, writePosition, type SettingsArea } from '../../../entrypoints/overlay/overlay-settings';

describe('content script side: what the overlay may ask of its frame', () => {
  it('accepts size, move and place, clamped; ignores anything else', () => {
    expect(parseFrameMessage({ source: 'vetted-overlay', type: 'size', width: 9_999, height: 10 })).toEqual({ type: 'size', width: 480, height: 40 });
    expect(parseFrameMessage({ source: 'vetted-overlay', type: 'move', dx: 3.4, dy: -7 })).toEqual({ type: 'move', dx: 3, dy: -7, commit: false });
    expect(parseFrameMessage({ source: 'vetted-overlay', type: 'move', dx: 0, dy: 0, commit: true })).toEqual({ type: 'move', dx: 0, dy: 0, commit: true });
    expect(parseFrameMessage({ source: 'vetted-overlay', type: 'place', right: -5, bottom: 40 })).toEqual({ type: 'place', right: 0, bottom: 40 });
    expect(parseFrameMessage({ source: 'vetted-overlay', type: 'drag', phase: 'move', clientX: 10.4, clientY: -3 })).toEqual({ type: 'drag', phase: 'move', clientX: 10, clientY: -3 });
    for (const bad of [
      null,
      'size',
      { source: 'other', type: 'size', width: 200, height: 80 },
      { source: 'vetted-overlay', type: 'size', width: '200', height: 80 },
      { source: 'vetted-overlay', type: 'move', dx: Number.NaN, dy: 0 },
      { source: 'vetted-overlay', type: 'place', right: Number.POSITIVE_INFINITY, bottom: 0 },
      { source: 'vetted-overlay', type: 'remove' },
      { source: 'vetted-overlay', type: 'drag', phase: 'fling', clientX: 1, clientY: 1 },
      { source: 'vetted-overlay', type: 'drag', phase: 'move', clientX: 1 },
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

  /**
   * A stand-in iframe: happy-dom would try to load the chrome-extension:// page. Everything the
   * content script touches (style, dataset, contentWindow, the window's message events) is real.
   */
  function mount() {
    const replies: unknown[] = [];
    const contentWindow = { postMessage: (message: object, target: string) => void replies.push({ ...message, target }) };
    let connected = false;
    const iframe = {
      src: '',
      title: '',
      dataset: {} as DOMStringMap,
      style: document.createElement('div').style,
      contentWindow,
      setAttribute: () => {},
      getBoundingClientRect: () => ({ left: 0, top: 0 }) as DOMRect,
      remove: () => void (connected = false),
      get isConnected() {
        return connected;
      },
    };
    const doc = {
      createElement: (tag: string) => (tag === 'iframe' ? iframe : document.createElement(tag)),
      defaultView: window,
      documentElement: { clientWidth: 1000, clientHeight: 800 },
      body: { appendChild: (el: unknown) => (el === iframe ? void (connected = true) : document.body.appendChild(el as Node)) },
    } as unknown as Document;
    const frame = mountOverlayFrame(doc, 'chrome-extension://0f1e-dynamic/overlay.html', 'tiktok', controller.signal, 'abcdef');
    const send = (data: unknown, origin = 'chrome-extension://abcdef', source: unknown = contentWindow) =>
      window.dispatchEvent(new MessageEvent('message', { data, origin, source: source as Window }));
    return { frame, iframe, replies, send };
  }

  it('tells the overlay its platform, and follows size and drag requests from it only', () => {
    const { iframe, replies, send } = mount();
    expect(iframe.isConnected).toBe(true);
    expect(new URL(iframe.src).searchParams.get('platform')).toBe('tiktok');
    expect(iframe.dataset.vettedOverlay).toBe('tiktok');
    expect(iframe.style.getPropertyValue('right')).toBe('16px');
    expect(iframe.style.getPropertyPriority('right')).toBe('important');
    send({ source: 'vetted-overlay', type: 'size', width: 300, height: 90 });
    expect(iframe.style.getPropertyValue('width')).toBe('300px');
    expect(iframe.style.getPropertyValue('height')).toBe('90px');
    send({ source: 'vetted-overlay', type: 'move', dx: -100, dy: -50, commit: true });
    expect(iframe.style.getPropertyValue('right')).toBe('116px');
    expect(iframe.style.getPropertyValue('bottom')).toBe('66px');
    expect(replies.at(-1)).toMatchObject({ source: 'vetted-frame', type: 'placed', right: 116, bottom: 66, commit: true });
    // The host page (another source) or another origin cannot move it.
    send({ source: 'vetted-overlay', type: 'place', right: 0, bottom: 0 }, 'https://www.tiktok.com', window);
    send({ source: 'vetted-overlay', type: 'place', right: 0, bottom: 0 }, 'chrome-extension://other');
    expect(replies.every((r) => (r as { target: string }).target === 'chrome-extension://abcdef')).toBe(true);
    expect(iframe.style.getPropertyValue('right')).toBe('116px');
    send({ source: 'vetted-overlay', type: 'place', right: 40, bottom: 30 });
    expect(iframe.style.getPropertyValue('right')).toBe('40px');
    expect(replies.at(-1)).toMatchObject({ right: 40, bottom: 30, commit: false });
    // The frame's own (dynamic) host is accepted too: that is what Firefox reports.
    send({ source: 'vetted-overlay', type: 'place', right: 41, bottom: 30 }, 'chrome-extension://0f1e-dynamic');
    expect(iframe.style.getPropertyValue('right')).toBe('41px');
    // A drag past the edge stops at the edge.
    send({ source: 'vetted-overlay', type: 'move', dx: 5_000, dy: 5_000 });
    expect(replies.at(-1)).toMatchObject({ right: 0, bottom: 0 });
  });

  it('follows a pointer drag from where it started, inside the frame and on a shield outside it', () => {
    const { iframe, replies, send } = mount();
    send({ source: 'vetted-overlay', type: 'size', width: 300, height: 90 });
    // The frame sits at (684, 694) in the 1000 × 800 page, 16 px from the corner.
    let box = { left: 684, top: 694 };
    iframe.getBoundingClientRect = () => box as DOMRect;
    send({ source: 'vetted-overlay', type: 'drag', phase: 'start', clientX: 16, clientY: 16 });
    const shield = document.body.lastElementChild as HTMLElement;
    expect(shield.style.getPropertyValue('position')).toBe('fixed');
    expect(shield.style.getPropertyValue('z-index')).toBe('2147483645');
    // The frame lets the pointer through to the shield while the button is down.
    expect(iframe.style.getPropertyValue('pointer-events')).toBe('none');
    send({ source: 'vetted-overlay', type: 'drag', phase: 'move', clientX: -4, clientY: 6 });
    expect(iframe.style.getPropertyValue('right')).toBe('36px');
    expect(iframe.style.getPropertyValue('bottom')).toBe('26px');
    // On the shield, in page coordinates, from the same start point (700, 710).
    act(shield, 'pointermove', { clientX: 500, clientY: 510, buttons: 1 });
    expect(iframe.style.getPropertyValue('right')).toBe('216px');
    expect(iframe.style.getPropertyValue('bottom')).toBe('216px');
    // Reported by the overlay again: mapped with the frame's box where it now is.
    box = { left: 484, top: 494 };
    send({ source: 'vetted-overlay', type: 'drag', phase: 'move', clientX: 16, clientY: 16 });
    expect(iframe.style.getPropertyValue('right')).toBe('216px');
    act(shield, 'pointerup', { clientX: 490, clientY: 500, buttons: 0 });
    expect(shield.isConnected).toBe(false);
    expect(iframe.style.getPropertyValue('pointer-events')).toBe('');
    expect(replies.at(-1)).toMatchObject({ right: 226, bottom: 226, commit: true });
    // After the gesture, stray moves do nothing.
    send({ source: 'vetted-overlay', type: 'drag', phase: 'move', clientX: 0, clientY: 0 });
    expect(iframe.style.getPropertyValue('right')).toBe('226px');
  });

  it('a shield whose button is no longer down ends the drag rather than block the page', () => {
    const { send } = mount();
    send({ source: 'vetted-overlay', type: 'drag', phase: 'start', clientX: 5, clientY: 5 });
    const shield = document.body.lastElementChild as HTMLElement;
    act(shield, 'pointermove', { clientX: 400, clientY: 600, buttons: 0 });
    expect(shield.isConnected).toBe(false);
  });

  it('removes itself and stops listening', () => {
    const { frame, iframe, send } = mount();
    frame.remove();
    expect(iframe.isConnected).toBe(false);
    send({ source: 'vetted-overlay', type: 'place', right: 50, bottom: 50 });
    expect(iframe.style.getPropertyValue('right')).toBe('16px');
  });
});

describe('overlay side: answers from the frame', () => {
  const placed = { source: 'vetted-frame', type: 'placed', right: 20, bottom: 30, maxHeight: 500, commit: true };
  const parent = {} as Window;

  it('accepts only its parent, on a platform host over HTTPS, in shape', () => {
    expect(parsePlacedMessage({ data: placed, origin: 'https://www.instagram.com', source: parent }, parent)).toEqual(placed);
    expect(parsePlacedMessage({ data: placed, origin: 'https://www.instagram.com', source: {} as Window }, parent)).toBeNull();
    expect(parsePlacedMessage({ data: placed, origin: 'http://www.instagram.com', source: parent }, parent)).toBeNull();
    expect(parsePlacedMessage({ data: placed, origin: 'https://evil.example', source: parent }, parent)).toBeNull();
    expect(parsePlacedMessage({ data: { ...placed, right: -1 }, origin: 'https://x.com', source: parent }, parent)).toBeNull();
    expect(parsePlacedMessage({ data: { ...placed, source: 'vetted-overlay' }, origin: 'https://x.com', source: parent }, parent)).toBeNull();
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
