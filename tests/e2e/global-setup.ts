import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { EXTENSION_DIR } from './browser';

/** The e2e tests run against the built extension; build it when `npm test` has not already. */
export default function setup() {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    execFileSync('npx', ['wxt', 'build'], { cwd: join(import.meta.dirname, '..', '..'), stdio: 'inherit' });
  }
}
