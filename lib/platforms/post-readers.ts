import type { Platform } from '../contracts/creator';
import type { PostReader } from './post-types';
import { instagramPostReader } from './instagram/post/reader';
import { tiktokPostReader } from './tiktok/post/reader';
import { xPostReader } from './x/post/reader';
import { youtubePostReader } from './youtube/post/reader';

/** Every post reader by platform, for Node callers (`vet`, tests, benchmarks). */
export const POST_READERS: Record<Platform, PostReader> = {
  instagram: instagramPostReader,
  tiktok: tiktokPostReader,
  youtube: youtubePostReader,
  x: xPostReader,
};
