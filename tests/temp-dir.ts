import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Every temporary folder a test, an e2e helper or a benchmark makes lives under this one root, so
 * that a leftover is easy to see and to remove, and none holds a private key for longer than it is
 * needed (the e2e certificate's folder is removed as soon as the key is read).
 */
export const TEST_TEMP_ROOT = join(tmpdir(), 'vetted-tests');

const made = new Set<string>();

/** A new empty folder under TEST_TEMP_ROOT; removed by removeTempDir, or at the latest when the process exits. */
export function makeTempDir(prefix: string): string {
  mkdirSync(TEST_TEMP_ROOT, { recursive: true });
  const dir = mkdtempSync(join(TEST_TEMP_ROOT, prefix));
  made.add(dir);
  return dir;
}

export function removeTempDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
  made.delete(dir);
}

// A run cut short (a failed beforeAll, a timeout) still leaves nothing behind.
process.on('exit', () => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
  try {
    // Only when empty: another run may be using it at the same time.
    rmSync(TEST_TEMP_ROOT, { recursive: false });
  } catch {
    // Not empty, or already gone.
  }
});
