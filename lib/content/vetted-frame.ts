import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Platform } from '../contracts/creator';
import type { ProfileHeader } from '../platforms/page-path';
import { send } from './messenger';
import { mountOverlayFrame, type OverlayFrame } from './overlay-frame';

/** How soon an overlay left behind by a reloaded or removed extension disappears. */
const ORPHAN_CHECK_MS = 2_000;

export interface VettedFrame {
  /**
   * Mount the frame unless it is in the page already (an app that re-renders <body> takes it along).
   * `after`: the frame's token is asked for only once it settles, so that the frame, which asks the
   * background for the tab's state as soon as it holds a token, never sees the state of the page the
   * tab showed before (a reload keeps the last creator's "ready" until `page/loading` replaces it).
   */
  show(after?: Promise<unknown>): void;
  remove(): void;
}

/**
 * Vetted's overlay page framed in the host page, in its profile or post view: the one frame a
 * content script shows, on profile and post pages alike. Mounted again when the page takes it over
 * (navigates our frame elsewhere), removed once the extension is gone.
 */
export function vettedFrame(ctx: ContentScriptContext, platform: Platform, view: 'profile' | 'post', header?: ProfileHeader): VettedFrame {
  let frame: OverlayFrame | null = null;
  /** Runs only while a frame is shown: a page that shows none gets no timer or interval from us. */
  let orphanCheck: number | null = null;

  const remove = () => {
    frame?.remove();
    frame = null;
    if (orphanCheck !== null) clearInterval(orphanCheck);
    orphanCheck = null;
  };

  const show = (after?: Promise<unknown>) => {
    if (frame?.isConnected()) return;
    remove();
    // Nothing tells a content script that its extension was reloaded, updated or disabled: until
    // something asks ctx.isInvalid its overlay stays on the page with stale numbers and a dead
    // background. Asking is a property read, so ask now and then while the frame is shown.
    orphanCheck = ctx.setInterval(() => {
      if (frame && ctx.isInvalid) remove();
    }, ORPHAN_CHECK_MS);
    // The platform only picks where the overlay remembers its position; it tells the page nothing.
    const src = new URL(browser.runtime.getURL('/overlay.html'));
    src.searchParams.set('platform', platform);
    if (view === 'post') src.searchParams.set('view', 'post');
    // Chromium serves the frame from a per-session dynamic host, but its document's origin (the one
    // the port may be posted to) is the extension's own; Firefox uses its per-install host for both.
    // Built by hand: URL#origin is "null" for non-web schemes outside browsers (Node, test DOMs).
    const own = new URL(browser.runtime.getURL('/'));
    const mounted = mountOverlayFrame(document, src.href, ctx.signal, {
      targetOrigin: `${own.protocol}//${own.host}`,
      header,
      token: (after ? after.then(() => send({ type: 'overlay/mount' })) : send({ type: 'overlay/mount' })).then((response) => (response?.ok ? response.token : null)),
      onHijacked: () => {
        if (frame !== mounted) return;
        remove();
        show();
      },
    });
    frame = mounted;
  };

  return { show, remove };
}
