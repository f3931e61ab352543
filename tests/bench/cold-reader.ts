import { build } from 'esbuild';
import { join } from 'node:path';
import { runInThisContext } from 'node:vm';
import type { Platform } from '../../lib/contracts/creator';
import type { PlatformReader } from '../../lib/platforms/types';

const ROOT = join(import.meta.dirname, '..', '..');
const GLOBAL = '__vettedBenchReader';

/** One platform's reader alone, minified, as its content script carries it. */
export async function readerBundle(platform: Platform): Promise<string> {
  const result = await build({
    stdin: { contents: `export { ${platform}Reader as reader } from './lib/platforms/${platform}/reader';`, resolveDir: ROOT, loader: 'ts' },
    bundle: true,
    format: 'iife',
    globalName: GLOBAL,
    platform: 'browser',
    target: 'chrome120',
    minify: true,
    write: false,
    logLevel: 'silent',
  });
  const file = result.outputFiles[0];
  if (!file) throw new Error(`esbuild produced no reader bundle for ${platform}`);
  return file.text;
}

let copies = 0;

/**
 * A fresh copy of the reader's code: the source differs by a comment, so V8 compiles it anew and
 * its functions start without type feedback or optimized code, as in a content script that has
 * just been injected into a page.
 */
export function freshReader(bundle: string): PlatformReader {
  copies += 1;
  const exports = runInThisContext(`${bundle}\n;${GLOBAL} /* copy ${copies} */`) as { reader: PlatformReader };
  return exports.reader;
}
