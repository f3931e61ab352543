import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { EXTENSION_DIR, OUTPUT_DIR } from '../e2e/browser';

const ROOT = join(import.meta.dirname, '..', '..');
let built = false;
/** How the build used by this run came about, for the table's header. */
export let buildNote = 'not needed';

function lastLines(text: string, count: number): string {
  return text.split('\n').filter((l) => l.trim()).slice(-count).join('\n');
}

/**
 * Build the extension into the benchmark's own folder once per run, so that the figures are of the
 * code in the tree (a build takes ~2 s). When the tree does not build (someone is mid-edit) and an
 * earlier build exists, that one is measured and the table says so. VETTED_BENCH_NO_BUILD=1 always
 * reuses an existing build.
 */
export function ensureExtensionBuild(log: (line: string) => void): string {
  if (built) return EXTENSION_DIR;
  const manifest = join(EXTENSION_DIR, 'manifest.json');
  const previous = existsSync(manifest) ? statSync(manifest).mtime.toISOString() : null;
  const where = `${relative(ROOT, OUTPUT_DIR)}/`;
  if (process.env.VETTED_BENCH_NO_BUILD === '1' && previous) {
    buildNote = `reused the build in ${where} from ${previous} (VETTED_BENCH_NO_BUILD=1)`;
  } else {
    log(`building the extension into ${where} …`);
    // wxt empties its output folder before building: build next to it and swap only on success, so
    // that a failed build leaves the last good one in place.
    const staging = `${OUTPUT_DIR}-next`;
    try {
      rmSync(staging, { recursive: true, force: true });
      execFileSync('npx', ['wxt', 'build'], { cwd: ROOT, env: { ...process.env, VETTED_OUT_DIR: relative(ROOT, staging) }, stdio: ['ignore', 'pipe', 'pipe'] });
      rmSync(OUTPUT_DIR, { recursive: true, force: true });
      renameSync(staging, OUTPUT_DIR);
      buildNote = `fresh build of the working tree in ${where}`;
    } catch (error) {
      rmSync(staging, { recursive: true, force: true });
      const output = error as { stdout?: Buffer; stderr?: Buffer };
      const why = lastLines(`${output.stdout?.toString() ?? ''}\n${output.stderr?.toString() ?? ''}`, 6);
      if (!previous) throw new Error(`wxt build failed and there is no earlier build in ${where}:\n${why}`, { cause: error });
      log(`wxt build failed; measuring the earlier build in ${where} from ${previous}:\n${why}`);
      buildNote = `the working tree did not build; measured the earlier build in ${where} from ${previous}`;
    }
  }
  built = true;
  return EXTENSION_DIR;
}

/** Bytes of each built content script, by file name (instagram.js, capture.js, …). */
export function contentScriptBytes(extensionDir: string): Map<string, number> {
  const dir = join(extensionDir, 'content-scripts');
  const sizes = new Map<string, number>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.js')).sort()) sizes.set(file, statSync(join(dir, file)).size);
  return sizes;
}

/** Whether any built file of an extension page contains `text` (a test id the page renders). */
export function builtPageMentions(extensionDir: string, page: string, text: string): boolean {
  if (!existsSync(join(extensionDir, page))) return false;
  const chunks = join(extensionDir, 'chunks');
  const files = existsSync(chunks) ? readdirSync(chunks).map((f) => join(chunks, f)) : [];
  return files.some((file) => file.endsWith('.js') && readFileSync(file, 'utf8').includes(text));
}
