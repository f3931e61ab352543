import type { Platform } from '../contracts/creator';
import { HOSTS_BY_PLATFORM } from './hosts';

/**
 * Which creator a URL points at, if it is a profile page. `key` identifies the creator within its
 * platform: the lower-case handle, or for YouTube's `/channel/UC…` URLs the channel id (prefixed
 * `channel:`), since the handle is not in the URL.
 */
export interface ProfileRef {
  platform: Platform;
  key: string;
  handle: string | null;
  channelId: string | null;
}

export const HANDLE = /^[A-Za-z0-9._-]{1,64}$/;

/** The decoded path segments of an https URL on one of the platform's hosts, or null. */
export function pathSegments(url: URL, platform: Platform): string[] | null {
  if (url.protocol !== 'https:' || !HOSTS_BY_PLATFORM[platform].includes(url.hostname)) return null;
  return url.pathname.split('/').slice(1).map((s) => {
    try {
      return decodeURIComponent(s);
    } catch {
      return s;
    }
  });
}

export function handleRef(platform: Platform, handle: string): ProfileRef {
  const lower = handle.toLowerCase();
  return { platform, key: lower, handle: lower, channelId: null };
}
