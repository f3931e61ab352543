/**
 * `npm run golden:update`: the only writer of tests/lib/vetting/golden/**. Recomputes every
 * fixture's golden report, writes the ones that changed, deletes the ones whose fixture is gone,
 * and lists what it did. Read the diff before committing: each change must be explained by the
 * commit that caused it.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { PLATFORMS } from '../../../lib/contracts/vocabulary';
import { GOLDEN_DIR, goldenCases, goldenPath, goldenText, vetFixture } from './golden-report';

const wanted = new Set<string>();
const changes: string[] = [];
for (const [platform, file] of goldenCases()) {
  const path = goldenPath(platform, file);
  wanted.add(path);
  const text = goldenText(vetFixture(platform, file));
  const before = existsSync(path) ? readFileSync(path, 'utf8') : null;
  if (before === text) continue;
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
  changes.push(`${before === null ? 'added  ' : 'updated'} ${relative(GOLDEN_DIR, path)}`);
}
for (const platform of PLATFORMS) {
  const dir = join(GOLDEN_DIR, platform);
  if (!existsSync(dir)) continue;
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (wanted.has(path)) continue;
    rmSync(path);
    changes.push(`removed ${relative(GOLDEN_DIR, path)} (no fixture)`);
  }
}
process.stdout.write(changes.length ? `${changes.join('\n')}\n${changes.length} golden report(s) changed: review with git diff tests/lib/vetting/golden\n` : 'golden reports: all up to date\n');
