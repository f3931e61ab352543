import type { Platform } from '../contracts/creator';
import { platformOfHost } from './hosts';

/**
 * Which creator a URL points at, if it is a profile page. Pure: the URL is passed in.
 * `key` identifies the creator within its platform: the lower-case handle, or for YouTube's
 * `/channel/UC…` URLs the channel id (prefixed `channel:`), since the handle is not in the URL.
 */
export interface ProfileRef {
  platform: Platform;
  key: string;
  handle: string | null;
  channelId: string | null;
}

// First path segments that are app routes, not user names (seen 2026-11 on each site).
const INSTAGRAM_RESERVED = new Set([
  'explore', 'p', 'reel', 'reels', 'stories', 'accounts', 'direct', 'about', 'legal', 'developer',
  'tv', 'challenge', 'emails', 'web', 'api', 'graphql', 'ajax', 'static', 'privacy', 'session',
  'topics', 'locations', 'directory', 'your_activity', 'lite', 'oauth', 'press', 'qp', 'create',
]);
const INSTAGRAM_PROFILE_TABS = new Set(['', 'reels', 'tagged', 'saved', 'guides', 'feed']);

const X_RESERVED = new Set([
  'home', 'explore', 'notifications', 'messages', 'i', 'settings', 'search', 'compose', 'login',
  'logout', 'signup', 'tos', 'privacy', 'jobs', 'hashtag', 'intent', 'share', 'account', 'lists',
  'bookmarks', 'communities', 'premium', 'verified-orgs', 'download', 'about', 'help', 'following',
  'followers', 'sw.js', 'manifest.json', 'robots.txt', 'oauth', 'search-advanced', 'grok',
]);
const X_PROFILE_TABS = new Set(['', 'with_replies', 'media', 'likes', 'highlights', 'articles', 'superfollows']);

const YOUTUBE_TABS = new Set(['', 'featured', 'videos', 'shorts', 'streams', 'live', 'about', 'community', 'posts', 'playlists', 'podcasts', 'releases', 'courses', 'store']);

const HANDLE = /^[A-Za-z0-9._-]{1,64}$/;

function segments(url: URL): string[] {
  return url.pathname.split('/').slice(1).map((s) => {
    try {
      return decodeURIComponent(s);
    } catch {
      return s;
    }
  });
}

function ref(platform: Platform, handle: string): ProfileRef {
  const lower = handle.toLowerCase();
  return { platform, key: lower, handle: lower, channelId: null };
}

export function profileRefFromUrl(url: URL): ProfileRef | null {
  if (url.protocol !== 'https:') return null;
  const platform = platformOfHost(url.hostname);
  if (!platform) return null;
  const [first = '', second = '', ...rest] = segments(url);
  const tail = rest.filter(Boolean);
  switch (platform) {
    case 'instagram': {
      if (!HANDLE.test(first) || INSTAGRAM_RESERVED.has(first.toLowerCase())) return null;
      if (!INSTAGRAM_PROFILE_TABS.has(second) || tail.length) return null;
      return ref(platform, first);
    }
    case 'tiktok': {
      if (!first.startsWith('@') || !HANDLE.test(first.slice(1))) return null;
      if (second !== '' || tail.length) return null; // /@user/video/123 is a post, not the profile
      return ref(platform, first.slice(1));
    }
    case 'youtube': {
      if (first.startsWith('@') && HANDLE.test(first.slice(1))) {
        if (!YOUTUBE_TABS.has(second) || tail.length) return null;
        return ref(platform, first.slice(1));
      }
      if (first === 'channel' && /^UC[A-Za-z0-9_-]{22}$/.test(second)) {
        if (tail.length > 1 || !YOUTUBE_TABS.has(tail[0] ?? '')) return null;
        return { platform, key: `channel:${second}`, handle: null, channelId: second };
      }
      if ((first === 'c' || first === 'user') && HANDLE.test(second)) {
        if (tail.length > 1 || !YOUTUBE_TABS.has(tail[0] ?? '')) return null;
        return { platform, key: `${first}:${second.toLowerCase()}`, handle: null, channelId: null };
      }
      return null;
    }
    case 'x': {
      if (!/^[A-Za-z0-9_]{1,15}$/.test(first) || X_RESERVED.has(first.toLowerCase())) return null;
      if (!X_PROFILE_TABS.has(second) || tail.length) return null;
      return ref(platform, first);
    }
  }
}

export function isProfileUrl(url: URL): boolean {
  return profileRefFromUrl(url) !== null;
}
