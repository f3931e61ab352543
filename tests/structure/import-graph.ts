import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const ROOT = resolve(__dirname, '../..');
/** `import … from '…'`, `export … from '…'` and `import '…'`, except type-only ones (erased in a build). */
const IMPORT = /^\s*(?:import|export)\s+(?!type\s)(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]/gm;

function resolveModule(from: string, specifier: string): string | null {
  if (!specifier.startsWith('.')) return null;
  const base = resolve(dirname(from), specifier);
  for (const candidate of [`${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), base]) if (existsSync(candidate) && candidate.match(/\.tsx?$/)) return candidate;
  throw new Error(`${relative(ROOT, from)}: cannot resolve ${specifier}`);
}

/**
 * The repository's modules a build of `entry` (a path from the repository's root) evaluates: its
 * relative imports, followed recursively, as paths from the root. Type-only imports are left out;
 * packages are not followed.
 */
export function reachableModules(entry: string): string[] {
  const seen = new Set<string>();
  const stack = [resolve(ROOT, entry)];
  while (stack.length > 0) {
    const file = stack.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const [, specifier] of readFileSync(file, 'utf8').matchAll(IMPORT)) {
      const next = specifier ? resolveModule(file, specifier) : null;
      if (next) stack.push(next);
    }
  }
  return [...seen].map((file) => relative(ROOT, file)).sort();
}
