// @vitest-environment node
import { readdirSync, readFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir, removeTempDir } from '../temp-dir';
import { ROOT, removeOutput, runWxt } from './run-wxt';
import { unpackZip } from './unpack-zip';
import { zipDifferences, zipEntries } from './zip-archive';

/**
 * Store readiness: `npm run zip` makes the Chrome package, the Firefox package and the sources
 * archive AMO asks for, and a reviewer who unpacks the sources archive elsewhere and runs the same
 * commands gets byte-identical packages. That second run is a clean build from the same commit in
 * another folder and another shell, so it also catches build timestamps, absolute paths, unstable
 * file order and a dependence on NODE_ENV.
 */
const OUT = '.output-repro';
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { name: string; version: string };
const PACKAGES = ['chrome', 'firefox', 'sources'].map((kind) => `${pkg.name}-${pkg.version}-${kind}.zip`);
/** What `npm ci && npm run zip` needs (and README's build instructions); nothing else the tree holds. */
const SOURCE_ROOTS = ['README.md', 'components', 'entrypoints', 'lib', 'package-lock.json', 'package.json', 'public', 'tsconfig.json', 'wxt.config.ts'];

/** What `npm run zip` runs: wxt zip && wxt zip -b firefox --mv3. */
async function zipAll(root: string, nodeEnv?: string): Promise<string> {
  await runWxt(['zip'], OUT, root, nodeEnv);
  return runWxt(['zip', '-b', 'firefox', '--mv3'], OUT, root, nodeEnv);
}
/** The reviewer's shell may export one; the packages must not depend on it. */
const REVIEWER_NODE_ENV = 'development';

let first = '';
let second = '';
let checkout = '';

beforeAll(async () => {
  await removeOutput(OUT);
  first = await zipAll(ROOT);
  checkout = makeTempDir('sources-');
  unpackZip(readFileSync(join(first, PACKAGES[2]!)), checkout);
  // The reviewer's `npm ci`, without the network: the same installed packages.
  symlinkSync(join(ROOT, 'node_modules'), join(checkout, 'node_modules'), 'dir');
  second = await zipAll(checkout, REVIEWER_NODE_ENV);
}, 180_000);
afterAll(async () => {
  await removeOutput(OUT);
  if (checkout) removeTempDir(checkout);
});

describe('npm run zip', () => {
  it('makes the Chrome package, the Firefox package and the Firefox sources archive', () => {
    expect(readdirSync(first).filter((f) => f.endsWith('.zip')).sort()).toEqual([...PACKAGES].sort());
  });

  it.each(PACKAGES)('%s: a clean build from the unpacked sources archive gives the same bytes', (name) => {
    const a = readFileSync(join(first, name));
    const b = readFileSync(join(second, name));
    expect(zipDifferences(a, b), `${name} differs between two builds (the second in another folder, with NODE_ENV=${REVIEWER_NODE_ENV})`).toEqual([]);
    expect(a.equals(b), `${name}: same entries, yet the archives' bytes differ`).toBe(true);
  });

  it.each(PACKAGES)('%s: every entry carries the same fixed timestamp, not the build time', (name) => {
    const stamps = new Set(zipEntries(readFileSync(join(first, name))).map((e) => e.dosDateTime));
    expect(stamps.size).toBe(1);
  });

  it('the sources archive holds what builds the extension, and none of the working tree’s other files', () => {
    const entries = zipEntries(readFileSync(join(first, PACKAGES[2]!))).map((e) => e.name);
    const roots = [...new Set(entries.map((name) => name.split('/')[0]!))].sort();
    expect(roots, 'set zip.includeSources in wxt.config.ts (see tests/build/reproducible.test.ts SOURCE_ROOTS)').toEqual(SOURCE_ROOTS);
    expect(entries).toContain('entrypoints/background.ts');
  });
});
