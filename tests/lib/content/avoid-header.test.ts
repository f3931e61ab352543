import { describe, expect, it } from 'vitest';
import { avoidHeader, HEADER_LOOKUP_MS, headerElements, headerLookup, type Rect } from '../../../lib/content/avoid-header';
import type { Placement } from '../../../lib/content/frame-placement';
import { IG_HEADER } from '../../../lib/platforms/instagram/paths';
import { PROFILE_HEADER as TIKTOK_HEADER } from '../../../lib/platforms/tiktok/paths';
import { X_HEADER } from '../../../lib/platforms/x/paths';
import { PROFILE_HEADER as YOUTUBE_HEADER } from '../../../lib/platforms/youtube/paths';
const VIEWPORT = { width: 1280, height: 800 };
const MARGIN = 16;
const MAX = 560;
/** The open panel at its default corner (bottom-right), 412 × 560. */
const panel: Placement = { right: MARGIN, bottom: MARGIN, width: 412, height: 560 };

const box = (p: Placement) => ({ left: VIEWPORT.width - p.right - p.width, top: VIEWPORT.height - p.bottom - p.height, right: VIEWPORT.width - p.right, bottom: VIEWPORT.height - p.bottom });
const overlaps = (a: Rect, b: Rect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

describe('the overlay keeps off the profile header', () => {
  it('a header elsewhere (Instagram’s, top left) changes nothing', () => {
    const header = { left: 8, top: 29, right: 332, bottom: 370 };
    expect(avoidHeader(panel, VIEWPORT, header, MARGIN, MAX)).toEqual({ placement: panel, maxHeight: MAX });
    expect(avoidHeader(panel, VIEWPORT, null, MARGIN, MAX)).toEqual({ placement: panel, maxHeight: MAX });
  });

  it('in its column with room to its left (X at 1280×800): beside it, at full height', () => {
    const header = { left: 572, top: 245, right: 955, bottom: 509 };
    const { placement, maxHeight } = avoidHeader(panel, VIEWPORT, header, MARGIN, MAX);
    expect(placement.height).toBe(560);
    expect(maxHeight).toBe(MAX);
    expect(overlaps(box(placement), header)).toBe(false);
    expect(box(placement).left).toBeGreaterThanOrEqual(MARGIN);
    expect(box(placement).right).toBe(header.left - 8);
  });

  it('a badge that fits under the header stays in its corner; the panel it opens is placed for its full height', () => {
    const header = { left: 572, top: 245, right: 955, bottom: 509 };
    const badge: Placement = { right: MARGIN, bottom: MARGIN, width: 280, height: 72 };
    expect(avoidHeader({ ...badge, width: 412 }, VIEWPORT, header, MARGIN, MAX)).toEqual({ placement: { ...badge, width: 412 }, maxHeight: MAX });
    // Still small while its content loads: it goes beside the header all the same, and stays there as it grows.
    const opening = avoidHeader({ ...panel, height: 260 }, VIEWPORT, header, MARGIN, MAX);
    const grown = avoidHeader({ ...panel, height: 560 }, VIEWPORT, header, MARGIN, MAX);
    expect(opening.placement.right).toBe(grown.placement.right);
    expect(opening.maxHeight).toBe(MAX);
  });

  it('shortened under the header, it stays put at that height (no back and forth)', () => {
    const wide = { left: 100, top: 60, right: 1200, bottom: 400 };
    const first = avoidHeader(panel, VIEWPORT, wide, MARGIN, MAX);
    const again = avoidHeader(first.placement, VIEWPORT, wide, MARGIN, MAX);
    expect(again).toEqual(first);
  });

  it('no room beside it: under it, shorter, as long as that leaves a useful panel; else where it was', () => {
    const wide = { left: 100, top: 60, right: 1200, bottom: 400 };
    const under = avoidHeader(panel, VIEWPORT, wide, MARGIN, MAX);
    expect(under.placement.height).toBe(800 - 16 - 400 - 8);
    expect(under.maxHeight).toBe(under.placement.height);
    expect(overlaps(box(under.placement), wide)).toBe(false);
    const tall = { left: 100, top: 60, right: 1200, bottom: 700 };
    expect(avoidHeader(panel, VIEWPORT, tall, MARGIN, MAX)).toEqual({ placement: panel, maxHeight: MAX });
  });
});

// Each selector names the saved page it was seen in; tests/lib/platforms/page-paths.test.ts opens it and checks.
describe("the header's elements, found once for several placements", () => {
  const header = TIKTOK_HEADER;
  const page = () => {
    document.body.innerHTML = '<h1 data-e2e="user-title">someone</h1><strong data-e2e="followers-count">12K</strong><h2 data-e2e="user-bio">bio</h2>';
    let clock = 0;
    const walks = { count: 0 };
    const doc = new Proxy(document, {
      get(target, key) {
        if (key === 'querySelectorAll') walks.count++;
        const value = Reflect.get(target, key, target) as unknown;
        return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
      },
    });
    return { lookup: headerLookup(doc, header, () => clock), walks, tick: (ms: number) => (clock += ms) };
  };

  it('walks the document once for placements within a second, and finds the same elements as a fresh walk', () => {
    const { lookup, walks, tick } = page();
    const first = lookup();
    const once = walks.count;
    tick(HEADER_LOOKUP_MS - 1);
    expect(lookup()).toBe(first);
    expect(walks.count).toBe(once);
    expect(first).toEqual(headerElements(document, header));
    expect(first.map((el) => el.textContent)).toEqual(['someone', '12K', 'bio']);
  });

  it('walks again after a second, once an element has left the page, and while none is found', () => {
    const { lookup, walks, tick } = page();
    lookup();
    const once = walks.count;
    tick(HEADER_LOOKUP_MS);
    lookup();
    expect(walks.count).toBe(2 * once);
    document.querySelector('h2')!.remove();
    expect(lookup().map((el) => el.textContent)).toEqual(['someone', '12K']);
    expect(walks.count).toBe(3 * once);
    document.body.innerHTML = '';
    expect(lookup()).toEqual([]);
    expect(lookup()).toEqual([]);
    expect(walks.count).toBe(5 * once);
  });
});

describe('header selectors are page knowledge, one platform per content script', () => {
  it.each([
    ['instagram', IG_HEADER],
    ['tiktok', TIKTOK_HEADER],
    ['youtube', YOUTUBE_HEADER],
    ['x', X_HEADER],
  ] as const)('%s names its profile header: name and counts at least', (_platform, header) => {
    expect(Object.keys(header)).toEqual(expect.arrayContaining(['name', 'counts']));
  });
});
