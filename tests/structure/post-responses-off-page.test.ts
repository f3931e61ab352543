// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { PLATFORMS } from '../../lib/contracts/vocabulary';
import { reachableModules } from './import-graph';

/**
 * The responses a post page fetches (comment pages, the post's JSON) are read in the background
 * (lib/background/post-capture-reading.ts): no content script carries their readers, which would
 * be compiled on every page of the site, and none parses them on the page's thread.
 */
const RESPONSE_ONLY: Record<(typeof PLATFORMS)[number], string[]> = {
  instagram: ['lib/platforms/instagram/post/reader.ts'],
  tiktok: ['lib/platforms/tiktok/post/reader.ts', 'lib/platforms/tiktok/post/comments.ts'],
  youtube: ['lib/platforms/youtube/post/reader.ts', 'lib/platforms/youtube/post/comments.ts'],
  x: ['lib/platforms/x/post/reader.ts', 'lib/platforms/x/post/tweet-detail.ts'],
};

describe('post pages: the responses they fetch are read off the page', () => {
  it.each(PLATFORMS)("%s's content script carries the post page's reader, not the responses' readers", (platform) => {
    const modules = reachableModules(`entrypoints/${platform}.content.ts`);
    expect(modules).toContain(`lib/platforms/${platform}/post/page-reader.ts`);
    for (const file of RESPONSE_ONLY[platform]) expect(modules).not.toContain(file);
  });

  it.each(PLATFORMS)("%s: the background reaches them (the walk would see them in a content script)", (platform) => {
    const modules = reachableModules('entrypoints/background.ts');
    expect(modules).toContain('lib/background/post-capture-reading.ts');
    for (const file of RESPONSE_ONLY[platform]) expect(modules).toContain(file);
  });
});
