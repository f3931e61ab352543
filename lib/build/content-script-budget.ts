import { statSync } from 'node:fs';
import { join } from 'node:path';

/** Minified size per content script: the goal, and the size at which the build fails. */
export const CONTENT_SCRIPT_BUDGET = { goalBytes: 40 * 1024, failBytes: 60 * 1024 } as const;

export interface ScriptSize {
  file: string;
  bytes: number;
}

/** Sizes of the built content scripts, read from the output directory. */
export function contentScriptSizes(outDir: string, files: readonly string[]): ScriptSize[] {
  return files.filter((f) => f.startsWith('content-scripts/') && f.endsWith('.js')).map((file) => ({ file, bytes: statSync(join(outDir, file)).size }));
}

/** Throws when a content script is over the hard limit; returns a warning line per one over the goal. */
export function checkContentScriptBudget(sizes: readonly ScriptSize[]): string[] {
  const over = sizes.filter((s) => s.bytes > CONTENT_SCRIPT_BUDGET.failBytes);
  if (over.length) {
    throw new Error(`content scripts over the ${CONTENT_SCRIPT_BUDGET.failBytes / 1024} KB limit: ${over.map((s) => `${s.file} ${(s.bytes / 1024).toFixed(1)} KB`).join(', ')}`);
  }
  return sizes.filter((s) => s.bytes > CONTENT_SCRIPT_BUDGET.goalBytes).map((s) => `${s.file} is ${(s.bytes / 1024).toFixed(1)} KB, over the ${CONTENT_SCRIPT_BUDGET.goalBytes / 1024} KB goal`);
}

