// @vitest-environment node
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PLATFORM_HOSTS } from '../../lib/platforms/hosts';
import { ROOT, removeOutput, runWxt } from '../build/run-wxt';
import { builtTextFiles } from './built-files';
import { manifestSurface, matchPatterns } from './manifest-surface';
import { findRemoteReferences, scanBuild } from './remote-code';

/**
 * What the built extensions may touch is reviewed, not incidental: any change to permissions, host
 * access, content scripts, web-accessible resources, CSP or background fails here until the
 * snapshot is updated on purpose (and the README "Permissions" section with it).
 */
const UPDATE = process.env.UPDATE_MANIFEST_SNAPSHOT === '1';
const HOW_TO_UPDATE =
  'If this change is intended, update README "Permissions", then run ' +
  '`UPDATE_MANIFEST_SNAPSHOT=1 npx vitest run --config tests/vitest.config.ts tests/manifest` and commit tests/manifest/*.snapshot.json.';

const OUT = '.output-manifest-test';
const TARGETS = [
  { name: 'chrome-mv3', args: ['build'] },
  { name: 'firefox-mv3', args: ['build', '-b', 'firefox', '--mv3'] },
] as const;
/** Storage, and alarms for Team sync only: README "Permissions" and "Team sync". */
const ALLOWED_PERMISSIONS = ['storage', 'alarms'];
const ALWAYS_FORBIDDEN = ['tabs', 'scripting', 'webRequest', 'webRequestBlocking', 'cookies', 'history', 'debugger', 'management', 'nativeMessaging', 'activeTab'];
const PLATFORM_PATTERNS = PLATFORM_HOSTS.map((host) => `https://${host}/*`);
/** The wake script is the four sites' URL rules and one message (3.9 KB as built in 2026-12). */
const WAKE_SCRIPT_MAX_BYTES = 5 * 1024;

let outDir = '';

beforeAll(async () => {
  await removeOutput(OUT);
  // One after the other: two wxt processes on 2 cores are not faster, only noisier.
  for (const target of TARGETS) outDir = await runWxt(target.args, OUT);
}, 120_000);
afterAll(async () => {
  // Left behind, the minified bundles would be linted by `eslint .`.
  await removeOutput(OUT);
});

function readManifest(target: string): Record<string, unknown> {
  return JSON.parse(readFileSync(join(outDir, target, 'manifest.json'), 'utf8')) as Record<string, unknown>;
}

describe.each(TARGETS)('$name manifest', ({ name }) => {
  it('matches the committed snapshot of everything it may touch', () => {
    const surface = manifestSurface(readManifest(name));
    const snapshotFile = join(import.meta.dirname, `${name}.snapshot.json`);
    if (UPDATE) writeFileSync(snapshotFile, `${JSON.stringify(surface, null, 2)}\n`);
    if (!existsSync(snapshotFile)) expect.fail(`${snapshotFile} is missing. ${HOW_TO_UPDATE}`);
    const snapshot = JSON.parse(readFileSync(snapshotFile, 'utf8')) as unknown;
    expect(surface, `the ${name} manifest changed. ${HOW_TO_UPDATE}`).toEqual(snapshot);
  });

  it('asks for storage only, and for none of the broad permissions', () => {
    const manifest = readManifest(name);
    const permissions = [...((manifest.permissions as string[] | undefined) ?? []), ...((manifest.optional_permissions as string[] | undefined) ?? [])];
    expect(permissions.filter((p) => ALWAYS_FORBIDDEN.includes(p))).toEqual([]);
    expect(permissions.filter((p) => !ALLOWED_PERMISSIONS.includes(p))).toEqual([]);
    expect(manifest.externally_connectable).toBeUndefined();
  });

  it('does not run in private windows: nothing is read or kept from them', () => {
    expect(readManifest(name).incognito).toBe('not_allowed');
  });

  it('reaches the four platforms only: no <all_urls>, no wildcard hosts, nothing else', () => {
    const manifest = readManifest(name);
    // Team sync's server: asked for one origin at a time, at run time, and only ever optional.
    expect(manifest.optional_host_permissions).toEqual(['https://*/*']);
    const patterns = matchPatterns({ ...manifest, optional_host_permissions: [] });
    expect(patterns.length).toBeGreaterThan(0);
    expect(patterns.filter((p) => !PLATFORM_PATTERNS.includes(p))).toEqual([]);
  });

  it('wakes the background at document_start on the four platforms, from the isolated world, with a small script of its own', () => {
    const scripts = readManifest(name).content_scripts as Array<{ matches: string[]; run_at?: string; js: string[]; world?: string }>;
    const wake = scripts.filter((script) => script.js.includes('content-scripts/wake.js'));
    expect(wake).toHaveLength(1);
    expect(wake[0]!.js).toEqual(['content-scripts/wake.js']);
    expect(wake[0]!.run_at).toBe('document_start');
    // The isolated world: the page's own world has no runtime.sendMessage, and must not see ours.
    expect(wake[0]!.world ?? 'ISOLATED').toBe('ISOLATED');
    expect([...wake[0]!.matches].sort()).toEqual([...PLATFORM_PATTERNS].sort());
    // It runs on every page of the four platforms as the page starts: it has to stay tiny.
    expect(statSync(join(outDir, name, 'content-scripts', 'wake.js')).size).toBeLessThanOrEqual(WAKE_SCRIPT_MAX_BYTES);
  });

  it('runs one script of ours per site at document_end, for its profile and post pages alike', () => {
    const scripts = readManifest(name).content_scripts as Array<{ matches: string[]; run_at?: string; js: string[]; world?: string }>;
    for (const host of PLATFORM_HOSTS) {
      const site = `https://${host}/*`;
      const atEnd = scripts.filter((script) => script.matches.includes(site) && script.run_at === 'document_end');
      // A second script on the same pages would have the page evaluate a second copy of the shared code.
      expect(atEnd.flatMap((script) => script.js), site).toHaveLength(1);
      expect(atEnd[0]!.world ?? 'ISOLATED').toBe('ISOLATED');
    }
  });

  it('has no CSP that allows eval or remote scripts', () => {
    const csp = JSON.stringify(readManifest(name).content_security_policy ?? '');
    expect(csp).not.toMatch(/unsafe-eval|unsafe-inline/);
    expect(csp).not.toMatch(/https?:|\*/);
  });

  it('loads no remote code: no http(s) script, module, stylesheet or request URL in its HTML, JS or CSS', () => {
    const { scanned, found } = scanBuild(join(outDir, name));
    expect(scanned).toBeGreaterThan(5);
    expect(found).toEqual([]);
  });
});

describe.each(TARGETS)('$name build', ({ name }) => {
  it('is a production build: no React development runtime, no absolute path of this checkout', () => {
    const files = builtTextFiles(join(outDir, name));
    expect(files.length).toBeGreaterThan(5);
    expect(files.filter((f) => /\bjsxDEV\b/.test(f.text)).map((f) => f.path)).toEqual([]);
    expect(files.filter((f) => f.text.includes(ROOT)).map((f) => f.path)).toEqual([]);
  });
});

describe('the Firefox manifest', () => {
  it('declares that the add-on collects no data and names a stable add-on id', () => {
    const gecko = (readManifest('firefox-mv3').browser_specific_settings as { gecko: Record<string, unknown> }).gecko;
    expect(gecko.data_collection_permissions).toEqual({ required: ['none'] });
    expect(gecko.id).toMatch(/^[\w.-]+@[\w.-]+$/);
  });
});

describe('the remote-code scanner', () => {
  // Positive controls: the scan above only means something if these are caught.
  it.each([
    ['overlay.html', '<script type="module" src="https://cdn.example.com/app.js"></script>'],
    ['overlay.html', '<link rel="modulepreload" href="//cdn.example.com/react.js">'],
    ['background.js', 'await import(`https://cdn.example.com/x.js`)'],
    ['background.js', 'import{a}from"https://esm.sh/preact"'],
    ['background.js', 'importScripts("https://cdn.example.com/sw.js")'],
    ['chunks/a.js', 'e=document.createElement(`script`);e.src="https://cdn.example.com/x.js"'],
    ['chunks/a.js', 'fetch(`https://api.example.com/track`,{method:`POST`})'],
    ['chunks/a.js', 'x.open("GET","https://api.example.com/q")'],
    ['assets/overlay.css', '@import url("https://fonts.googleapis.com/css2?family=Inter");'],
    ['assets/overlay.css', 'src:url(https://fonts.gstatic.com/s/inter.woff2)'],
  ])('catches %s: %s', (file, text) => {
    expect(findRemoteReferences(file, text)).not.toEqual([]);
  });

  it.each([
    ['overlay.html', '<script type="module" crossorigin src="/chunks/overlay-DeFmsjDi.js"></script>'],
    ['chunks/a.js', 'const profile=`https://www.instagram.com/${handle}/`'],
    ['chunks/a.js', 'n.createElement(`script`),np(a,`link`,e)'],
    ['chunks/a.js', 'a.href="https://react.dev/errors/"+e'],
    ['assets/overlay.css', 'background:url(/icon/16.png)'],
  ])('leaves alone local paths and URLs that are only text, in %s: %s', (file, text) => {
    expect(findRemoteReferences(file, text)).toEqual([]);
  });
});
