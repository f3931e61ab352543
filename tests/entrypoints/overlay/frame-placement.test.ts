import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ProfileHeader } from '../../../lib/platforms/page-path';
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

/**
 * The page's rendering step, by hand: happy-dom lays nothing out and its ResizeObserver never
 * reports. `layout()` reports every observed element as the browser would right after a layout,
 * with the viewport's size for the frame's probe (the only element the frame observes).
 */
const observers = new Set<{ targets: Set<Element>; report: ResizeObserverCallback; self: ResizeObserver }>();
class LayoutObserver {
  private readonly entry;
  constructor(report: ResizeObserverCallback) {
    this.entry = { targets: new Set<Element>(), report, self: this as unknown as ResizeObserver };
    observers.add(this.entry);
  }
  observe(target: Element) {
    this.entry.targets.add(target);
  }
  unobserve(target: Element) {
    this.entry.targets.delete(target);
  }
  disconnect() {
    this.entry.targets.clear();
    observers.delete(this.entry);
  }
}
function layout(viewport = { width: 1000, height: 800 }) {
  for (const { targets, report, self } of [...observers]) {
    if (targets.size === 0) continue;
    const entries = [...targets].map((target) => ({ target, contentRect: { x: 0, y: 0, top: 0, left: 0, ...viewport, right: viewport.width, bottom: viewport.height } }) as unknown as ResizeObserverEntry);
    report(entries, self);
  }
}

describe('mountOverlayFrame', () => {
  const controller = new AbortController();
  const act = (el: HTMLElement, type: string, init: PointerEventInit) => el.dispatchEvent(new PointerEvent(type, { bubbles: true, ...init }));
  const tick = () => new Promise((resolve) => setTimeout(resolve, 5));
  const TOKEN = '0123456789abcdef0123456789abcdef';
  beforeEach(() => {
    vi.stubGlobal('ResizeObserver', LayoutObserver);
    observers.clear();
  });
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  /**
   * Mount into this test's document, catching the closed shadow root as it is made (the page
   * could not: its prototypes are not the content script's). The frame's window is a stand-in
   * that records what is posted to it; its end of the port is what the test talks through.
   * `send` delivers a message and then lets the page lay out once.
   */
  async function mount(header?: ProfileHeader, beforeLayout?: () => void) {
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
      ...(header ? { header } : {}),
    });
    spy.mockRestore();
    const iframe = root!.querySelector('iframe')!;
    Object.defineProperty(iframe, 'contentWindow', { value: { postMessage: (data: unknown, origin: string, ports: MessagePort[]) => posted.push({ data, origin, ports }) } });
    iframe.dispatchEvent(new Event('load'));
    await tick();
    beforeLayout?.();
    layout();
    const port = posted[0]!.ports[0]!;
    const replies: Array<Record<string, unknown>> = [];
    port.onmessage = (event: MessageEvent) => replies.push(event.data as Record<string, unknown>);
    const deliver = async (data: unknown) => {
      port.postMessage(data);
      await tick();
    };
    const send = async (data: unknown) => {
      await deliver(data);
      layout();
      await tick();
    };
    return { frame, iframe, root: root!, posted, replies, send, deliver, hijacked };
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

  it('reads no geometry of the page while mounting or handling a message: only right after the page has laid out', async () => {
    const reads: string[] = [];
    const spies = [
      vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(function (this: Element) {
        reads.push(`${this.tagName} box`);
        return { left: 0, top: 0, right: 0, bottom: 0, width: 0, height: 0, x: 0, y: 0 } as DOMRect;
      }),
      vi.spyOn(Range.prototype, 'getBoundingClientRect').mockImplementation(() => {
        reads.push('range box');
        return { left: 0, top: 0, right: 0, bottom: 0, width: 0, height: 0, x: 0, y: 0 } as DOMRect;
      }),
      vi.spyOn(window, 'getComputedStyle').mockImplementation(() => {
        reads.push('computed style');
        return {} as CSSStyleDeclaration;
      }),
      vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockImplementation(() => (reads.push('clientWidth'), 0)),
      vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockImplementation(() => (reads.push('clientHeight'), 0)),
      vi.spyOn(HTMLElement.prototype, 'offsetWidth', 'get').mockImplementation(() => (reads.push('offsetWidth'), 0)),
      vi.spyOn(window, 'innerWidth', 'get').mockImplementation(() => (reads.push('innerWidth'), 0)),
      vi.spyOn(window, 'innerHeight', 'get').mockImplementation(() => (reads.push('innerHeight'), 0)),
    ];
    document.body.innerHTML = '<header><h1 class="name">Someone</h1><p class="counts">12 followers</p></header>';
    const header = { name: 'h1.name', counts: 'p.counts' } as unknown as ProfileHeader;
    const { frame, iframe, deliver, replies } = await mount(header, () => expect(reads).toEqual([]));
    // mount() let the page lay out once: the viewport came with it, the header was read then.
    expect(reads).toContain('range box');
    expect(reads).not.toContain('innerWidth');
    await tick();
    const answered = replies.length;
    reads.length = 0;
    for (const message of [
      { type: 'size', width: 300, height: 90 },
      { type: 'place', right: 40, bottom: 30 },
      { type: 'move', dx: -10, dy: -10, commit: true },
      { type: 'drag', phase: 'start', clientX: 5, clientY: 5 },
      { type: 'drag', phase: 'move', clientX: 9, clientY: 9 },
      { type: 'drag', phase: 'end', clientX: 9, clientY: 9 },
      // The panel shows Save: the tamper watch starts, and checks only once the page is laid out.
      { type: 'guard', on: true },
    ]) {
      await deliver(message);
    }
    window.dispatchEvent(new Event('resize'));
    expect(reads).toEqual([]);
    // Nothing is drawn or answered until the page lays out; then all of it at once.
    expect(iframe.style.getPropertyValue('width')).toBe('280px');
    layout();
    await tick();
    expect(iframe.style.getPropertyValue('width')).toBe('300px');
    expect(replies).toHaveLength(answered + 1);
    expect(replies.at(-1)).toMatchObject({ type: 'placed', commit: true });
    expect(reads).toContain('computed style');
    for (const spy of spies) spy.mockRestore();
    document.body.innerHTML = '';
    frame.remove();
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
    layout();
    expect(iframe.style.getPropertyValue('right')).toBe('116px');
    await send({ type: 'place', right: 40, bottom: 30 });
    expect(iframe.style.getPropertyValue('right')).toBe('40px');
    expect(replies.at(-1)).toMatchObject({ right: 40, bottom: 30, commit: false });
    // A drag past the edge stops at the edge.
    await send({ type: 'move', dx: 5_000, dy: 5_000 });
    expect(replies.at(-1)).toMatchObject({ right: 0, bottom: 0 });
    frame.remove();
  });

  it('a size and a place that arrive before the page lays out are both kept; a run of moves stops at the edge', async () => {
    const { frame, iframe, replies, deliver } = await mount();
    await deliver({ type: 'size', width: 300, height: 90 });
    await deliver({ type: 'place', right: 40, bottom: 30 });
    layout();
    expect(iframe.style.getPropertyValue('width')).toBe('300px');
    expect(iframe.style.getPropertyValue('right')).toBe('40px');
    await deliver({ type: 'move', dx: 5_000, dy: 0 });
    await deliver({ type: 'move', dx: -100, dy: 0 });
    layout();
    await tick();
    expect(replies.at(-1)).toMatchObject({ right: 100, bottom: 30 });
    frame.remove();
  });

  it('keeps a frame the viewport shrank under inside it, as soon as the page lays out', async () => {
    const { frame, iframe, send } = await mount();
    await send({ type: 'place', right: 600, bottom: 600 });
    expect(iframe.style.getPropertyValue('right')).toBe('600px');
    layout({ width: 700, height: 500 });
    expect(iframe.style.getPropertyValue('right')).toBe('420px');
    expect(iframe.style.getPropertyValue('bottom')).toBe('428px');
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
    // Drawn at right 16, bottom 16 in a 1000 × 800 viewport: its top-left corner is at (684, 694).
    await send({ type: 'size', width: 300, height: 90 });
    await send({ type: 'drag', phase: 'start', clientX: 16, clientY: 16 });
    const shield = document.body.lastElementChild as HTMLElement;
    expect(shield.style.getPropertyValue('position')).toBe('fixed');
    expect(shield.style.getPropertyValue('z-index')).toBe('2147483645');
    expect(iframe.style.getPropertyValue('pointer-events')).toBe('none');
    await send({ type: 'drag', phase: 'move', clientX: -4, clientY: 6 });
    expect(iframe.style.getPropertyValue('right')).toBe('36px');
    expect(iframe.style.getPropertyValue('bottom')).toBe('26px');
    act(shield, 'pointermove', { clientX: 500, clientY: 510, buttons: 1 });
    layout();
    expect(iframe.style.getPropertyValue('right')).toBe('216px');
    expect(iframe.style.getPropertyValue('bottom')).toBe('216px');
    // Now drawn with its top-left corner at (484, 494).
    await send({ type: 'drag', phase: 'move', clientX: 16, clientY: 16 });
    expect(iframe.style.getPropertyValue('right')).toBe('216px');
    act(shield, 'pointerup', { clientX: 490, clientY: 500, buttons: 0 });
    expect(shield.isConnected).toBe(false);
    expect(iframe.style.getPropertyValue('pointer-events')).toBe('');
    layout();
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
    expect(observers.size).toBe(0);
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
