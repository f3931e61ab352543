import { statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * What our content scripts may weigh, minified as built. The goal is per page, since a page pays for
 * every script the manifest injects into it (the wake and capture scripts and its platform's
 * script), not for any one of them: 68 KB, against 72–86 KB when each platform had a profile and a
 * post script. The hard limit is per script and far above the largest, so that only an accident
 * fails the build (a UI framework, a schema library or the browser polyfill pulled in).
 */
export const CONTENT_SCRIPT_BUDGET = { pageGoalBytes: 68 * 1024, scriptFailBytes: 72 * 1024 } as const;

export interface ScriptSize {
  file: string;
  bytes: number;
}

/** A manifest `content_scripts` entry, as far as the budget reads it. */
export interface ContentScriptEntry {
  matches?: readonly string[];
  js?: readonly string[];
}

/** The scripts the pages of one match pattern (one site) evaluate, and their bytes in all. */
export interface PageScripts {
  matches: string;
  files: string[];
  bytes: number;
}

/** Sizes of the built content scripts, read from the output directory. */
export function contentScriptSizes(outDir: string, files: readonly string[]): ScriptSize[] {
  return files.filter((f) => f.startsWith('content-scripts/') && f.endsWith('.js')).map((file) => ({ file, bytes: statSync(join(outDir, file)).size }));
}

/**
 * Per match pattern, every script the manifest injects into its pages, whatever the world or the
 * moment, with their bytes summed. Our entries name the four sites with the same patterns, so a
 * pattern is a site.
 */
export function pageScriptSizes(entries: readonly ContentScriptEntry[], sizes: readonly ScriptSize[]): PageScripts[] {
  const bytesOf = new Map(sizes.map((s) => [s.file, s.bytes]));
  const patterns = [...new Set(entries.flatMap((entry) => entry.matches ?? []))];
  return patterns.map((matches) => {
    const files = [...new Set(entries.filter((entry) => entry.matches?.includes(matches)).flatMap((entry) => entry.js ?? []))];
    const bytes = files.reduce((sum, file) => {
      const size = bytesOf.get(file);
      if (size === undefined) throw new Error(`the manifest injects ${file}, which the build did not write`);
      return sum + size;
    }, 0);
    return { matches, files, bytes };
  });
}

/** Throws when a content script is over the hard limit; returns a warning line per site whose pages evaluate more than the goal. */
export function checkContentScriptBudget(sizes: readonly ScriptSize[], pages: readonly PageScripts[]): string[] {
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  const over = sizes.filter((s) => s.bytes > CONTENT_SCRIPT_BUDGET.scriptFailBytes);
  if (over.length) {
    throw new Error(`content scripts over the ${kb(CONTENT_SCRIPT_BUDGET.scriptFailBytes)} limit: ${over.map((s) => `${s.file} ${kb(s.bytes)}`).join(', ')}`);
  }
  return pages
    .filter((page) => page.bytes > CONTENT_SCRIPT_BUDGET.pageGoalBytes)
    .map((page) => `pages of ${page.matches} evaluate ${kb(page.bytes)} of content scripts (${page.files.join(' + ')}), over the ${kb(CONTENT_SCRIPT_BUDGET.pageGoalBytes)} goal`);
}
