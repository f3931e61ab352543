import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';
import { zipEntries, zipEntryData } from './zip-archive';

/** Extract an archive into `dir`, refusing entries that would land outside it. */
export function unpackZip(zip: Buffer, dir: string): string[] {
  const root = resolve(dir);
  const names: string[] = [];
  for (const entry of zipEntries(zip)) {
    if (entry.name.endsWith('/')) continue;
    const target = resolve(join(root, entry.name));
    if (!target.startsWith(root + sep)) throw new Error(`zip entry escapes the target folder: ${entry.name}`);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, zipEntryData(zip, entry));
    names.push(entry.name);
  }
  return names;
}
