/**
 * Page knowledge is only as good as its evidence (like Refined GitHub's selectors test): every
 * JSON path and selector in lib/platforms/<platform>/paths.ts either names a saved page under
 * tests/fixtures/<platform>/ that really contains it, or says why it is kept without one. The saved
 * pages are parsed as the reader tests parse them (fixture-harness).
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PLATFORMS, type Platform } from '../../../lib/contracts/creator';
import * as instagramPaths from '../../../lib/platforms/instagram/paths';
import * as instagramPostPaths from '../../../lib/platforms/instagram/post/post-paths';
import * as tiktokPaths from '../../../lib/platforms/tiktok/paths';
import * as tiktokPostPaths from '../../../lib/platforms/tiktok/post/post-paths';
import * as xPaths from '../../../lib/platforms/x/paths';
import * as xPostPaths from '../../../lib/platforms/x/post/post-paths';
import * as youtubePaths from '../../../lib/platforms/youtube/paths';
import * as youtubePostPaths from '../../../lib/platforms/youtube/post/post-paths';
import type { JsonPath } from '../../../lib/platforms/page-path';
import { profileRefFromUrl } from '../../../lib/platforms/profile-url';
import { FIXTURES_DIR, fixtureFiles, loadExpectation } from './fixture-harness';
import { fixtureContent, type FixtureContent } from './page-paths-fixture';

const PATH_MODULES: Record<Platform, Record<string, unknown>> = {
  instagram: { ...instagramPaths, ...instagramPostPaths },
  tiktok: { ...tiktokPaths, ...tiktokPostPaths },
  youtube: { ...youtubePaths, ...youtubePostPaths },
  x: { ...xPaths, ...xPostPaths },
};

interface Entry {
  /** Where it sits in the paths module, e.g. "IG_DOM.followersLink". */
  name: string;
  path: JsonPath | string | ((handle: string) => string);
  seen?: unknown;
  fixture?: unknown;
  unverified?: unknown;
}

function isEntry(value: unknown): value is Entry {
  return value !== null && typeof value === 'object' && 'path' in value;
}

/** Every entry of a paths module, walking exported objects and arrays. */
function entriesOf(value: unknown, name: string, out: Entry[] = []): Entry[] {
  if (isEntry(value)) out.push({ ...value, name });
  else if (Array.isArray(value)) value.forEach((item, i) => entriesOf(item, `${name}[${i}]`, out));
  else if (value !== null && typeof value === 'object' && !(value instanceof RegExp) && !(value instanceof Set)) {
    for (const [key, item] of Object.entries(value)) entriesOf(item, name ? `${name}.${key}` : key, out);
  }
  return out;
}

function describePath(path: Entry['path']): string {
  return typeof path === 'function' ? path('<handle>') : typeof path === 'string' ? path : JSON.stringify(path);
}

const contents = new Map<string, FixtureContent>();
function contentOf(platform: Platform, file: string): FixtureContent {
  const key = `${platform}/${file}`;
  let content = contents.get(key);
  if (!content) {
    const url = loadExpectation(platform, file).url;
    content = fixtureContent(platform, file, url, profileRefFromUrl(new URL(url))?.handle ?? null);
    contents.set(key, content);
  }
  return content;
}

function contains(content: FixtureContent, path: Entry['path']): boolean {
  if (typeof path === 'string') return content.matches(path);
  if (typeof path === 'function') return content.handle !== null && content.matches(path(content.handle));
  return content.resolves(path);
}

for (const platform of PLATFORMS) {
  const entries = entriesOf(PATH_MODULES[platform], '');
  const files = fixtureFiles(platform);

  describe(`${platform} page paths`, () => {
    it('has entries', () => {
      expect(entries.length).toBeGreaterThan(0);
    });

    it.each(entries.filter((e) => e.unverified === undefined).map((e) => [e.name, e] as const))('%s is in the saved page it names', (name, entry) => {
      const where = `lib/platforms/${platform}/paths.ts ${name}`;
      expect(typeof entry.fixture, `${where}: name the saved page that shows ${describePath(entry.path)} (fixture), or say why it has none (unverified)`).toBe('string');
      const fixture = String(entry.fixture);
      expect(files, `${where}: ${fixture} is not under tests/fixtures/${platform}/`).toContain(fixture);
      expect(entry.seen, `${where}: seen must be the month of ${fixture} (its name starts with it)`).toBe(fixture.slice(0, 7));
      expect(contains(contentOf(platform, fixture), entry.path), `${where}: ${describePath(entry.path)} is not in ${fixture}`).toBe(true);
    });

    const unverified = entries.filter((e) => e.unverified !== undefined);
    it.each(unverified.map((e) => [e.name, e] as const))('%s says why no saved page shows it, and none does', (name, entry) => {
      const where = `lib/platforms/${platform}/paths.ts ${name}`;
      expect(String(entry.unverified), `${where}: start with "[S] <scraper, date>" or "[U] <why>"`).toMatch(/^\[[SU]\] \S/);
      expect(entry.fixture, `${where}: an entry has a fixture or is unverified, not both`).toBeUndefined();
      const shownBy = files.filter((file) => contains(contentOf(platform, file), entry.path));
      expect(shownBy, `${where}: ${describePath(entry.path)} is in ${shownBy.join(', ')}: cite it (seen, fixture)`).toEqual([]);
    });
  });
}

describe('fixture citations in lib/platforms', () => {
  const root = join(import.meta.dirname, '..', '..', '..', 'lib', 'platforms');
  const sources = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? sources(path) : name.endsWith('.ts') ? [path] : [];
    });
  const known = new Set(PLATFORMS.flatMap((platform) => fixtureFiles(platform)));

  it.each(sources(root).map((file) => [relative(root, file), file] as const))('%s names only saved pages that exist, in full', (_name, file) => {
    const text = readFileSync(file, 'utf8');
    const cited = text.match(/\d{4}-\d{2}_[^\s'"`,;:()]*/g) ?? [];
    for (const name of cited) {
      const clean = name.replace(/[.]$/, '');
      expect(clean.includes('…'), `${file}: "${clean}" is abbreviated: write the fixture's full name`).toBe(false);
      expect(known.has(clean), `${file}: "${clean}" is not a saved page under ${FIXTURES_DIR}`).toBe(true);
    }
  });

  // Content scripts ship entries as bare paths (lib/build/strip-page-evidence.ts): reading `.path`
  // works in tests and breaks in the extension, so only page-path.ts and page-select.ts (its DOM side) may.
  it.each(sources(root).filter((file) => !/[\\/](paths|post-paths|page-path|page-select)\.ts$/.test(file)).map((file) => [relative(root, file), file] as const))(
    '%s reads entries through pathOf, never .path',
    (_name, file) => {
      const code = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
      expect(code, `${file}: use pathOf(entry), atPath, select… from lib/platforms/page-path.ts`).not.toMatch(/\.path\b|(?<!\$)\{\s*path\s*[},]/);
    },
  );
});
