import type { Platform } from '../contracts/creator';
import type { PostReader } from './post-types';
import { tiktokPostReader } from './tiktok/post/reader';
import { xPostReader } from './x/post/reader';
import { youtubePostReader } from './youtube/post/reader';

/** Every post reader by platform, for Node callers (`vet`, tests, benchmarks). */
export const POST_READERS: Partial<Record<Platform, PostReader>> = {
  tiktok: tiktokPostReader,
  youtube: youtubePostReader,
  x: xPostReader,
};
