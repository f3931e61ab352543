import { expect } from 'vitest';
import { SnapshotSchema, type Platform } from '../../../lib/contracts/creator';
import type { PlatformReader } from '../../../lib/platforms/types';
import { loadExpectation, loadFixtureText, parseHtml } from './fixture-files';

export { FIXTURES_DIR, fixtureFiles, loadExpectation, loadFixtureText, parseHtml, type FixtureExpectation } from './fixture-files';

/** Run one fixture through the reader and compare with its expected file. */
export function checkFixture(reader: PlatformReader, platform: Platform, file: string): void {
  const expected = loadExpectation(platform, file);
  const text = loadFixtureText(platform, file);
  const url = new URL(expected.url);
  const context = { now: new Date(expected.now) };
  if (expected.kind === 'page') {
    const result = reader.read(parseHtml(text, expected.url), url, context);
    if (!expected.expect.ok) {
      expect(result).toMatchObject({ ok: false, reason: expected.expect.reason });
      return;
    }
    expect(result.ok ? 'ok' : `failed: ${result.reason} (tried ${result.tried.join(', ')})`).toBe('ok');
    if (!result.ok) return;
    expect(() => SnapshotSchema.parse({ creator: result.creator, posts: result.posts, sources: result.sources })).not.toThrow();
    if (expected.expect.creator) expect(result.creator).toMatchObject(expected.expect.creator);
    if (expected.expect.postCount !== undefined) expect(result.posts).toHaveLength(expected.expect.postCount);
    for (const { index, ...fields } of expected.expect.posts ?? []) expect(result.posts[index]).toMatchObject(fields);
  } else {
    const result = reader.readCapture(JSON.parse(text), url, context);
    if (!expected.expect.ok) {
      expect(result.ok).toBe(false);
      return;
    }
    expect(result.ok).toBe(true);
    if (expected.expect.creator) expect(result.creator).toMatchObject(expected.expect.creator);
    if (expected.expect.postCount !== undefined) expect(result.posts).toHaveLength(expected.expect.postCount);
    for (const { index, ...fields } of expected.expect.posts ?? []) expect(result.posts[index]).toMatchObject(fields);
  }
}
