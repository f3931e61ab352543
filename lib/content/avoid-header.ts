import type { ProfileHeader } from '../platforms/page-path';
import { pathOf } from '../platforms/page-select';
import type { Placement } from './frame-placement';

export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Text nodes looked at per element: a bio is a few; a page that stuffs thousands in gets a coarser box. */
const MAX_TEXT_NODES = 200;

function union(a: Rect | null, b: Rect): Rect {
  return a ? { left: Math.min(a.left, b.left), top: Math.min(a.top, b.top), right: Math.max(a.right, b.right), bottom: Math.max(a.bottom, b.bottom) } : b;
}

const visible = (r: { width: number; height: number }) => r.width > 0 && r.height > 0;

/**
 * Where an element's content is drawn: the extent of its text (a block that spans the column but
 * holds a short name only covers the name), or its box when it has no text (an avatar).
 */
function contentRect(el: Element): Rect | null {
  const doc = el.ownerDocument;
  const walker = doc.createTreeWalker(el, 4 /* NodeFilter.SHOW_TEXT */);
  const range = doc.createRange();
  let rect: Rect | null = null;
  let seen = 0;
  for (let node = walker.nextNode(); node && seen < MAX_TEXT_NODES; node = walker.nextNode()) {
    if (!node.textContent?.trim()) continue;
    seen++;
    range.selectNodeContents(node);
    const r = range.getBoundingClientRect();
    if (visible(r)) rect = union(rect, r);
  }
  if (seen >= MAX_TEXT_NODES || rect === null) {
    const r = el.getBoundingClientRect();
    if (visible(r)) rect = seen >= MAX_TEXT_NODES ? r : union(rect, r);
  }
  return rect;
}

/**
 * The profile header's elements (avatar, name, counts, bio), the first few of each. Each content
 * script passes its own platform's header (lib/platforms/<platform>/paths.ts), so it ships no other
 * platform's selectors.
 */
export function headerElements(doc: Document, header: ProfileHeader): Element[] {
  const elements: Element[] = [];
  for (const entry of [header.avatar, header.name, header.counts, header.bio]) {
    if (!entry) continue;
    try {
      elements.push(...[...doc.querySelectorAll(pathOf(entry))].slice(0, 8));
    } catch {
      continue;
    }
  }
  return elements;
}

/** How long the header's elements, once found, are used again before they are looked up afresh. */
export const HEADER_LOOKUP_MS = 1_000;

/**
 * The header's elements, found again only once one of them has left the page or a second has
 * passed, or while none is found: each lookup walks the whole document (the platforms' hooks are
 * attribute selectors), and the frame is placed several times as its badge changes (on TikTok's
 * profile, the lookups were most of the time our placement took).
 */
export function headerLookup(doc: Document, header: ProfileHeader, now: () => number = Date.now): () => Element[] {
  let found: Element[] = [];
  let at = 0;
  return () => {
    if (found.length === 0 || now() - at >= HEADER_LOOKUP_MS || !found.every((el) => el.isConnected)) {
      found = headerElements(doc, header);
      at = now();
    }
    return found;
  };
}

/** The rectangle in the viewport that the header's `elements` draw on, or null when none of it is on screen. */
export function headerRect(elements: readonly Element[], viewport: { width: number; height: number }): Rect | null {
  let rect: Rect | null = null;
  for (const el of elements) {
    const r = contentRect(el);
    if (r && r.bottom > 0 && r.top < viewport.height && r.right > 0 && r.left < viewport.width) rect = union(rect, r);
  }
  return rect;
}

/** Space kept between the overlay and the header. */
const GAP = 8;
/** Below this the panel is not worth showing under the header; it goes beside it instead, if it can. */
const MIN_USEFUL_HEIGHT = 200;

export interface Avoided {
  placement: Placement;
  /** How tall the panel may grow where it now is without reaching the header. */
  maxHeight: number;
}

/**
 * Where the overlay goes so that it does not cover the profile header (`header`, in viewport
 * coordinates). Clear of it, or a badge that fits under it: as placed. A panel in its column is
 * placed for the height it may grow to (`maxHeight`), not the height it has now, so that its own
 * growth never moves it again: under the header if that height fits; else beside the header, to
 * its left (where the platforms keep navigation, not the creator) or right; else under it,
 * shorter, if that leaves a useful panel; else as placed (nothing fits). `placement` is already
 * inside the viewport.
 */
export function avoidHeader(placement: Placement, viewport: { width: number; height: number }, header: Rect | null, margin: number, maxHeight: number): Avoided {
  const left = viewport.width - placement.right - placement.width;
  const right = viewport.width - placement.right;
  const bottom = viewport.height - placement.bottom;
  const inColumn = header !== null && left < header.right + GAP && header.left - GAP < right && header.top < bottom;
  if (!header || !inColumn) return { placement, maxHeight };
  const roomBelow = Math.floor(bottom - (header.bottom + GAP));
  const small = placement.height < MIN_USEFUL_HEIGHT;
  if (small && roomBelow >= placement.height) return { placement, maxHeight };
  if (roomBelow >= maxHeight) return { placement, maxHeight };
  if (header.left - GAP - margin >= placement.width) return { placement: { ...placement, right: Math.round(viewport.width - (header.left - GAP)) }, maxHeight };
  if (viewport.width - margin - (header.right + GAP) >= placement.width) return { placement: { ...placement, right: margin }, maxHeight };
  if (roomBelow >= MIN_USEFUL_HEIGHT) return { placement: { ...placement, height: Math.min(placement.height, roomBelow) }, maxHeight: roomBelow };
  return { placement, maxHeight };
}
