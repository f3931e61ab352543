import type { Platform } from '../contracts/creator';
import { HOSTS_BY_PLATFORM, platformOfHost } from './hosts';
import { instagramProfileRef } from './instagram/profile-url';
import type { ProfileRef } from './profile-ref';
import { tiktokProfileRef } from './tiktok/profile-url';
import { xProfileRef } from './x/profile-url';
import { youtubeProfileRef } from './youtube/profile-url';

export type { ProfileRef } from './profile-ref';

const BY_PLATFORM: Record<Platform, (url: URL) => ProfileRef | null> = {
  instagram: instagramProfileRef,
  tiktok: tiktokProfileRef,
  youtube: youtubeProfileRef,
  x: xProfileRef,
};

/**
 * Which creator a URL points at on any platform, if it is a profile page. Pure: the URL is passed
 * in. Content scripts use their own reader's `profileRef`, so each bundle carries one platform's rules.
 */
export function profileRefFromUrl(url: URL): ProfileRef | null {
  const platform = platformOfHost(url.hostname);
  return platform ? BY_PLATFORM[platform](url) : null;
}

/** The address of a creator's profile page, as each platform writes it. */
export function profileUrlFor(platform: Platform, handle: string): URL {
  const host = HOSTS_BY_PLATFORM[platform][0] ?? '';
  const path = platform === 'tiktok' || platform === 'youtube' ? `/@${handle}` : platform === 'instagram' ? `/${handle}/` : `/${handle}`;
  return new URL(`https://${host}${path}`);
}
