/**
 * Content scripts ship each page-path entry as its bare path (lib/build/strip-page-evidence.ts).
 * These tests hold that to its promise: nothing but the evidence goes, and the readers built from
 * the stripped sources read every saved page exactly as the readers in the source tree do.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { PAGE_PATH_FILES, stripPageEvidence } from '../../lib/build/strip-page-evidence';
import { PLATFORMS, type Platform } from '../../lib/contracts/creator';
import { READERS } from '../../lib/platforms/readers';
import type { PlatformReader } from '../../lib/platforms/types';
import { fixtureFiles, loadExpectation, loadFixtureText, parseHtml } from '../lib/platforms/fixture-harness';

const ROOT = join(import.meta.dirname, '..', '..');
const PLATFORMS_DIR = join(ROOT, 'lib', 'platforms');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : name.endsWith('.ts') ? [path] : [];
  });
}

const pathFiles = sourceFiles(PLATFORMS_DIR).filter((file) => PAGE_PATH_FILES.test(file));

describe('stripPageEvidence', () => {
  it('turns an entry into its path and leaves everything else alone', () => {
    const source = [
      "export const A = { one: { path: ['a', 0], seen: '2025-11', fixture: 'x.json' }, two: [{ path: 'div > p', unverified: '[U] why' }] };",
      "export const B = { path: 'not an entry', label: 'kept', seen: 'kept too' };",
      'export const C = { seen: 1 };',
    ].join('\n');
    expect(stripPageEvidence(source)).toBe(
      ["export const A = { one: ['a', 0], two: ['div > p'] };", "export const B = { path: 'not an entry', label: 'kept', seen: 'kept too' };", 'export const C = { seen: 1 };'].join('\n'),
    );
  });

  it('finds a paths file for every platform', () => {
    const profilePaths = pathFiles.map((file) => relative(PLATFORMS_DIR, file)).filter((file) => !file.includes('/post/'));
    expect(profilePaths.sort()).toEqual(PLATFORMS.map((p) => `${p}/paths.ts`).sort());
  });

  it.each(pathFiles.map((file) => [relative(ROOT, file), file] as const))('%s ships no evidence', (_name, file) => {
    const stripped = stripPageEvidence(readFileSync(file, 'utf8'), file);
    expect(stripped).not.toMatch(/\b(seen|fixture|unverified)\s*:/);
  });
});

describe('readers built from the stripped sources', () => {
  const built: Partial<Record<Platform, PlatformReader>> = {};

  beforeAll(async () => {
    for (const platform of PLATFORMS) {
      const result = await build({
        entryPoints: [join(PLATFORMS_DIR, platform, 'reader.ts')],
        bundle: true,
        format: 'iife',
        globalName: 'bundle',
        platform: 'neutral',
        minify: true,
        write: false,
        logLevel: 'silent',
        plugins: [
          {
            name: 'strip-page-evidence',
            setup(b) {
              b.onLoad({ filter: PAGE_PATH_FILES }, (args) => ({ contents: stripPageEvidence(readFileSync(args.path, 'utf8'), args.path), loader: 'ts' }));
            },
          },
        ],
      });
      const code = result.outputFiles[0]?.text ?? '';
      expect(code).not.toMatch(/\d{4}-\d{2}_[\w.@-]+\.(html|json)/);
      // The bundle is self-contained (no imports): evaluate it as a script, as a content script runs.
      const module = new Function(`${code}\nreturn bundle;`)() as Record<string, PlatformReader>;
      built[platform] = Object.values(module).find((value) => value?.platform === platform);
    }
  }, 60_000);

  const cases = PLATFORMS.flatMap((platform) => fixtureFiles(platform).map((file) => [platform, file] as const));
  it.each(cases)('%s/%s reads the same', (platform, file) => {
    const reader = built[platform];
    expect(reader, `no ${platform} reader in the stripped bundle`).toBeDefined();
    if (!reader) return;
    const expected = loadExpectation(platform, file);
    const text = loadFixtureText(platform, file);
    const url = new URL(expected.url);
    const context = { now: new Date(expected.now) };
    if (expected.kind === 'page') {
      expect(reader.read(parseHtml(text, expected.url), url, context)).toEqual(READERS[platform].read(parseHtml(text, expected.url), url, context));
    } else {
      expect(reader.readCapture(JSON.parse(text), url, context)).toEqual(READERS[platform].readCapture(JSON.parse(text), url, context));
    }
  });
});
