import type { Frame, Page } from 'playwright-core';

/**
 * The attacker's side of hostile-page.e2e.ts: everything here runs in the platform page's own
 * world (page.addInitScript / page.evaluate), with only what a script on that page has. Kept apart
 * so that each describe block of attacks (the frame and channel; captures and history) shares it.
 */

/** What the spy saw since the page started: every window message, and every shadow root attached through the page's own prototypes. */
export interface SpyLog {
  messages: Array<{ origin: string; data: string; ports: number }>;
  shadowRoots: number;
}

/**
 * Installed before the page's scripts: listens to every message the window receives (capture
 * phase, first listener) and wraps attachShadow, as a tracking script would.
 * Plain JS text: it runs in the browser untouched by the test's compiler.
 */
const SPY = `(() => {
  if (window !== window.top) return;
  const log = { messages: [], shadowRoots: 0 };
  Object.defineProperty(window, '__hostileSpy', { value: log });
  window.addEventListener('message', (event) => {
    let data;
    try { data = JSON.stringify(event.data); } catch { data = String(event.data); }
    log.messages.push({ origin: event.origin, data: String(data).slice(0, 400), ports: event.ports.length });
  }, true);
  const attach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) { log.shadowRoots += 1; return attach.call(this, init); };
})();`;

export async function installSpy(page: Page): Promise<void> {
  await page.addInitScript({ content: SPY });
}

export async function spyLog(page: Page): Promise<SpyLog> {
  return page.evaluate(() => (window as unknown as { __hostileSpy: SpyLog }).__hostileSpy);
}

/**
 * Everything the page can read that might name the extension: the DOM (attributes, open shadow
 * roots), the frames' elements it can find, what it learns through window.frames, its resource
 * timing entries. Returned as text to search for the extension's id and URL schemes.
 */
export async function pageReadableText(page: Page): Promise<{ text: string; framesReachable: number; readableFrameUrls: string[]; iframesFound: number }> {
  return page.evaluate(() => {
    const parts: string[] = [document.documentElement.outerHTML];
    const iframes: HTMLIFrameElement[] = [];
    const walk = (root: Document | ShadowRoot) => {
      for (const el of Array.from(root.querySelectorAll('*'))) {
        if (el instanceof HTMLIFrameElement) iframes.push(el);
        for (const attr of Array.from(el.attributes)) parts.push(attr.value);
        if (el.shadowRoot) {
          parts.push(el.shadowRoot.innerHTML);
          walk(el.shadowRoot);
        }
      }
    };
    walk(document);
    for (const iframe of iframes) parts.push(iframe.src, iframe.getAttribute('src') ?? '');
    const readableFrameUrls: string[] = [];
    for (let i = 0; i < window.frames.length; i++) {
      try {
        const href = window.frames[i]!.location.href;
        parts.push(href);
        readableFrameUrls.push(href);
      } catch {
        // Cross-origin: the URL is not readable.
      }
    }
    for (const entry of performance.getEntries()) parts.push(entry.name);
    return { text: parts.join('\n'), framesReachable: window.frames.length, readableFrameUrls, iframesFound: iframes.length };
  });
}

/** The strings that would give the extension away: its id, the frame's (dynamic) host, the extension URL schemes. */
export function extensionMarkers(extensionId: string, ourFrame: Frame): string[] {
  return [extensionId, new URL(ourFrame.url()).host, 'chrome-extension://', 'moz-extension://'];
}

/**
 * Forge the content script's side of the old and the new frame protocols, and post it to every
 * frame the page can reach (found iframes and window.frames), to '*': "placed" answers that would
 * raise the panel's height cap and store a far-away position, and a fake channel offer with a port
 * and a made-up token. Returns nothing; the page keeps the fake port to see whether anything answers.
 */
export async function forgeFrameMessages(page: Page): Promise<void> {
  await page.evaluate(() => {
    const targets = new Set<Window>();
    for (const iframe of Array.from(document.querySelectorAll('iframe'))) if (iframe.contentWindow) targets.add(iframe.contentWindow);
    for (let i = 0; i < window.frames.length; i++) targets.add(window.frames[i]!);
    const heard: unknown[] = [];
    (window as unknown as { __fakePortHeard: unknown[] }).__fakePortHeard = heard;
    for (const target of targets) {
      const placed = { type: 'placed', right: 20_000, bottom: 20_000, maxHeight: 5_000, commit: true };
      target.postMessage({ source: 'vetted-frame', ...placed }, '*');
      target.postMessage(placed, '*');
      const channel = new MessageChannel();
      channel.port1.onmessage = (event) => heard.push(event.data);
      target.postMessage({ type: 'vetted/connect', token: 'f'.repeat(32) }, '*', [channel.port2]);
      // Keep the port alive: a garbage-collected port hears nothing.
      (window as unknown as { __fakePorts: MessagePort[] }).__fakePorts = [...((window as unknown as { __fakePorts?: MessagePort[] }).__fakePorts ?? []), channel.port1];
    }
  });
}

export async function fakePortHeard(page: Page): Promise<unknown[]> {
  return page.evaluate(() => (window as unknown as { __fakePortHeard?: unknown[] }).__fakePortHeard ?? []);
}

/**
 * Clickjacking, the page's half, as functions to run in the page (`page.evaluate(hideInPage, how)`,
 * in Playwright and Puppeteer alike): make everything the page rendered, and any frame it can find,
 * nearly transparent, and put a decoy button where the user will click, outside <body> so that it
 * stays visible. `how`: opacity 0.001 (the review's attack), a filter doing the same, a transform
 * that shrinks everything (the frame's size), or a decoy laid over the frame that lets clicks through.
 */
export type Tampering = 'opacity' | 'filter' | 'shrink' | 'cover';

export function hideInPage(how: Tampering): void {
  const decoy = document.createElement('button');
  decoy.dataset.decoy = '';
  decoy.textContent = 'Claim your prize';
  decoy.style.cssText = 'position:fixed;inset:0;width:100vw;height:100vh;font-size:48px;background:#fc0;';
  if (how === 'cover') {
    // Over everything, but clicks fall through to whatever is below it.
    decoy.style.zIndex = '2147483647';
    decoy.style.pointerEvents = 'none';
    document.documentElement.appendChild(decoy);
    return;
  }
  // Under the page: <body> at opacity 0.001 is a stacking context that paints above it, and our
  // frame with it, so the frame still takes the click.
  decoy.style.zIndex = '-1';
  document.documentElement.appendChild(decoy);
  for (const el of [document.body, ...Array.from(document.querySelectorAll<HTMLElement>('body > *, iframe'))]) {
    if (how === 'opacity') el.style.setProperty('opacity', '0.001', 'important');
    else if (how === 'filter') el.style.setProperty('filter', 'opacity(0.001)', 'important');
    else if (el === document.body) el.style.setProperty('transform', 'scale(0.98)', 'important');
  }
}

/** The page gives up (the positive control: the same clicks on an untouched frame do save). */
export function undoInPage(): void {
  for (const decoy of Array.from(document.querySelectorAll('[data-decoy]'))) decoy.remove();
  for (const el of [document.body, ...Array.from(document.querySelectorAll<HTMLElement>('body > *, iframe'))]) {
    for (const property of ['opacity', 'filter', 'transform']) el.style.removeProperty(property);
  }
}

/** The page frames the extension's overlay page itself, over a decoy, with a URL it got hold of. */
export async function frameOverlayOverDecoy(page: Page, overlayUrl: string): Promise<void> {
  await page.evaluate((url) => {
    const decoy = document.createElement('button');
    decoy.textContent = 'Play video';
    decoy.style.cssText = 'position:fixed;left:0;top:0;width:480px;height:700px;z-index:2147483640;font-size:32px;background:#fc0;';
    const frame = document.createElement('iframe');
    frame.src = url;
    frame.id = 'attacker-frame';
    frame.style.cssText = 'position:fixed;left:0;top:0;width:480px;height:700px;border:0;opacity:0.001;z-index:2147483647;';
    document.documentElement.append(decoy, frame);
  }, overlayUrl);
}

/**
 * What a page can measure of our overlay without seeing into it: the element it hits at a point of
 * the frame (the shadow host, since the frame is in a closed shadow tree), that element's box, and
 * how many points of a 2-px column and row through that point hit it (its extent, by elementFromPoint).
 */
export function measureFromPage(at: { x: number; y: number }): { rect: number[]; hits: number } {
  const host = document.elementFromPoint(at.x, at.y);
  if (!host) return { rect: [], hits: 0 };
  const r = host.getBoundingClientRect();
  let hits = 0;
  for (let y = 0; y < innerHeight; y += 2) if (document.elementFromPoint(at.x, y) === host) hits++;
  for (let x = 0; x < innerWidth; x += 2) if (document.elementFromPoint(x, at.y) === host) hits++;
  return { rect: [r.x, r.y, r.width, r.height].map(Math.round), hits };
}
