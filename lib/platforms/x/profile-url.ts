import { handleRef, pathSegments, type ProfileRef } from '../profile-ref';

// First path segments that are app routes, not user names (seen 2026-11).
const RESERVED = new Set([
  'home', 'explore', 'notifications', 'messages', 'i', 'settings', 'search', 'compose', 'login',
  'logout', 'signup', 'tos', 'privacy', 'jobs', 'hashtag', 'intent', 'share', 'account', 'lists',
  'bookmarks', 'communities', 'premium', 'verified-orgs', 'download', 'about', 'help', 'following',
  'followers', 'sw.js', 'manifest.json', 'robots.txt', 'oauth', 'search-advanced', 'grok',
]);
const PROFILE_TABS = new Set(['', 'with_replies', 'media', 'likes', 'highlights', 'articles', 'superfollows']);

/** `x.com/<user>` and its tabs. */
export function xProfileRef(url: URL): ProfileRef | null {
  const [first = '', second = '', ...rest] = pathSegments(url, 'x') ?? [];
  if (!/^[A-Za-z0-9_]{1,15}$/.test(first) || RESERVED.has(first.toLowerCase())) return null;
  if (!PROFILE_TABS.has(second) || rest.some(Boolean)) return null;
  return handleRef('x', first);
}
