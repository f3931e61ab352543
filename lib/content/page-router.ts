import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { listenForCaptures } from './capture-listener';

/**
 * One kind of page a platform's content script serves (its profiles, its posts). A view keeps its
 * own state, timers, observers and frame; the router only says which view the address on screen
 * belongs to, so that one script per platform serves both with one context, one navigation
 * listener and one capture listener.
 */
export interface PageView {
  /** Whether the page at `url` is this view's. */
  claims(url: URL): boolean;
  /** Read the page on screen: on arrival, and again on every in-app navigation the view claims. */
  evaluate(): void;
  /** The user has left this view's pages: stop its timers and observers and remove its frame. */
  leave(): void;
  /** The page's own API responses this view reads while it is shown. */
  readonly capturePaths: readonly RegExp[];
  /** One of those responses, as the JSON text the page received, fetched while the view is shown. */
  capture(text: string, url: URL): void;
}

/**
 * Run a platform's views on the page: at start and after each in-app navigation, the view that
 * claims the address reads the page, and the view shown before, if another, is left first. A page
 * no view claims (a feed, a search) gets no timer, observer or parsed response from any of them.
 */
export function routePages(ctx: ContentScriptContext, views: readonly PageView[]): void {
  let shown: PageView | null = null;

  const route = () => {
    const url = new URL(location.href);
    const next = views.find((view) => view.claims(url)) ?? null;
    if (shown && shown !== next) shown.leave();
    shown = next;
    next?.evaluate();
  };

  listenForCaptures(window, ctx.signal, () => shown?.capturePaths, (text, url) => shown?.capture(text, url));
  ctx.addEventListener(window, 'wxt:locationchange', (event) => {
    // Fired from the Navigation API's `navigate` event, while `location` still holds the old URL:
    // route once the navigation has committed. A pushState from the app's script has committed by
    // the time that script returns, which is when a microtask runs: routed then, the next profile
    // is read before the page renders it (in the same state the app left the DOM), not after the
    // page's rendering and whatever else is queued (a warm TikTok switch: the badge waited for the
    // app's whole render). A navigation the browser runs (back, forward) may commit later: then on
    // the next task, as before.
    const to = (event as Event & { newUrl?: unknown }).newUrl;
    queueMicrotask(() => {
      if (ctx.isInvalid) return;
      if (to instanceof URL && location.href === to.href) route();
      else ctx.setTimeout(route, 0);
    });
  });
  route();
}
