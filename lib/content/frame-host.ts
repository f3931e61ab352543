/**
 * The overlay iframe, inside a closed shadow root whose host has no box and no attributes. The page
 * sees an empty element: it cannot reach the frame through the DOM (no `shadowRoot`, no selector
 * pierces a closed root), so it cannot read the frame's URL — Chromium's per-session dynamic URL,
 * Firefox's per-install UUID — or restyle the frame. The page can still reach the frame's window
 * through `window.frames`; the overlay answers nothing that arrives that way (see frame-channel.ts).
 */
export interface FrameHost {
  host: HTMLElement;
  iframe: HTMLIFrameElement;
  /**
   * An invisible box the size of the viewport, beside the frame: its ResizeObserver tells us the
   * viewport's size, and when the page has just been laid out, without our reading the page's
   * geometry (after-layout.ts). Nothing hits it and it draws nothing.
   */
  probe: HTMLElement;
}

const important = (style: CSSStyleDeclaration, values: Record<string, string>) => {
  for (const [name, value] of Object.entries(values)) style.setProperty(name, value, 'important');
};

export function createFrameHost(doc: Document, src: string): FrameHost {
  const host = doc.createElement('div');
  // Inline and important: a page's stylesheet cannot give the host a box, a transform or an opacity.
  important(host.style, { all: 'initial', display: 'contents' });
  const root = host.attachShadow({ mode: 'closed' });
  const iframe = doc.createElement('iframe');
  iframe.src = src;
  iframe.title = 'Vetted creator check';
  iframe.setAttribute('allowtransparency', 'true');
  // The same color-scheme inside and out keeps the frame transparent in dark mode too.
  important(iframe.style, { all: 'initial', position: 'fixed', border: '0', 'z-index': '2147483646', 'color-scheme': 'light dark', background: 'transparent', display: 'block' });
  const probe = doc.createElement('div');
  important(probe.style, { all: 'initial', position: 'fixed', inset: '0', visibility: 'hidden', 'pointer-events': 'none', contain: 'strict' });
  root.append(probe, iframe);
  return { host, iframe, probe };
}
