import { execFile } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';

export const ROOT = join(import.meta.dirname, '..', '..');
const WXT_BIN = join(ROOT, 'node_modules', '.bin', 'wxt');
const run = promisify(execFile);

/**
 * Run the wxt CLI in `root` (the repo unless told) into a scratch output folder there
 * (dot-prefixed: gitignored, and left out of wxt's sources zip). Returns the folder's path.
 */
export async function runWxt(args: readonly string[], outDirName: string, root = ROOT, nodeEnv?: string): Promise<string> {
  if (!/^\.output-[\w-]+$/.test(outDirName)) throw new Error(`scratch output folders are .output-<name>, got ${outDirName}`);
  await run(WXT_BIN, [...args], { cwd: root, env: wxtEnv(outDirName, nodeEnv), maxBuffer: 16 * 1024 * 1024 });
  return join(root, outDirName);
}

/**
 * The environment of a plain shell: vitest sets NODE_ENV=test, which Vite would honour over the
 * build mode (React's development build, absolute paths). A test that wants a shell's NODE_ENV
 * passes it.
 */
export function wxtEnv(outDirName: string, nodeEnv?: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, VETTED_OUT_DIR: outDirName, NO_COLOR: '1' };
  delete env.NODE_ENV;
  if (nodeEnv) env.NODE_ENV = nodeEnv;
  return env;
}

export async function removeOutput(outDirName: string, root = ROOT): Promise<void> {
  await rm(join(root, outDirName), { recursive: true, force: true });
}
