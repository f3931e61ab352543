import { build } from 'esbuild';
import { join } from 'node:path';

/**
 * tests/bench/shortlist-page-api.ts and the real lib/shortlist + lib/csv code it imports, as one
 * script to evaluate in an extension page. esbuild is the bundler tsx and Vite already run on.
 */
export async function shortlistPageScript(): Promise<string> {
  const result = await build({
    entryPoints: [join(import.meta.dirname, 'shortlist-page-api.ts')],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    minify: true,
    write: false,
    logLevel: 'silent',
  });
  const file = result.outputFiles[0];
  if (!file) throw new Error('esbuild produced no output for the shortlist page script');
  return file.text;
}
