import { PLATFORMS } from '../contracts/vocabulary';

/**
 * `#key=<encoded platform:handle>`: how the overlay and the popup point the dashboard at one
 * creator. The hash is untrusted input (anyone can link to the page): only a well-formed key passes.
 */
export function keyFromHash(hash: string): string | null {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const key = params.get('key');
  if (!key || key.length > 200) return null;
  const colon = key.indexOf(':');
  if (colon < 1) return null;
  const platform = key.slice(0, colon);
  const handle = key.slice(colon + 1);
  if (!(PLATFORMS as readonly string[]).includes(platform)) return null;
  return /^[a-z0-9._-]{1,64}$/.test(handle) ? key : null;
}

export function hashForKey(key: string): string {
  return `#key=${encodeURIComponent(key)}`;
}
