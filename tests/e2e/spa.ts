import type { Page } from 'playwright-core';
import type { PageServer } from './https-server';
import type { SamplePage } from './sample-pages';

/**
 * An app's in-page navigation, driven from the page's own world: the router pushes the URL, the app
 * renders the next profile into <body>, and the JSON embedded in the first HTML stays behind.
 */

export type SwapMode = 'wipe-body' | 'keep-foreign-nodes';

/** Where a profile's HTML is served for the page to fetch and render itself. */
export const sidePath = (p: SamplePage) => `/__spa__/${p.handle}.html`;

/** Serve a saved profile at its real URL and at its side path, on the same origin. */
export function serveForSpa(server: PageServer, p: SamplePage): void {
  server.setRoute({ url: p.url, body: p.html });
  server.setRoute({ url: new URL(sidePath(p), p.url).href, body: p.html });
}

/** Keep the data scripts the first page came with, to leave them (stale) in every later render. */
export async function rememberFirstPageData(page: Page): Promise<void> {
  await page.evaluate(() => {
    const data = document.querySelectorAll('body script[type="application/json"], body script[type="application/ld+json"]');
    (window as unknown as { __firstPageData: Node[] }).__firstPageData = Array.from(data, (n) => n.cloneNode(true));
  });
}

/** Run in the page's own world: change the URL as the app's router does. */
export async function pushUrl(page: Page, url: string): Promise<void> {
  await page.evaluate((url) => history.pushState({}, '', url), url);
}

/**
 * Run in the page's own world: render `side`'s body as the app would. The incoming HTML's scripts
 * are dropped (an SPA render adds no data scripts); the first page's embedded JSON (saved at load
 * as `__firstPageData`) stays in the body, stale. 'wipe-body' replaces everything, our frame
 * included; 'keep-foreign-nodes' replaces only what the page itself rendered, as a framework
 * rendering into its own root does.
 */
export async function render(page: Page, side: string, mode: SwapMode): Promise<void> {
  await page.evaluate(
    async ({ side, mode }) => {
      const html = side ? await (await fetch(side)).text() : '<main>Explore</main>';
      const incoming = new DOMParser().parseFromString(html, 'text/html').body;
      for (const script of Array.from(incoming.querySelectorAll('script'))) script.remove();
      const stale = ((window as unknown as { __firstPageData: Node[] }).__firstPageData ?? []).map((n) => n.cloneNode(true));
      if (mode === 'wipe-body') {
        document.body.replaceChildren(...Array.from(incoming.childNodes), ...stale);
        return;
      }
      // Vetted's frame host is the one node the page did not render: an attribute-less element with
      // no box (display: contents) and, for the page, no children (its frame is in a closed shadow root).
      const foreign = (node: ChildNode) => node instanceof HTMLElement && node.style.getPropertyValue('display') === 'contents' && node.childNodes.length === 0;
      for (const node of Array.from(document.body.childNodes)) {
        if (!foreign(node)) node.remove();
      }
      document.body.prepend(...Array.from(incoming.childNodes), ...stale);
    },
    { side, mode },
  );
}

