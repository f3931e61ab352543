// @vitest-environment node
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { makeCertificate } from '../e2e/https-server';
import { TEST_TEMP_ROOT } from '../temp-dir';

const TESTS = join(import.meta.dirname, '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'fixtures' ? [] : sourceFiles(path);
    return /\.(ts|tsx)$/.test(entry.name) ? [path] : [];
  });
}

const leftovers = (dir: string, prefix: string) => (existsSync(dir) ? readdirSync(dir).filter((name) => name.startsWith(prefix)) : []);

describe('temporary folders of the tests', () => {
  test('every temporary folder is made through tests/temp-dir.ts, under one root', () => {
    const offenders = sourceFiles(TESTS)
      .filter((file) => !file.endsWith('temp-dir.ts') && !file.endsWith('temp-folders.test.ts'))
      .filter((file) => /\bmkdtemp(Sync)?\s*\(|\btmpdir\s*\(/.test(readFileSync(file, 'utf8')))
      .map((file) => relative(TESTS, file));
    expect(offenders).toEqual([]);
  });

  test('the e2e certificate leaves no folder (and no private key) behind', () => {
    const systemBefore = leftovers(tmpdir(), 'vetted-cert-');
    const { key, cert, folder } = makeCertificate();
    expect(key.toString()).toContain('PRIVATE KEY');
    expect(cert.toString()).toContain('CERTIFICATE');
    // Its own folder, not a count of the root's: test files running beside this one make and remove certificates of their own.
    expect(relative(TEST_TEMP_ROOT, folder)).toMatch(/^cert-[^/]+$/);
    expect(existsSync(folder)).toBe(false);
    expect(leftovers(tmpdir(), 'vetted-cert-')).toEqual(systemBefore);
  });
});
