import type { Platform } from '../contracts/creator';

const MIN = { width: 120, height: 40 };
const MAX = { width: 480, height: 720 };

/**
 * The overlay's size request, posted by the overlay page to its parent. Hand-validated rather
 * than with zod: this file ships in every content script and zod would triple its size.
 */
export function parseSizeMessage(data: unknown): { width: number; height: number } | null {
  if (typeof data !== 'object' || data === null) return null;
  const { source, type, width, height } = data as Record<string, unknown>;
  if (source !== 'vetted-overlay' || type !== 'size') return null;
  if (typeof width !== 'number' || typeof height !== 'number' || !Number.isFinite(width) || !Number.isFinite(height)) return null;
  const clamp = (n: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, Math.round(n)));
  return { width: clamp(width, MIN.width, MAX.width), height: clamp(height, MIN.height, MAX.height) };
}

export interface OverlayFrame {
  readonly element: HTMLIFrameElement;
  remove(): void;
}

/**
 * Mount the overlay page in an iframe at the bottom-right corner, away from every platform's
 * profile header (which sits at the top). The page inside is ours; the host page only sees a frame.
 */
export function mountOverlayFrame(doc: Document, src: string, platform: Platform, signal: AbortSignal): OverlayFrame {
  const iframe = doc.createElement('iframe');
  iframe.src = src;
  iframe.title = 'Vetted creator check';
  iframe.dataset.vettedOverlay = platform;
  iframe.setAttribute('allowtransparency', 'true');
  const style = iframe.style;
  style.setProperty('all', 'initial', 'important');
  for (const [name, value] of Object.entries({
    position: 'fixed',
    right: '16px',
    bottom: '16px',
    width: '280px',
    height: '72px',
    border: '0',
    'z-index': '2147483646',
    'color-scheme': 'normal',
    background: 'transparent',
    display: 'block',
  })) {
    style.setProperty(name, value, 'important');
  }
  const expectedOrigin = new URL(src).origin;
  const onMessage = (event: MessageEvent) => {
    if (event.source !== iframe.contentWindow || event.origin !== expectedOrigin) return;
    const size = parseSizeMessage(event.data);
    if (!size) return;
    style.setProperty('width', `${size.width}px`, 'important');
    style.setProperty('height', `${size.height}px`, 'important');
  };
  const view = doc.defaultView;
  view?.addEventListener('message', onMessage, { signal });
  (doc.body ?? doc.documentElement).appendChild(iframe);
  return {
    element: iframe,
    remove() {
      view?.removeEventListener('message', onMessage);
      iframe.remove();
    },
  };
}
