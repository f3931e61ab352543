import ts from 'typescript';
import type { Plugin } from 'vite';

/** Where readers keep their page knowledge (lib/platforms/page-path.ts). */
export const PAGE_PATH_FILES = /[\\/]lib[\\/]platforms[\\/][^\\/]+[\\/](?:post[\\/]post-)?paths\.ts$/;
const EVIDENCE = new Set(['seen', 'fixture', 'unverified']);

/**
 * The source of a paths file as content scripts ship it: every entry `{ path, seen, fixture }` (or
 * `{ path, unverified }`) becomes its bare path, so neither the evidence nor the wrapper costs
 * bytes. Readers read entries only through `pathOf` and its helpers (lib/platforms/page-path.ts),
 * which take both forms; tests/build/strip-page-evidence.test.ts runs every fixture through the
 * stripped readers.
 */
export function stripPageEvidence(source: string, fileName = 'paths.ts'): string {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const cuts: Array<{ start: number; end: number; text: string }> = [];
  const name = (p: ts.ObjectLiteralElementLike) => (p.name && ts.isIdentifier(p.name) ? p.name.text : undefined);
  const visit = (node: ts.Node): void => {
    if (ts.isObjectLiteralExpression(node)) {
      const path = node.properties.find((p): p is ts.PropertyAssignment => ts.isPropertyAssignment(p) && name(p) === 'path');
      const rest = node.properties.filter((p) => p !== path);
      if (path && rest.length > 0 && rest.every((p) => ts.isPropertyAssignment(p) && EVIDENCE.has(name(p) ?? ''))) {
        cuts.push({ start: node.getStart(file), end: node.getEnd(), text: path.initializer.getText(file) });
        return;
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  let out = '';
  let at = 0;
  for (const cut of cuts.sort((a, b) => a.start - b.start)) {
    out += source.slice(at, cut.start) + cut.text;
    at = cut.end;
  }
  return out + source.slice(at);
}

/** Bundles ship page paths, not the evidence for them (their `seen`, `fixture`, `unverified`). */
export function stripPageEvidencePlugin(): Plugin {
  return {
    name: 'vetted:strip-page-evidence',
    enforce: 'pre',
    transform(code, id) {
      if (!PAGE_PATH_FILES.test(id.split('?')[0] ?? id)) return null;
      return { code: stripPageEvidence(code, id), map: null };
    },
  };
}
