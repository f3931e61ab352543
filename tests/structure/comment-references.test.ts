// @vitest-environment node
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * A comment that sends the reader somewhere must send them to something they can open: a file in
 * this repository or an external URL. Notes outside the repository and issue numbers of a tracker
 * the repository does not hold are dead ends for the next reader.
 */

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SKIP = new Set(['node_modules', '.git', '.output', '.wxt', 'test-artifacts', 'demo-output', 'fixtures', '.e2e-tmp', '.vitest']);
const SOURCE = /\.(ts|tsx|js|mjs)$/;

function walk(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    if (SKIP.has(name) || name.startsWith('.output-')) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path, out);
    else out.push(path);
  }
  return out;
}

const files = walk(ROOT);
const basenames = new Set(files.map((f) => basename(f)));
const sources = files.filter((f) => SOURCE.test(f));

/** Every comment of a file, found by the TypeScript parser (so strings and JSX text are not taken for comments). */
export function commentsOf(path: string, text: string): string[] {
  const file = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, false, path.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const seen = new Map<number, string>();
  const jsxText: Array<[number, number]> = [];
  const collect = (ranges: readonly ts.CommentRange[] | undefined) => {
    for (const r of ranges ?? []) seen.set(r.pos, text.slice(r.pos, r.end));
  };
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node)) jsxText.push([node.getFullStart(), node.getEnd()]);
    collect(ts.getLeadingCommentRanges(text, node.getFullStart()));
    collect(ts.getTrailingCommentRanges(text, node.getEnd()));
    ts.forEachChild(node, visit);
  };
  ts.forEachChild(file, visit);
  collect(ts.getLeadingCommentRanges(text, file.endOfFileToken.getFullStart()));
  // `// x` inside JSX is text on the screen, not a comment.
  return [...seen].filter(([pos]) => !jsxText.some(([a, b]) => pos >= a && pos < b)).map(([, comment]) => comment);
}

/** A repository file a comment names: a path with a folder (`lib/…/x.ts`) or a bare name (`stored-row.ts`, `README.md`). */
const FILE_NAME = /(?<![\w/.@-])((?:\.{0,2}[\w-]+\/)*[\w.-]+\.(?:md|ts|tsx|mjs|css))\b/g;
const ISSUE = /\bissue\s*#\d+/i;

/** What the build, the tests and the demo write: named in comments, never committed. */
const OUTPUT_FOLDERS = ['test-artifacts/', '.output/', 'demo-output/'];

function exists(name: string, from: string): boolean {
  if (OUTPUT_FOLDERS.some((folder) => name.startsWith(folder))) return true;
  if (!name.includes('/')) return basenames.has(name);
  return [join(dirname(from), name), join(ROOT, name)].some((p) => {
    try {
      return statSync(p).isFile() || statSync(p).isDirectory();
    } catch {
      return false;
    }
  });
}

/** Problems in one file's comments. */
export function danglingReferences(path: string, text: string): string[] {
  const problems: string[] = [];
  for (const comment of commentsOf(path, text)) {
    const withoutUrls = comment.replace(/\bhttps?:\/\/\S+/g, '');
    if (ISSUE.test(withoutUrls)) problems.push(`names an issue the repository does not hold: ${withoutUrls.match(ISSUE)?.[0]}`);
    for (const [, name] of withoutUrls.matchAll(FILE_NAME)) {
      if (name && !exists(name, path)) problems.push(`names a file that is not in the repository: ${name}`);
    }
  }
  return problems;
}

describe('comments point at things a reader can open', () => {
  it('finds the source files', () => {
    expect(sources.length).toBeGreaterThan(200);
  });

  it('no comment names a missing file or an issue number', () => {
    const problems = sources.flatMap((f) => danglingReferences(f, readFileSync(f, 'utf8')).map((p) => `${relative(ROOT, f)}: ${p}`));
    expect(problems).toEqual([]);
  });

  it('would catch the dangling references the tree had', () => {
    const here = join(ROOT, 'lib/content/run-content.ts');
    expect(danglingReferences(here, '/** Re-read at most this often (browser-testing.md: 7 ms vs 28 ms added). */\nconst A = 1;')).toEqual([
      'names a file that is not in the repository: browser-testing.md',
    ]);
    expect(danglingReferences(here, 'const A = 1; // Issue #3 budget: ≤ 40 KB')).toEqual(['names an issue the repository does not hold: Issue #3']);
    expect(danglingReferences(here, '// see ./messenger.ts, lib/metrics/stats.ts, README.md and https://example.org/a/notes.md\nconst A = 1;')).toEqual([]);
  });

  it('does not take strings or JSX text for comments', () => {
    const text = "const a = 'see gone.md, issue #4';\nexport const B = () => <p>// gone.md</p>;\n";
    expect(commentsOf('x.tsx', text)).toEqual([]);
  });
});
