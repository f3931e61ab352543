/** The video or photo post of a `/@<user>/video/<id>` (or `/photo/<id>`) URL, if it is one. */
export function tiktokVideoIdOf(url: URL): string | null {
  if (!/(^|\.)tiktok\.com$/.test(url.hostname)) return null;
  return /^\/@[^/]+\/(?:video|photo)\/(\d{1,32})\/?$/.exec(url.pathname)?.[1] ?? null;
}
