/** The shortcode of a post, reel or IGTV URL (`/p/<code>/`, optionally under a user), if it is one. */
export function instagramPostCodeOf(url: URL): string | null {
  if (!/(^|\.)instagram\.com$/.test(url.hostname)) return null;
  return /^\/(?:[A-Za-z0-9._]{1,64}\/)?(?:p|reel|tv)\/([A-Za-z0-9_-]{1,128})\/?$/.exec(url.pathname)?.[1] ?? null;
}
