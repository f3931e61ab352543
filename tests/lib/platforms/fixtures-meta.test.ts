import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PLATFORMS } from '../../../lib/contracts/creator';
import { CREATOR_FIELDS, FIXTURES_DIR, POST_FIELDS, fixtureFiles, loadExpectation, readerShould, type FixtureExpectation } from './fixture-files';

describe('fixture conventions', () => {
  for (const platform of PLATFORMS) {
    const dir = join(FIXTURES_DIR, platform);
    it(`${platform}: every fixture has an expected file and every expected file a fixture`, () => {
      expect(existsSync(dir), `create tests/fixtures/${platform}/ with at least one fixture`).toBe(true);
      const files = readdirSync(dir);
      for (const file of files.filter((f) => f.endsWith('.expected.json'))) {
        const base = file.replace(/\.expected\.json$/, '');
        expect(
          files.some((f) => f === `${base}.html` || f === `${base}.json`),
          `${platform}/${file} has no fixture beside it: add ${base}.html or ${base}.json, or delete the expected file`,
        ).toBe(true);
      }
      const fixtures = fixtureFiles(platform);
      expect(fixtures.length, `${platform} needs at least one fixture`).toBeGreaterThan(0);
      for (const file of fixtures) {
        const expectedName = file.replace(/\.(html|json)$/, '.expected.json');
        expect(files.includes(expectedName), `${platform}/${file} has no ${expectedName}: write one from what the page says`).toBe(true);
        const expectation = loadExpectation(platform, file);
        expect(expectation.source, `${platform}/${expectedName}: name the original under ../shared/fixtures/real/`).toMatch(/\S/);
        expect(['page', 'capture']).toContain(expectation.kind);
        expect(() => new URL(expectation.url)).not.toThrow();
        expect(Number.isNaN(Date.parse(expectation.now)), `${expectedName}: "now" must be an ISO date`).toBe(false);
      }
    });
  }
});

/** The fields a creator or post entry lacks: each must be written, as a value or null (the page does not show it). */
function missing(entry: Record<string, unknown>, fields: readonly string[]): string[] {
  return fields.filter((field) => !(field in entry));
}

function completeness(expected: FixtureExpectation): string[] {
  const problems: string[] = [];
  const { expect: e } = expected;
  if (e.ok) {
    if (!expected.where?.creator || !expected.where.posts) problems.push('"where": say where on the page the creator values and the posts are');
    if (e.creator === undefined) problems.push('"creator": write the creator (or null when the file holds none)');
    else if (e.creator !== null) for (const field of missing(e.creator, CREATOR_FIELDS)) problems.push(`creator.${field}: write the page's value, or null`);
    const posts = e.posts ?? [];
    if (e.postCount !== posts.length) problems.push(`postCount ${String(e.postCount)} but ${posts.length} posts written: list every post`);
    posts.forEach((post, i) => {
      if (post.index !== i) problems.push(`posts[${i}] has index ${post.index}: list the posts in order`);
      for (const field of missing(post, POST_FIELDS)) problems.push(`posts[${i}].${field}: write the page's value, or null`);
    });
    if (!Array.isArray(e.knownGaps)) problems.push('"knownGaps": [] when the reader reads every value');
    for (const gap of e.knownGaps ?? []) if (!gap.reason?.trim()) problems.push(`known gap ${gap.field}: say why`);
    try {
      readerShould(e);
    } catch (error) {
      problems.push(String(error));
    }
  } else {
    const held = expected.pageHolds;
    if (!held?.why?.trim() || !held.where?.trim()) problems.push('"pageHolds": say what the page holds and why it is not read');
    else {
      if (held.creator !== null) for (const field of missing(held.creator, CREATOR_FIELDS)) problems.push(`pageHolds.creator.${field}: write the page's value, or null`);
      held.posts.forEach((post, i) => {
        for (const field of missing(post, POST_FIELDS)) problems.push(`pageHolds.posts[${i}].${field}: write the page's value, or null`);
      });
    }
  }
  return problems;
}

describe('expected files say everything the page says (issue #10.8)', () => {
  const cases = PLATFORMS.flatMap((platform) => fixtureFiles(platform).map((file) => [platform, file] as const));
  it.each(cases)('%s/%s names every creator and post field, and every known gap with its reason', (platform, file) => {
    expect(completeness(loadExpectation(platform, file))).toEqual([]);
  });

  const base = { source: 's', trimmed: null, url: 'https://x.com/a', now: '2026-01-01T00:00:00Z', kind: 'page' as const, where: { creator: 'c', posts: 'p' } };
  const creator = { handle: 'a', displayName: 'A', followers: 10, following: 1, postsCount: 2, verified: true };
  const post = { index: 0, id: '1', publishedAt: null, likes: 5, comments: 1, views: null, shares: null };

  it('a known gap keeps the page\'s value in the file and tells the test what the reader gives', () => {
    const should = readerShould({ ok: true, creator, postCount: 1, posts: [{ ...post, seen: '5 likes' }], knownGaps: [{ field: 'posts[0].likes', page: 5, reader: null, reason: 'r' }] });
    expect(should.posts[0]).toEqual({ ...post, likes: null });
    expect(() => readerShould({ ok: true, creator, posts: [post], knownGaps: [{ field: 'posts[0].likes', page: 6, reader: null, reason: 'r' }] })).toThrow(/differs from the value written there/);
    expect(() => readerShould({ ok: true, creator, posts: [post], knownGaps: [{ field: 'creator.bio', page: 'x', reader: '', reason: 'r' }] })).toThrow(/no value there/);
  });

  it('an incomplete expected file is named field by field', () => {
    const { verified: _verified, ...partialCreator } = creator;
    const { shares: _shares, ...partialPost } = post;
    expect(completeness({ ...base, expect: { ok: true, creator: partialCreator, postCount: 2, posts: [partialPost], knownGaps: [] } })).toEqual([
      "creator.verified: write the page's value, or null",
      'postCount 2 but 1 posts written: list every post',
      "posts[0].shares: write the page's value, or null",
    ]);
    expect(completeness({ ...base, expect: { ok: false, reason: 'not-profile' } })).toEqual(['"pageHolds": say what the page holds and why it is not read']);
  });
});
