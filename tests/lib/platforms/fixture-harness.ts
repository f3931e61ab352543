import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { SnapshotSchema, type Platform } from '../../../lib/contracts/creator';
import type { PlatformReader } from '../../../lib/platforms/types';

export const FIXTURES_DIR = join(import.meta.dirname, '..', '..', 'fixtures');

/**
 * The `*.expected.json` written by hand beside each fixture (see tests/fixtures/README.md).
 * `creator` and each `posts[]` entry are partial: only the fields written are compared, exactly.
 */
export interface FixtureExpectation {
  /** Original file under ../shared/fixtures/real/, and what (if anything) was trimmed from the copy. */
  source: string;
  trimmed: string | null;
  /** The URL the page was served at. */
  url: string;
  /** "now" for relative dates ("3 days ago"): the capture date. */
  now: string;
  kind: 'page' | 'capture';
  expect:
    | {
        ok: true;
        creator?: Record<string, unknown>;
        /** How many posts the reader must return. */
        postCount?: number;
        /** Checks on individual posts, by index in the reader's output. */
        posts?: Array<{ index: number } & Record<string, unknown>>;
      }
    | { ok: false; reason: string };
}

export function fixtureFiles(platform: Platform): string[] {
  return readdirSync(join(FIXTURES_DIR, platform)).filter((f) => !f.endsWith('.expected.json') && !f.endsWith('.md'));
}

export function loadExpectation(platform: Platform, file: string): FixtureExpectation {
  const name = file.replace(/\.(html|json)$/, '.expected.json');
  return JSON.parse(readFileSync(join(FIXTURES_DIR, platform, name), 'utf8')) as FixtureExpectation;
}

export function loadFixtureText(platform: Platform, file: string): string {
  return readFileSync(join(FIXTURES_DIR, platform, file), 'utf8');
}

export function parseHtml(html: string, url: string): Document {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  void url;
  return doc;
}

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
