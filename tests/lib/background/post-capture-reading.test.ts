/**
 * The responses post pages fetch, read in the background (`post/read-capture`) rather than on the
 * page: every saved post response with a `postReader` block in its expected file gives, through the
 * background, what the page says (as tests/lib/platforms/post-readers.test.ts checks the reader) and
 * exactly what the content script sent when it read the response itself.
 */
import { describe, expect, it } from 'vitest';
import { readPostCaptureText } from '../../../lib/background/post-capture-reading';
import { PostPageReadingSchema } from '../../../lib/contracts/post-reading';
import type { Platform } from '../../../lib/contracts/creator';
import { PLATFORMS } from '../../../lib/contracts/vocabulary';
import { POST_READERS } from '../../../lib/platforms/post-readers';
import { postSubmission, SUBMITTED_COMMENTS_MAX } from '../../../lib/platforms/post-submission';
import { fixtureFiles, loadExpectation, loadFixtureText } from '../platforms/fixture-harness';

const responses = PLATFORMS.flatMap((platform) =>
  fixtureFiles(platform)
    .filter((file) => {
      const expected = loadExpectation(platform, file);
      return expected.kind === 'capture' && expected.postReader !== undefined;
    })
    .map((file) => [platform, file] as const),
);

/** The post page the response was fetched on: its expected file's address, else (a response saved from its API address) the post's own. */
function postPageOf(platform: Platform, url: string, postId: string): string {
  if (POST_READERS[platform].postIdOf(new URL(url)) === postId) return url;
  const pages: Record<Platform, string> = {
    instagram: `https://www.instagram.com/p/${postId}/`,
    tiktok: `https://www.tiktok.com/@creator/video/${postId}`,
    youtube: `https://www.youtube.com/watch?v=${postId}`,
    x: `https://x.com/creator/status/${postId}`,
  };
  return pages[platform];
}

describe('post/read-capture: a post page\'s responses read in the background', () => {
  it('covers responses of all four platforms', () => {
    expect(new Set(responses.map(([platform]) => platform))).toEqual(new Set(PLATFORMS));
  });

  it.each(responses)('%s/%s', (platform, file) => {
    const expected = loadExpectation(platform, file);
    const want = expected.postReader!;
    const text = loadFixtureText(platform, file);
    const now = new Date(expected.now);
    const page = postPageOf(platform, expected.url, want.postId);
    const read = readPostCaptureText(page, text, now);
    if (!read.ok) throw new Error(read.detail);
    const reading = read.reading;
    if (!reading) throw new Error('nothing read');
    // What the page says (the expected file, written from the response by hand).
    expect(reading.postId).toBe(want.postId);
    expect(reading.author?.handle ?? null).toBe(want.author?.handle ?? null);
    expect(reading.totalComments).toBe(want.totalComments);
    expect(reading.comments).toHaveLength(Math.min(want.comments?.count ?? 0, SUBMITTED_COMMENTS_MAX));
    // What the content script sent when it parsed and read the response on the page's thread.
    const onPage = postSubmission(POST_READERS[platform].readPostCapture(JSON.parse(text), new URL(page), { now }), 'capture');
    expect(reading).toEqual(PostPageReadingSchema.parse(onPage!.reading));
  });
});

describe('post/read-capture refuses what it cannot place', () => {
  const [platform, file] = responses.find(([p]) => p === 'x')!;
  const expected = loadExpectation(platform, file);
  const text = loadFixtureText(platform, file);
  const now = new Date(expected.now);

  it('text that is not JSON', () => {
    expect(readPostCaptureText(expected.url, '{"data":', now)).toEqual({ ok: false, detail: 'a response that is not JSON' });
  });

  it('an address that is no post of a platform Vetted reads', () => {
    for (const pageUrl of ['not a url', 'https://x.com/xdevelopers', 'http://x.com/xdevelopers/status/1649191520250245121', 'https://example.com/xdevelopers/status/1649191520250245121']) {
      expect(readPostCaptureText(pageUrl, text, now).ok, pageUrl).toBe(false);
    }
  });

  it('a response about another post than the page (the app prefetches the next one) reads as nothing', () => {
    const other = expected.url.replace(/status\/\d+/, 'status/1');
    expect(readPostCaptureText(other, text, now)).toEqual({ ok: true, reading: null });
  });

  it('JSON that holds no post or comments reads as nothing', () => {
    for (const json of ['{}', '[]', 'null', '"text"', '{"data":{"threaded_conversation_with_injections_v2":{}}}', '{"__proto__":{"polluted":1}}']) {
      expect(readPostCaptureText(expected.url, json, now), json).toEqual({ ok: true, reading: null });
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
