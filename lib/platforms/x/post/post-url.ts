/** The author handle (lower case) and id of a status URL (`/<user>/status/<id>`), if it is one. */
export function xStatusOf(url: URL): { handle: string; id: string } | null {
  if (!/(^|\.)(x|twitter)\.com$/.test(url.hostname)) return null;
  const m = /^\/([A-Za-z0-9_]{1,15})\/status\/(\d{1,40})\/?$/.exec(url.pathname);
  return m?.[1] && m[2] ? { handle: m[1].toLowerCase(), id: m[2] } : null;
}
