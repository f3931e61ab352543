import { extname } from 'node:path';
import { builtTextFiles } from './built-files';

/** A remote URL used as code, or as something the browser would fetch, in a built file. */
export interface RemoteReference {
  file: string;
  rule: string;
  match: string;
}

// `(https?:)?//` with a host: absolute or protocol-relative, never a local path.
const REMOTE = String.raw`(?:https?:)?\/\/[\w.-]`;
const QUOTE = "[`'\"]";

const RULES: Record<'.html' | '.js' | '.css', Array<[string, RegExp]>> = {
  '.html': [
    ['remote <script src>', new RegExp(String.raw`<script\b[^>]*\bsrc\s*=\s*["']?${REMOTE}`, 'gi')],
    ['remote <link href> (modulepreload, stylesheet)', new RegExp(String.raw`<link\b[^>]*\bhref\s*=\s*["']?${REMOTE}`, 'gi')],
    ['remote <iframe src>', new RegExp(String.raw`<iframe\b[^>]*\bsrc\s*=\s*["']?${REMOTE}`, 'gi')],
  ],
  '.js': [
    ['import() of a remote module', new RegExp(String.raw`\bimport\s*\(\s*${QUOTE}${REMOTE}`, 'g')],
    ['static import from a remote module', new RegExp(String.raw`\b(?:from|import)\s*${QUOTE}${REMOTE}`, 'g')],
    ['importScripts of a remote script', new RegExp(String.raw`\bimportScripts\s*\([^)]*${QUOTE}${REMOTE}`, 'g')],
    ['remote src set on an element', new RegExp(String.raw`\bsrc\s*[:=]\s*${QUOTE}${REMOTE}`, 'g')],
    ['setAttribute("src") to a remote URL', new RegExp(String.raw`setAttribute\(\s*${QUOTE}src${QUOTE}\s*,\s*${QUOTE}${REMOTE}`, 'g')],
    ['request to a remote host', new RegExp(String.raw`\b(?:fetch|sendBeacon|WebSocket|EventSource|\.open)\s*\(\s*(?:${QUOTE}(?:GET|POST)${QUOTE}\s*,\s*)?${QUOTE}${REMOTE}`, 'g')],
  ],
  '.css': [
    ['remote @import', new RegExp(String.raw`@import\s+(?:url\(\s*)?["']?${REMOTE}`, 'gi')],
    ['remote url() (fonts, images)', new RegExp(String.raw`url\(\s*["']?${REMOTE}`, 'gi')],
  ],
};

/** Scan one file's text; `file` only labels the findings. */
export function findRemoteReferences(file: string, text: string): RemoteReference[] {
  const rules = RULES[extname(file) as keyof typeof RULES] ?? [];
  return rules.flatMap(([rule, pattern]) => [...text.matchAll(pattern)].map((m) => ({ file, rule, match: m[0].slice(0, 120) })));
}

/** Every built HTML, JS and CSS file under `dir`, scanned. */
export function scanBuild(dir: string): { scanned: number; found: RemoteReference[] } {
  const files = builtTextFiles(dir).filter((f) => extname(f.path) in RULES);
  return { scanned: files.length, found: files.flatMap((f) => findRemoteReferences(f.path, f.text)) };
}
