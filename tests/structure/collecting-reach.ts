/**
 * What every test of a page collector checks of its imports: the collecting (DOM access, cutting
 * text to bounds) is all a content script carries of a reader, so neither it nor anything it imports
 * may parse, read or validate, nor pull in a package the import walk cannot follow.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { reachableModules } from './import-graph';

const ROOT = join(import.meta.dirname, '..', '..');
const source = (file: string) => readFileSync(join(ROOT, file), 'utf8');

/**
 * `collector` and every module it reaches: none matches `forbidden` (parsers, readers, schemas), none
 * imports a package as a value (its code would come along unseen), none calls JSON.parse.
 * `reaches` is a module the walk must find, which shows it followed the imports at all.
 */
export function expectCollectingParsesNothing(collector: string, reaches: string, forbidden: RegExp): void {
  const modules = reachableModules(collector);
  expect(modules).toContain(reaches);
  for (const file of modules) {
    expect(file).not.toMatch(forbidden);
    expect(source(file), file).not.toMatch(/^\s*(?:import|export)\s+(?!type\s)[^'";]*?from\s+['"][^.]/m);
    expect(source(file), file).not.toContain('JSON.parse');
  }
}

/** The platform's content script reaches its `collector`, not its `reader`, and of lib/parse only `parsers` (none by default). */
export function expectContentScriptCollectsOnly(entry: string, collector: string, reader: string, parsers: string[] = []): void {
  const modules = reachableModules(entry);
  expect(modules).toContain(collector);
  expect(modules.filter((file) => file.startsWith('lib/parse/'))).toEqual(parsers);
  expect(modules).not.toContain(reader);
}
