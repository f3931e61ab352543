// @vitest-environment node
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, test } from 'vitest';
import { RUNTIME_LIB } from '../../.config/module-zones.js';

/**
 * The module boundaries (README "Module boundaries") hold only if lint fails on each way of
 * crossing them. Each case lints a scratch text as if it were a file in a zone (nothing is written)
 * and expects the rule that guards that crossing to report it; each zone's clean sample must pass.
 */

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
let eslint: ESLint;

beforeAll(() => {
  eslint = new ESLint({ cwd: ROOT, overrideConfigFile: join(ROOT, '.config/eslint.config.js') });
});

async function problems(filePath: string, code: string): Promise<Array<{ ruleId: string | null; severity: number; message: string }>> {
  const [result] = await eslint.lintText(code, { filePath: join(ROOT, filePath) });
  return result!.messages.map((m) => ({ ruleId: m.ruleId, severity: m.severity, message: m.message }));
}

const errorsOf = async (filePath: string, code: string) => (await problems(filePath, code)).filter((m) => m.severity === 2);

/** Reads of browser globals that pure code must not make, under every spelling lint can see. */
const GLOBAL_READS: Array<[string, string]> = [
  ['a bare global', 'export const title = () => document.title;'],
  ['a member of globalThis', 'export const title = () => globalThis.document.title;'],
  ['a member of self', 'export const open = () => self.indexedDB.open("x");'],
  ['a member of window', 'export const read = () => window.localStorage.getItem("x");'],
  ['a quoted member', "export const api = () => globalThis['chrome'];"],
  ['a destructured member', 'const { indexedDB } = globalThis;\nexport const open = () => indexedDB.open("x");'],
  ['a computed member', 'export const any = (name: string) => globalThis[name as keyof typeof globalThis];'],
  ['the extension API', 'export const id = () => browser.runtime.id;'],
];

const RUNTIME_IMPORTS: Array<[string, string]> = [
  ['wxt/browser', "import { browser } from 'wxt/browser';\nexport const id = () => browser.runtime.id;"],
  ['webextension-polyfill', "import browser from 'webextension-polyfill';\nexport const id = () => browser.runtime.id;"],
  ['idb', "import { openDB } from 'idb';\nexport const open = () => openDB('x');"],
  ['node:fs', "import { readFileSync } from 'node:fs';\nexport const read = () => readFileSync('x');"],
  ['react', "import { useState } from 'react';\nexport const use = () => useState(0);"],
];

describe('pure lib/: every folder not named in .config/module-zones.js', () => {
  // An existing pure folder, the shortlist's view model (which pages bundle) and a folder that does not exist yet.
  const files = ['lib/metrics/scratch.ts', 'lib/shortlist-view/scratch.ts', 'lib/a-new-folder/scratch.ts'];

  test.each(files.flatMap((file) => GLOBAL_READS.map(([how, code]) => [file, how, code])))('%s: reading a browser global through %s fails', async (file, _how, code) => {
    const errors = await errorsOf(file, code);
    expect(errors.map((e) => e.ruleId)).toEqual(expect.arrayContaining([expect.stringMatching(/^no-restricted-(globals|properties|syntax)$/)]));
  });

  test.each(files.flatMap((file) => RUNTIME_IMPORTS.map(([what, code]) => [file, what, code])))('%s: importing %s fails', async (file, _what, code) => {
    expect((await errorsOf(file, code)).map((e) => e.ruleId)).toContain('no-restricted-imports');
  });

  test.each(files.flatMap((file) => [...Object.keys(RUNTIME_LIB), 'components', 'entrypoints'].map((dir) => [file, dir])))('%s: importing from %s fails', async (file, dir) => {
    const from = dir === 'components' || dir === 'entrypoints' ? `../../${dir}/x/y` : `../${dir}/y`;
    expect((await errorsOf(file, `import type { Y } from '${from}';\nexport type Z = Y;`)).map((e) => e.ruleId)).toContain('no-restricted-imports');
  });

  test('a clean pure module passes', async () => {
    const code = "import type { Creator } from '../contracts/creator';\nexport const title = (doc: Document, creator: Creator): string => `${doc.title} ${creator.handle}`;\n";
    for (const file of files) expect(await problems(file, code)).toEqual([]);
  });
});

describe('content scripts never reach storage', () => {
  // Each file with the way it names lib/ and components/ from where it is.
  const files: Array<[string, { lib: string; components: string }]> = [
    ['lib/content/scratch.ts', { lib: '..', components: '../../components' }],
    ['entrypoints/scratch.content.ts', { lib: '../lib', components: '../components' }],
  ];
  const cases: Array<[string, (to: { lib: string; components: string }) => string]> = [
    ['indexedDB', () => 'export const open = () => indexedDB.open("x");'],
    ['globalThis.indexedDB', () => 'export const open = () => globalThis.indexedDB.open("x");'],
    ['self.localStorage', () => 'export const read = () => self.localStorage.getItem("x");'],
    ['window.sessionStorage', () => 'export const read = () => window.sessionStorage.getItem("x");'],
    ['idb', () => "import { openDB } from 'idb';\nexport const open = () => openDB('x');"],
    ['the shortlist store', (to) => `import { openShortlist } from '${to.lib}/shortlist/repository';\nexport const open = () => openShortlist();`],
    ['team sync', (to) => `import type { X } from '${to.lib}/team-sync/sync-engine';\nexport type Y = X;`],
    ['UI', (to) => `import type { X } from '${to.components}/overlay/overlay-panel';\nexport type Y = X;`],
    ['a report schema as a value (zod in the bundle)', (to) => `import { FitSchema } from '${to.lib}/contracts/report-fit';\nexport const parse = (x: unknown) => FitSchema.parse(x);`],
  ];

  test.each(files.flatMap(([file, to]) => cases.map(([what, code]) => [file, what, code(to)])))('%s: %s fails', async (file, _what, code) => {
    expect((await errorsOf(file, code)).map((e) => e.ruleId)).toEqual(expect.arrayContaining([expect.stringMatching(/^(@typescript-eslint\/)?no-restricted-(globals|properties|imports)$/)]));
  });

  test('a clean content script passes', async () => {
    const code = "import { browser } from 'wxt/browser';\nimport type { Fit } from '../contracts/report-fit';\nexport const ask = (fit: Fit) => browser.runtime.sendMessage({ type: 'x', fit });\n";
    expect(await problems('lib/content/scratch.ts', code)).toEqual([]);
  });
});

describe('components get data through props', () => {
  const file = 'components/dashboard/scratch.tsx';
  const cases: Array<[string, string]> = [
    ['the shortlist store', "import { openShortlist } from '../../lib/shortlist/repository';\nexport const open = () => openShortlist();"],
    ['team sync storage', "import type { X } from '../../lib/team-sync/sync-engine';\nexport type Y = X;"],
    ['page wiring', "import { openPageShortlist } from '../../lib/runtime/open-page-shortlist';\nexport const open = () => openPageShortlist();"],
    ['the background', "import type { X } from '../../lib/background/handlers';\nexport type Y = X;"],
    ['wxt/browser', "import { browser } from 'wxt/browser';\nexport const id = () => browser.runtime.id;"],
    ['idb', "import { openDB } from 'idb';\nexport const open = () => openDB('x');"],
    ['indexedDB', 'export const open = () => indexedDB.open("x");'],
    ['window.localStorage', 'export const read = () => window.localStorage.getItem("x");'],
    ['globalThis.chrome', 'export const api = () => globalThis.chrome;'],
    ['self.fetch', 'export const get = () => self.fetch("https://example.com");'],
  ];

  test.each(cases)('%s fails', async (_what, code) => {
    expect((await errorsOf(file, code)).length).toBeGreaterThan(0);
  });

  test('a clean component passes (the store as a contract type, data through props)', async () => {
    const code = [
      "import type { ShortlistStats } from '../../lib/contracts/shortlist-store';",
      'export function Total({ stats }: { stats: ShortlistStats }) {',
      '  return <p>{stats.total}</p>;',
      '}',
      '',
    ].join('\n');
    expect(await problems(file, code)).toEqual([]);
  });
});

describe('lib/ never imports UI, runtime folders included', () => {
  test.each(Object.keys(RUNTIME_LIB))('lib/%s importing a component fails', async (dir) => {
    const code = "import type { X } from '../../components/overlay/overlay-panel';\nexport type Y = X;";
    expect((await errorsOf(`lib/${dir}/scratch.ts`, code)).map((e) => e.ruleId)).toContain('no-restricted-imports');
  });
});

describe('the zone list', () => {
  test('names only folders that exist in lib/', () => {
    for (const dir of Object.keys(RUNTIME_LIB)) expect(statSync(join(ROOT, 'lib', dir)).isDirectory(), dir).toBe(true);
  });

  test('leaves most of lib/ pure', () => {
    const dirs = readdirSync(join(ROOT, 'lib')).filter((d) => statSync(join(ROOT, 'lib', d)).isDirectory());
    expect(dirs.filter((d) => !(d in RUNTIME_LIB)).length).toBeGreaterThan(Object.keys(RUNTIME_LIB).length);
  });
});

test('a source file over 300 lines is warned about', async () => {
  const code = Array.from({ length: 301 }, (_, i) => `export const line${i} = ${i};`).join('\n') + '\n';
  expect((await problems('lib/metrics/scratch.ts', code)).map((m) => [m.ruleId, m.severity])).toEqual([['max-lines', 1]]);
});

describe('hooks (eslint-plugin-react-hooks)', () => {
  test('a hook called conditionally fails', async () => {
    const code = "import { useState } from 'react';\nexport function Box({ open }: { open: boolean }) {\n  if (open) useState(0);\n  return null;\n}\n";
    expect((await errorsOf('components/overlay/scratch.tsx', code)).map((e) => e.ruleId)).toContain('react-hooks/rules-of-hooks');
  });

  test('an effect that does not name what it reads fails', async () => {
    const code = "import { useEffect } from 'react';\nexport function useLog(value: string, log: (v: string) => void) {\n  useEffect(() => log(value), [value]);\n}\n";
    expect((await errorsOf('lib/runtime/scratch.ts', code)).map((e) => e.ruleId)).toContain('react-hooks/exhaustive-deps');
  });
});
