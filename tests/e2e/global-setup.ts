import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

/** The e2e tests run against the built extension; build it when `npm test` has not already. */
export default function setup() {
  const root = join(import.meta.dirname, '..', '..');
  if (process.env.VETTED_SKIP_BUILD !== '1' || !existsSync(join(root, '.output', 'chrome-mv3', 'manifest.json'))) {
    if (!existsSync(join(root, '.output', 'chrome-mv3', 'manifest.json'))) {
      execFileSync('npx', ['wxt', 'build'], { cwd: root, stdio: 'inherit' });
    }
  }
}
