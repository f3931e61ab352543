import { readdirSync, readFileSync } from 'node:fs';
import { extname, join, relative } from 'node:path';

export interface BuiltFile {
  /** Path inside the build folder, e.g. chunks/overlay-DeFmsjDi.js */
  path: string;
  text: string;
}

const TEXT_EXTENSIONS = new Set(['.html', '.js', '.css', '.json']);

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

/** Every text file of a build (HTML, JS, CSS, JSON) with its content. */
export function builtTextFiles(dir: string): BuiltFile[] {
  return filesUnder(dir)
    .filter((file) => TEXT_EXTENSIONS.has(extname(file)))
    .map((file) => ({ path: relative(dir, file), text: readFileSync(file, 'utf8') }));
}
