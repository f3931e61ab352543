/** The video of a watch or Shorts URL (`/watch?v=…`, `/shorts/…`), if it is one. */
export function youtubeVideoIdOf(url: URL): string | null {
  if (!/(^|\.)youtube\.com$/.test(url.hostname)) return null;
  if (url.pathname === '/watch') return /^[A-Za-z0-9_-]{6,20}$/.exec(url.searchParams.get('v') ?? '')?.[0] ?? null;
  return /^\/shorts\/([A-Za-z0-9_-]{6,20})\/?$/.exec(url.pathname)?.[1] ?? null;
}
