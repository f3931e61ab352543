import { execFileSync, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir, removeTempDir } from '../temp-dir';

const ROOT = join(import.meta.dirname, '..', '..');
const VITEST = join(ROOT, 'node_modules', 'vitest', 'vitest.mjs');
const SUMMARIZE = join(ROOT, '.ci', 'summarize.mjs');

/** What .ci/run prints as its last line for these vitest JSON reports. */
function summarize(...args: string[]): string {
  return execFileSync(process.execPath, [SUMMARIZE, ...args], { encoding: 'utf8' }).trim().split('\n').at(-1) ?? '';
}

describe('the CI summary line counts what vitest reported', () => {
  let dir = '';
  beforeAll(() => {
    dir = makeTempDir('ci-summary-');
    writeFileSync(join(dir, 'vitest.config.mjs'), 'export default {}\n');
    // One failed test inside two describe blocks, beside a passing one.
    writeFileSync(join(dir, 'nested.test.js'), "describe('outer', () => { describe('inner', () => { it('fails', () => { expect(1).toBe(2); }); it('passes', () => {}); }); });\n");
    // A file whose hook fails before its test runs, and a file that does not load.
    writeFileSync(join(dir, 'hook.test.js'), "describe('needs a server', () => { beforeAll(() => { throw new Error('no server'); }); it('never runs', () => {}); });\n");
    writeFileSync(join(dir, 'broken.test.js'), "import './missing-module.js';\nit('never collected', () => {});\n");
    // A real vitest run writes the report, so the summary is checked against vitest's own format.
    const run = spawnSync(process.execPath, [VITEST, 'run', '--root', dir, '--config', join(dir, 'vitest.config.mjs'), '--globals', '--reporter=json', `--outputFile=${join(dir, 'report.json')}`], { encoding: 'utf8' });
    expect(run.status).toBe(1);
  }, 60_000);
  afterAll(() => removeTempDir(dir));

  it('one failed test is one failure, not one per describe block around it; a file that fails without a test failing counts once', () => {
    expect(summarize(join(dir, 'report.json'))).toBe('tests: 1 passed, 3 failed, 1 skipped');
  });

  it('a report that is missing and a checkout the tests changed each count as one failure', () => {
    expect(summarize(join(dir, 'report.json'), join(dir, 'absent.json'), '--dirty')).toBe('tests: 1 passed, 5 failed, 1 skipped');
  });
});
