import { expect } from 'vitest';
import { SnapshotSchema, type Platform } from '../../../lib/contracts/creator';
import type { PlatformReader } from '../../../lib/platforms/types';
import { loadExpectation, loadFixtureText, parseHtml, readerShould, type FixtureExpectation } from './fixture-files';

export { FIXTURES_DIR, fixtureFiles, loadExpectation, loadFixtureText, parseHtml, readerShould, type ExpectedPostReading, type FixtureExpectation, type KnownGap } from './fixture-files';

type Read = { ok: boolean; creator: unknown; posts: unknown[]; reason?: string };

// A capture's creator is partial: a count it does not name is unknown, as null is on a page.
const unknownCounts = { followers: null, following: null, postsCount: null, totalLikes: null, verified: null };

function compare(result: Read, expected: FixtureExpectation['expect'], kind: FixtureExpectation['kind']): void {
  if (!expected.ok) return;
  const should = readerShould(expected);
  const creator = kind === 'capture' && result.creator ? { ...unknownCounts, ...(result.creator as object) } : result.creator;
  if (should.creator === null) expect(result.creator).toBeNull();
  else if (should.creator) expect(creator).toMatchObject(should.creator);
  if (expected.postCount !== undefined) expect(result.posts).toHaveLength(expected.postCount);
  for (const { index, ...fields } of should.posts) expect(result.posts[index], `post ${index}`).toMatchObject(fields);
}

/** Run one fixture through the reader and compare with its expected file (known gaps included). */
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
    compare(result, expected.expect, 'page');
  } else {
    const result = reader.readCapture(JSON.parse(text), url, context);
    if (!expected.expect.ok) {
      expect(result).toMatchObject({ ok: false, reason: expected.expect.reason });
      return;
    }
    expect(result.ok ? 'ok' : `failed: ${result.reason ?? 'no reason'}`).toBe('ok');
    compare(result, expected.expect, 'capture');
  }
}
