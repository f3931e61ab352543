import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = join(import.meta.dirname, '..', '..');

/** Where the Firefox MV3 build lands: VETTED_OUT_DIR (default .output) + firefox-mv3, as wxt writes it. */
export const FIREFOX_OUTPUT_DIR = resolve(ROOT, process.env.VETTED_OUT_DIR ?? '.output');
export const FIREFOX_EXTENSION_DIR = join(FIREFOX_OUTPUT_DIR, 'firefox-mv3');

/**
 * Build the Firefox MV3 extension unless `npm test` (build:firefox) already did. The e2e global
 * setup only builds Chrome, and `npm run lint:firefox` may run on a fresh checkout.
 */
export function ensureFirefoxBuild(): string {
  if (!existsSync(join(FIREFOX_EXTENSION_DIR, 'manifest.json'))) {
    // Without vitest's NODE_ENV=test, which Vite would honour over the production mode.
    const env = { ...process.env };
    delete env.NODE_ENV;
    execFileSync('npx', ['wxt', 'build', '-b', 'firefox', '--mv3'], { cwd: ROOT, stdio: 'inherit', env });
  }
  return FIREFOX_EXTENSION_DIR;
}
