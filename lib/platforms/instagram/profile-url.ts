import { handleRef, HANDLE, pathSegments, type ProfileRef } from '../profile-ref';

// First path segments that are app routes, not user names (seen 2026-11).
const RESERVED = new Set([
  'explore', 'p', 'reel', 'reels', 'stories', 'accounts', 'direct', 'about', 'legal', 'developer',
  'tv', 'challenge', 'emails', 'web', 'api', 'graphql', 'ajax', 'static', 'privacy', 'session',
  'topics', 'locations', 'directory', 'your_activity', 'lite', 'oauth', 'press', 'qp', 'create',
]);
const PROFILE_TABS = new Set(['', 'reels', 'tagged', 'saved', 'guides', 'feed']);

/** `instagram.com/<user>/` and its tabs. */
export function instagramProfileRef(url: URL): ProfileRef | null {
  const [first = '', second = '', ...rest] = pathSegments(url, 'instagram') ?? [];
  if (!HANDLE.test(first) || RESERVED.has(first.toLowerCase())) return null;
  if (!PROFILE_TABS.has(second) || rest.some(Boolean)) return null;
  return handleRef('instagram', first);
}
