import { handleRef, HANDLE, pathSegments, type ProfileRef } from '../profile-ref';

// Channel tabs (seen 2026-11).
const TABS = new Set(['', 'featured', 'videos', 'shorts', 'streams', 'live', 'about', 'community', 'posts', 'playlists', 'podcasts', 'releases', 'courses', 'store']);

/** `youtube.com/@<handle>`, `/channel/UC…`, `/c/<name>`, `/user/<name>`, and their tabs. */
export function youtubeProfileRef(url: URL): ProfileRef | null {
  const [first = '', second = '', ...rest] = pathSegments(url, 'youtube') ?? [];
  const tail = rest.filter(Boolean);
  if (first.startsWith('@') && HANDLE.test(first.slice(1))) {
    if (!TABS.has(second) || tail.length) return null;
    return handleRef('youtube', first.slice(1));
  }
  if (first === 'channel' && /^UC[A-Za-z0-9_-]{22}$/.test(second)) {
    if (tail.length > 1 || !TABS.has(tail[0] ?? '')) return null;
    return { platform: 'youtube', key: `channel:${second}`, handle: null, channelId: second };
  }
  if ((first === 'c' || first === 'user') && HANDLE.test(second)) {
    if (tail.length > 1 || !TABS.has(tail[0] ?? '')) return null;
    return { platform: 'youtube', key: `${first}:${second.toLowerCase()}`, handle: null, channelId: null };
  }
  return null;
}
