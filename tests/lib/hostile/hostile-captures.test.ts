import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CAPS } from '../../../lib/contracts/caps';
import { z } from '../../../lib/contracts/zod-mini';
import { CreatorSchema, PLATFORMS, PostSchema } from '../../../lib/contracts/creator';
import { READERS } from '../../../lib/platforms/readers';
import type { CaptureResult } from '../../../lib/platforms/types';
import { DDE_FORMULA, DEEPLY_NESTED, HOSTILE_CAPTION, HOSTILE_NUMBERS, IMG_ONERROR, SCRIPT_TAG, deeplyNestedJson } from './hostile-values';

/**
 * Captured API responses are what the page itself can forge (it can post the capture message), so
 * every reader's readCapture must hold up against anything: arbitrary JSON, a 10,000-level object,
 * and real responses with hostile values swapped in.
 */

const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures');
const NOW = { now: new Date('2026-06-08T23:59:00.000Z') };
const URLS = {
  instagram: new URL('https://www.instagram.com/pluto__travel/'),
  tiktok: new URL('https://www.tiktok.com/@oddanimalspecimens'),
  youtube: new URL('https://www.youtube.com/@vsauce/videos'),
  x: new URL('https://x.com/XDevelopers'),
} as const;

function expectContractValid(result: CaptureResult) {
  expect(typeof result.ok).toBe('boolean');
  for (const post of result.posts) {
    const parsed = PostSchema.safeParse(post);
    expect(parsed.success ? [] : parsed.error.issues.slice(0, 2)).toEqual([]);
  }
  if (result.creator) {
    const parsed = z.partial(CreatorSchema).safeParse(result.creator);
    expect(parsed.success ? [] : parsed.error.issues.slice(0, 2)).toEqual([]);
  }
}

/** Replace the value of every `key` anywhere in `json`, taking replacements in turn. */
function swapValues(json: unknown, replacements: Record<string, readonly unknown[]>): number {
  let swapped = 0;
  const turn: Record<string, number> = {};
  const visit = (node: unknown) => {
    if (node === null || typeof node !== 'object') return;
    for (const [key, value] of Object.entries(node)) {
      const options = replacements[key];
      if (options && (typeof value !== 'object' || value === null)) {
        const i = turn[key] ?? 0;
        turn[key] = i + 1;
        (node as Record<string, unknown>)[key] = options[i % options.length];
        swapped++;
      } else visit(value);
    }
  };
  visit(json);
  return swapped;
}

/** Counts that must read as null. (1.5 rounds to 2 and "7 " is 7: odd, but numbers.) */
const GARBAGE = HOSTILE_NUMBERS.filter((n) => n !== 1.5 && n !== '7 ');
/** One text in ten is the 1 MB caption: enough to check the cap without reading 50 MB. */
const TEXTS = [HOSTILE_CAPTION, SCRIPT_TAG, IMG_ONERROR, DDE_FORMULA, '\u202egnp.exe', 'a', 'b', 'c', 'd', 'e'];

const loadJson = (path: string) => JSON.parse(readFileSync(join(FIXTURES, path), 'utf8')) as unknown;

describe('readCapture against hostile input', () => {
  it.each(PLATFORMS)('%s: arbitrary JSON never throws and never yields data outside the contract', (platform) => {
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), fc.anything()), (json) => {
        expectContractValid(READERS[platform].readCapture(json, URLS[platform], NOW));
      }),
      { numRuns: 500, seed: 7 },
    );
  });

  it.each(PLATFORMS)('%s: a 10,000-level object, alone or inside a response, is read without a stack overflow', (platform) => {
    expectContractValid(READERS[platform].readCapture(DEEPLY_NESTED, URLS[platform], NOW));
    const wrapped = JSON.parse(`{"data":{"user":{"result":${deeplyNestedJson()}}},"itemList":[${deeplyNestedJson()}],"items":[${deeplyNestedJson()}]}`) as unknown;
    expectContractValid(READERS[platform].readCapture(wrapped, URLS[platform], NOW));
  });

  it('TikTok item_list with garbage counts and a 1 MB caption: counts null, caption capped', () => {
    const json = loadJson('tiktok/2026-01_item_list-subset_scrapfly.json');
    const counts = ['diggCount', 'commentCount', 'playCount', 'shareCount', 'collectCount'];
    expect(swapValues(json, { desc: TEXTS, ...Object.fromEntries(counts.map((c) => [c, GARBAGE])) })).toBeGreaterThan(50);
    const result = READERS.tiktok.readCapture(json, URLS.tiktok, NOW);
    expectContractValid(result);
    expect(result.posts.length).toBeGreaterThan(0);
    for (const post of result.posts) {
      for (const key of ['likes', 'comments', 'views', 'shares', 'saves'] as const) expect(post[key]).toBeNull();
      expect(post.caption.length).toBeLessThanOrEqual(CAPS.caption);
      expect(post.caption).not.toMatch(/\u202e/);
    }
  });

  it('X UserTweets with garbage counts and a 1 MB text: counts null, text capped', () => {
    const json = loadJson('x/2026-06_graphql_UserTweets_timeline.json');
    const counts = ['favorite_count', 'reply_count', 'retweet_count', 'quote_count', 'bookmark_count', 'followers_count', 'friends_count', 'statuses_count'];
    expect(swapValues(json, { full_text: TEXTS, text: TEXTS, ...Object.fromEntries(counts.map((c) => [c, GARBAGE])) })).toBeGreaterThan(10);
    const result = READERS.x.readCapture(json, URLS.x, NOW);
    expectContractValid(result);
    expect(result.posts.length).toBeGreaterThan(0);
    for (const post of result.posts) {
      for (const key of ['likes', 'comments', 'saves'] as const) expect(post[key]).toBeNull();
      expect(post.caption.length).toBeLessThanOrEqual(CAPS.caption);
      expect(post.caption).not.toMatch(/\u202e/);
    }
    expect(result.creator?.followers ?? null).toBeNull();
  });
});
