import type { Platform } from '../contracts/creator';
import { instagramReader } from './instagram/reader';
import { tiktokReader } from './tiktok/reader';
import { xReader } from './x/reader';
import { youtubeReader } from './youtube/reader';
import type { PlatformReader } from './types';

/**
 * Every reader by platform, for Node callers (the `vet` command, benchmarks). Content scripts
 * import their own reader only, so each bundle carries one platform.
 */
export const READERS: Record<Platform, PlatformReader> = {
  instagram: instagramReader,
  tiktok: tiktokReader,
  youtube: youtubeReader,
  x: xReader,
};
