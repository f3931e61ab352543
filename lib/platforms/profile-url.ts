import type { Platform } from '../contracts/creator';
import { platformOfHost } from './hosts';
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
