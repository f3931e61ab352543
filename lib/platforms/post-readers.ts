import type { Platform } from '../contracts/creator';
import type { PostReader } from './post-types';
import { youtubePostReader } from './youtube/post/reader';

/** Every post reader by platform, for Node callers (`vet`, tests, benchmarks). */
export const POST_READERS: Partial<Record<Platform, PostReader>> = {
  youtube: youtubePostReader,
};
