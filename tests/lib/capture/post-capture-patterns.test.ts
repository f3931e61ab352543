/**
 * The responses a post page fetches reach the page-world script's recorder, each path shown by a
 * saved response the post reader reads; the profile scripts' lists stay without them.
 */
import { describe, expect, it } from 'vitest';
import { CAPTURE_PATTERNS, POST_CAPTURE_PATTERNS, isCapturePath } from '../../../lib/capture/capture-patterns';
import type { Platform } from '../../../lib/contracts/creator';
import { POST_READERS } from '../../../lib/platforms/post-readers';
import { loadExpectation, loadFixtureText } from '../platforms/fixture-harness';

/** A path the page fetches, and the saved response of that path. */
const CASES: Array<[Platform, string, string]> = [
  ['youtube', '/youtubei/v1/next', '2026-01_next-watch_en-GB_videoPrimaryInfo_likeCountEntity_connor-craftt.json'],
  ['youtube', '/youtubei/v1/next', '2026-01_next-comments_en-GB_commentEntityPayload_hearted_connor-craftt.json'],
  ['youtube', '/youtubei/v1/player', '2026-06_player-microformat_en-GB_crunchlabs.json'],
  ['tiktok', '/api/comment/list/', '2026-01_comment-list_derived-subset_scrapfly.json'],
  ['x', '/i/api/graphql/nBS-WpgA6ZG0CyNHD517JQ/TweetDetail', '2025-03_graphql_TweetDetail_threaded-conversation_legacy-users.json'],
  ['x', '/i/api/graphql/nBS-WpgA6ZG0CyNHD517JQ/TweetDetail', '2026-08_graphql_TweetDetail_threaded-conversation_no-user-legacy.json'],
];

describe('post capture paths', () => {
  it.each(CASES)('%s %s: recorded, and its saved response is read as a post', (platform, path, file) => {
    expect(POST_CAPTURE_PATTERNS[platform].some((pattern) => pattern.test(path))).toBe(true);
    expect(isCapturePath(platform, path)).toBe(true);
    const expected = loadExpectation(platform, file);
    const result = POST_READERS[platform].readPostCapture(JSON.parse(loadFixtureText(platform, file)), new URL(expected.url), { now: new Date(expected.now) });
    expect(result.ok).toBe(true);
  });

  it("are not in the profile scripts' lists: a profile page parses no comment page", () => {
    for (const [platform, path] of CASES) expect(CAPTURE_PATTERNS[platform].some((pattern) => pattern.test(path)), `${platform} ${path}`).toBe(false);
  });

  it('record nothing else of a post page', () => {
    expect(isCapturePath('youtube', '/youtubei/v1/log_event')).toBe(false);
    expect(isCapturePath('x', '/i/api/graphql/abc/TweetResultByRestId')).toBe(false);
    expect(isCapturePath('tiktok', '/api/comment/publish/')).toBe(false);
  });
});
