/**
 * Every saved post page and comment response with a `postReader` block in its expected file, read
 * by its platform's post reader and compared with what the page says (written by hand from the page).
 */
import { describe, expect, it } from 'vitest';
import { PostSchema } from '../../../lib/contracts/creator';
import { PLATFORMS } from '../../../lib/contracts/vocabulary';
import { POST_READERS } from '../../../lib/platforms/post-readers';
import type { PostReadResult } from '../../../lib/platforms/post-types';
import { fixtureFiles, loadExpectation, loadFixtureText, parseHtml, type ExpectedPostReading } from './fixture-harness';

const NOTE_KEYS = new Set(['seen', 'note']);
const compared = (fields: Record<string, unknown>) => Object.fromEntries(Object.entries(fields).filter(([key]) => !NOTE_KEYS.has(key)));

/** The expected reading with each known gap's field set to what the reader gives today. */
function should(expected: ExpectedPostReading): ExpectedPostReading {
  const copy = structuredClone(expected);
  for (const gap of copy.knownGaps) {
    const [section, key] = gap.field.split('.') as [keyof ExpectedPostReading, string];
    const target = copy[section] as Record<string, unknown> | null;
    if (!target || !(key in target)) throw new Error(`known gap ${gap.field}: no value written there`);
    expect(target[key], `known gap ${gap.field}: "page" must equal the value written`).toEqual(gap.page);
    target[key] = gap.reader;
  }
  return copy;
}

const cases = PLATFORMS.flatMap((platform) =>
  fixtureFiles(platform)
    .filter((file) => loadExpectation(platform, file).postReader !== undefined)
    .map((file) => [platform, file] as const),
);

/** Post pages that render other posts than the one they loaded with, read at those posts. */
const navigationCases = PLATFORMS.flatMap((platform) =>
  fixtureFiles(platform).flatMap((file) => (loadExpectation(platform, file).postReaderAfterNavigation ?? []).map((entry) => [platform, file, entry.url] as const)),
);

describe('post readers on every saved post page and comment response', () => {
  it('cover all four platforms', () => {
    expect(new Set(cases.map(([platform]) => platform))).toEqual(new Set(PLATFORMS));
  });

  it.each(cases)('%s/%s', (platform, file) => {
    const expected = loadExpectation(platform, file);
    const url = new URL(expected.url);
    const text = loadFixtureText(platform, file);
    const result: PostReadResult =
      expected.kind === 'page' ? POST_READERS[platform].readPostPage(parseHtml(text, expected.url), url, { now: new Date(expected.now) }) : POST_READERS[platform].readPostCapture(JSON.parse(text), url, { now: new Date(expected.now) });
    compareReading(result, expected.postReader!);
  });

  it.each(navigationCases)('%s/%s at %s, after an in-app navigation', (platform, file, at) => {
    const expected = loadExpectation(platform, file);
    const after = expected.postReaderAfterNavigation!.find((entry) => entry.url === at)!;
    // The document as it loaded, the address as the app changed it.
    const doc = parseHtml(loadFixtureText(platform, file), expected.url);
    compareReading(POST_READERS[platform].readPostPage(doc, new URL(at), { now: new Date(expected.now) }), after.postReader);
  });
});

function compareReading(result: PostReadResult, expected: ExpectedPostReading): void {
  const want = should(expected);
  if (!result.ok) throw new Error(`not read: ${result.reason} (tried ${result.tried.join(', ')})`);
  expect(result.postId).toBe(want.postId);
  if (want.author === null) expect(result.author).toBeNull();
  else expect(result.author).toMatchObject(compared(want.author));
  if (want.post === null) expect(result.post).toBeNull();
  else {
    expect(() => PostSchema.parse(result.post)).not.toThrow();
    expect(result.post).toMatchObject(compared(want.post));
  }
  expect(result.totalComments).toBe(want.totalComments);
  if (want.comments === null) {
    expect(result.comments).toEqual([]);
    return;
  }
  const c = result.comments;
  expect(c).toHaveLength(want.comments.count);
  expect(new Set(c.map((x) => x.authorHandle.toLowerCase())).size, 'distinct commenters').toBe(want.comments.distinctAuthors);
  expect(c.filter((x) => x.byCreator).length, 'by the creator').toBe(want.comments.byCreator);
  expect(c.filter((x) => x.creatorReplied === true).length, 'answered by the creator').toBe(want.comments.creatorReplied);
  expect(c.filter((x) => x.creatorLiked === true).length, 'liked by the creator').toBe(want.comments.creatorLiked);
  expect(c[0]).toMatchObject(compared(want.comments.first));
}
