import type { Route } from '../e2e/https-server';

/**
 * What one iframe of another site costs a page's script time in this browser, with no extension at
 * all: the part of the added-script-time budget that only not showing a frame would save (the
 * overlay page lives in an iframe on the profile, out of the host page's reach, and its first paint
 * is the badge).
 *
 * Two copies of the saved page, each with one script added at the end of its body. At
 * DOMContentLoaded (when our content scripts run) it puts a host element in the body with a closed
 * shadow root, as lib/content/frame-host.ts does; in the "frame" copy the root holds an iframe of
 * another site (an out-of-process frame, as the extension's is), styled as ours, in the "host" copy
 * nothing. ScriptDuration of frame − host is the frame's cost alone, the added script's own run
 * cancelling out.
 */
export type FloorVariant = 'host' | 'frame';

/** A site other than the page's, served by the bench's server, so that the frame is out of process as ours is. */
export function otherSiteOf(pageUrl: string): string {
  return new URL(pageUrl).hostname === 'www.youtube.com' ? 'https://x.com' : 'https://www.youtube.com';
}

/** Where a variant of the page is served: beside it, on its own site. */
export const floorUrl = (pageUrl: string, variant: FloorVariant) => new URL(`/__bench__/frame-floor-${variant}`, pageUrl).href;

/** The script added to the page: the same in both variants but for the frame. */
export function floorScript(variant: FloorVariant, frameSrc: string): string {
  const frame =
    variant === 'frame'
      ? `const frame = document.createElement('iframe'); frame.src = ${JSON.stringify(frameSrc)}; ` +
        `frame.style.cssText = 'all:initial;position:fixed;right:16px;bottom:16px;width:280px;height:72px;border:0;display:block;z-index:2147483646'; root.append(frame);`
      : '';
  return `<script>document.addEventListener('DOMContentLoaded', () => { const host = document.createElement('div'); const root = host.attachShadow({ mode: 'closed' }); ${frame} document.body.appendChild(host); });</script>`;
}

/** The routes of both variants of the page at `pageUrl`, and of the frame's document. */
export function floorRoutes(pageUrl: string, html: string): Route[] {
  const frameSrc = `${otherSiteOf(pageUrl)}/__bench__/frame-floor-document`;
  const end = html.toLowerCase().lastIndexOf('</body>');
  const withScript = (variant: FloorVariant) => (end < 0 ? html + floorScript(variant, frameSrc) : html.slice(0, end) + floorScript(variant, frameSrc) + html.slice(end));
  return [
    { url: floorUrl(pageUrl, 'host'), body: withScript('host') },
    { url: floorUrl(pageUrl, 'frame'), body: withScript('frame') },
    { url: frameSrc, body: '<!doctype html><html lang="en"><title>frame</title><p>A frame of another site.</p></html>' },
  ];
}
