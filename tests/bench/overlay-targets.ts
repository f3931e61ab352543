import type { Page } from 'playwright-core';
import type { Platform } from '../../lib/contracts/creator';
import type { PageServer } from '../e2e/https-server';
import { loadCapture } from '../e2e/saved-captures';
import { loadSample, type SamplePage } from '../e2e/sample-pages';

/**
 * Each platform's saved profile page (the page-load figures) and the second profile an SPA switch
 * goes to (the warm badge), reached the way that platform's app reaches it: Instagram and TikTok
 * render the next profile's HTML into the page; YouTube and X fetch it from their own API (the
 * page-world script copies that response to the content script) and leave the first page's data in
 * the document.
 */
export interface OverlayTarget {
  platform: Platform;
  first: SamplePage;
  /** The other profile: URL, and the key its badge shows. */
  next: { url: string; key: string };
  /** Serve what the page and its switches need. */
  serve(server: PageServer): void;
  /** Prepare the loaded page for switching (outside any timing). */
  prepare(page: Page): Promise<void>;
  /**
   * Switch the page to `url` as the app does, from the page's own world; resolves to the epoch ms
   * of the pushState (the switch's start), how long the app's own fetch took (0 without one) and
   * when the page's thread was next free after drawing the next profile (0 when the app draws nothing).
   */
  switchTo(page: Page, url: string): Promise<{ startedAt: number; appFetchMs: number; appRenderMs: number }>;
}

const keyOf = (platform: Platform, handle: string) => `${platform}:${handle}`;

/** Instagram, TikTok: the next profile's HTML (fetched once, beforehand) rendered into <body>; the first page's data scripts stay. */
function rendered(platform: Platform, nextFile: string): OverlayTarget {
  const first = loadSample(platform);
  const next = loadSample(platform, nextFile);
  const side = (p: SamplePage) => `/__bench__/${p.handle}.html`;
  return {
    platform,
    first,
    next: { url: next.url, key: keyOf(platform, next.handle) },
    serve(server) {
      for (const p of [first, next]) {
        server.setRoute({ url: p.url, body: p.html });
        server.setRoute({ url: new URL(side(p), p.url).href, body: p.html });
      }
    },
    async prepare(page) {
      const sides = { [first.url]: side(first), [next.url]: side(next) };
      await page.evaluate(async (sides) => {
        const bodies: Record<string, string> = {};
        for (const [url, path] of Object.entries(sides)) bodies[url] = await (await fetch(path)).text();
        const stale = Array.from(document.querySelectorAll('body script[type="application/json"], body script[type="application/ld+json"]'), (n) => n.cloneNode(true));
        Object.assign(window, { __benchBodies: bodies, __benchStale: stale });
      }, sides);
    },
    async switchTo(page, url) {
      return page.evaluate((url) => {
        const w = window as unknown as { __benchBodies: Record<string, string>; __benchStale: Node[] };
        const startedAt = performance.timeOrigin + performance.now();
        history.pushState({}, '', url);
        // The app renders into its own root: everything but our frame's host (no box, no children for the page) is replaced.
        const incoming = new DOMParser().parseFromString(w.__benchBodies[url] ?? '', 'text/html').body;
        for (const script of Array.from(incoming.querySelectorAll('script'))) script.remove();
        const ours = (node: ChildNode) => node instanceof HTMLElement && node.style.getPropertyValue('display') === 'contents' && node.childNodes.length === 0;
        for (const node of Array.from(document.body.childNodes)) if (!ours(node)) node.remove();
        document.body.prepend(...Array.from(incoming.childNodes), ...w.__benchStale.map((n) => n.cloneNode(true)));
        // The app's own cost: its thread is next free once it has drawn the new profile (the first
        // task after the next frame). Our content script reads the profile before that, in a
        // microtask right after this script (lib/content/page-router.ts), so this includes it.
        return new Promise<{ startedAt: number; appFetchMs: number; appRenderMs: number }>((resolve) =>
          requestAnimationFrame(() => setTimeout(() => resolve({ startedAt, appFetchMs: 0, appRenderMs: performance.timeOrigin + performance.now() - startedAt }), 0)),
        );
      }, url);
    },
  };
}

/** YouTube, X: the app fetches the next profile from its API; going back, the document's own data is the first profile's again. */
function fetched(platform: Platform, captureFile: string, apiPath: string, method: 'GET' | 'POST'): OverlayTarget {
  const first = loadSample(platform);
  const capture = loadCapture(platform, captureFile);
  return {
    platform,
    first,
    next: { url: capture.url, key: keyOf(platform, capture.handle) },
    serve(server) {
      server.setRoute({ url: first.url, body: first.html });
      server.setRoute({ url: new URL(apiPath, first.url).href, body: capture.json, contentType: 'application/json' });
    },
    async prepare() {},
    async switchTo(page, url) {
      const fetchNext = url === capture.url;
      return page.evaluate(
        async ({ url, fetchNext, apiPath, method }) => {
          const startedAt = performance.timeOrigin + performance.now();
          history.pushState({}, '', url);
          if (!fetchNext) return { startedAt, appFetchMs: 0, appRenderMs: 0 };
          const response = await fetch(apiPath, method === 'POST' ? { method, body: '{"context":{}}', headers: { 'content-type': 'application/json' } } : {});
          await response.text();
          return { startedAt, appFetchMs: performance.timeOrigin + performance.now() - startedAt, appRenderMs: 0 };
        },
        { url, fetchNext, apiPath, method },
      );
    },
  };
}

export function overlayTargets(): OverlayTarget[] {
  // The samples the e2e tier opens, and the second profiles its navigation tests switch to.
  return [
    fetched('youtube', '2026-01_browse-videos_en-GB_pageHeader_videoRenderer_vsauce.json', '/youtubei/v1/browse', 'POST'),
    rendered('tiktok', '2026-04_profile_rendered-dom_fr-UI_jsonld_mounirlelion.html'),
    rendered('instagram', '2025-02_profile_rendered-dom_logged-in_en_gdg_rbu_sanitized.html'),
    fetched('x', '2026-08_graphql_UserByScreenName_no-legacy.json', '/i/api/graphql/xc8f1g7BYqr6VTzTbvNLGw/UserByScreenName', 'GET'),
  ];
}
