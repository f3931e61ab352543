import type { LintMessage } from 'web-ext';

/**
 * A warning we accept only because it comes from a dependency's code, named by lint code, file and
 * the code it points at. Our own code gets fixed, never listed here.
 */
export interface VendorWarning {
  code: string;
  file: RegExp;
  /** Must match the built source just before the reported position… */
  before: RegExp;
  /** …and the code at it. */
  at: RegExp;
  why: string;
}

export const VENDOR_WARNINGS: readonly VendorWarning[] = [
  {
    code: 'DANGEROUS_EVAL',
    file: /^background\.js$/,
    before: /for\(var \w+ in \w+\)Object\.prototype\.hasOwnProperty\.call\(\w+,\w+\)&&\(\w+\.push\(\w+\),\w+\.push\(\w+\[\w+\]\)\);return \w+\.push\(\w+\),$/,
    at: /^Function\.apply\(null,\w+\)/,
    why: "PouchDB's scopeEval (team sync, bundled in the worker) compiles map/reduce view functions; Vetted defines no views, and the extension CSP refuses it anyway",
  },
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    file: /^chunks\/[\w-]+\.js$/,
    before: /`dangerouslySetInnerHTML`[\s\S]*__html[\s\S]*$/,
    at: /^\w+\.innerHTML=/,
    why: "React DOM applying a dangerouslySetInnerHTML prop (Vetted passes none); React is split into a shared chunk",
  },
  {
    code: 'DANGEROUS_EVAL',
    file: /^(?:background|chunks\/[\w-]+)\.js$/,
    before: /jitless[\s\S]*try\{return $/,
    at: /^Function\(``\)/,
    why: "zod 4 probes once whether new Function('') is allowed (try/catch) and, under the extension CSP, falls back to its interpreter",
  },
  {
    code: 'DANGEROUS_EVAL',
    file: /^chunks\/exceljs\.min-[\w-]+\.js$/,
    before: /typeof self==`object`&&self&&self\.Object===Object&&self,\w+=\w+\|\|\w+\|\|$/,
    at: /^Function\(`return this`\)\(\)/,
    why: "lodash inside exceljs (Excel export, loaded on click) finds the global object: `self` exists in extension pages, so the Function fallback after || is never reached",
  },
  {
    code: 'DANGEROUS_EVAL',
    file: /^chunks\/exceljs\.min-[\w-]+\.js$/,
    before: /try\{regeneratorRuntime=\w+\}catch\{typeof globalThis==`object`\?globalThis\.regeneratorRuntime=\w+:$/,
    at: /^Function\(`r`,`regeneratorRuntime = r`\)/,
    why: "regenerator-runtime inside exceljs falls back to Function only where globalThis does not exist; every supported Firefox has it",
  },
  {
    code: 'DANGEROUS_EVAL',
    file: /^chunks\/exceljs\.min-[\w-]+\.js$/,
    before: /n\(typeof globalThis==`object`&&globalThis\)\|\|[^;]*\|\|this\|\|$/,
    at: /^Function\(`return this`\)\(\)/,
    why: "core-js inside exceljs finds the global object: globalThis comes first in the || chain and exists in every supported Firefox",
  },
  {
    code: 'DANGEROUS_EVAL',
    file: /^chunks\/exceljs\.min-[\w-]+\.js$/,
    before: /\.setImmediate=function\(e\)\{typeof e!=`function`&&\(e=$/,
    at: /^Function\(``\+e\)/,
    why: "the setImmediate polyfill inside exceljs compiles its argument only when given a string; exceljs passes functions",
  },
];

/** How much built source around a reported position the signatures may look at. */
const BEFORE = 300;
const AFTER = 40;

export interface Classified {
  errors: LintMessage[];
  allowed: Array<{ message: LintMessage; why: string }>;
  unexpected: LintMessage[];
  notices: LintMessage[];
}

/** The built code around (line, column), both 1-based as addons-linter reports them. */
export function codeAround(source: string, line: number, column: number): { before: string; at: string } {
  const text = source.split('\n')[line - 1] ?? '';
  const start = Math.max(0, column - 1);
  return { before: text.slice(Math.max(0, start - BEFORE), start), at: text.slice(start, start + AFTER) };
}

export function vendorReason(message: LintMessage, readSource: (file: string) => string | null): string | null {
  if (!message.file || message.line === undefined || message.column === undefined) return null;
  for (const entry of VENDOR_WARNINGS) {
    if (entry.code !== message.code || !entry.file.test(message.file)) continue;
    const source = readSource(message.file);
    if (source === null) continue;
    const code = codeAround(source, message.line, message.column);
    if (entry.before.test(code.before) && entry.at.test(code.at)) return entry.why;
  }
  return null;
}

export function classifyLint(
  result: { errors: LintMessage[]; warnings: LintMessage[]; notices: LintMessage[] },
  readSource: (file: string) => string | null,
): Classified {
  const allowed: Classified['allowed'] = [];
  const unexpected: LintMessage[] = [];
  for (const warning of result.warnings) {
    const why = vendorReason(warning, readSource);
    if (why) allowed.push({ message: warning, why });
    else unexpected.push(warning);
  }
  return { errors: result.errors, allowed, unexpected, notices: result.notices };
}
