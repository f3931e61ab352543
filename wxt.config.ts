import { defineConfig } from 'wxt';
import { PLATFORM_HOSTS } from './lib/platforms/hosts';
import { checkContentScriptBudget, contentScriptSizes, pageScriptSizes } from './lib/build/content-script-budget';
import { leanContentScriptContext } from './lib/build/lean-content-script-context';
import { leanContentScriptEntry } from './lib/build/lean-content-script-entry';
import { nativeBrowserInContentScripts } from './lib/build/native-browser-in-content-scripts';
import { stripPageEvidencePlugin } from './lib/build/strip-page-evidence';

const hostPermissions = PLATFORM_HOSTS.map((host) => `https://${host}/*`);
// The two-profile sync e2e test builds a copy of the extension with its local team server already
// granted: a browser run by a test cannot answer the permission prompt "Turn on sync" raises. Never
// set for a build anyone installs (the manifest test checks the default build).
const e2eTeamHost = process.env.VETTED_E2E_TEAM_HOST;
if (e2eTeamHost !== undefined && !/^[a-z0-9.-]+\.test$/.test(e2eTeamHost)) throw new Error('VETTED_E2E_TEAM_HOST must be a .test host name');

// See README "Permissions": storage only, host access only to the four platforms, nothing else.
export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  // Explicit imports everywhere: lint's module boundaries only see real import statements.
  imports: false,
  // Parallel e2e runs (and the benchmarks) can build into their own folder.
  outDir: process.env.VETTED_OUT_DIR ?? '.output',
  vite: (env) => {
    // Vite lets an inherited NODE_ENV override the build mode: NODE_ENV=test (set by vitest) or a
    // shell's NODE_ENV=development would bundle React's development build, with this machine's
    // absolute paths in it. Production builds (and so `npm run zip`) must not depend on the shell.
    if (env.command === 'build' && env.mode === 'production') process.env.NODE_ENV = 'production';
    // pouchdb-browser imports Node's `events`: the npm package of the same API, not an empty stub.
    // VETTED_SOURCEMAP=1: source maps next to the built files, unreferenced, for the CPU profiles of
    // tests/bench/overlay-profile.ts; never for a build anyone installs.
    const sourcemap = process.env.VETTED_SOURCEMAP === '1' ? { build: { sourcemap: 'hidden' as const } } : {};
    return { plugins: [nativeBrowserInContentScripts(), leanContentScriptContext(), leanContentScriptEntry(), stripPageEvidencePlugin()], resolve: { alias: { events: 'events/' } }, ...sourcemap };
  },
  zip: {
    // The sources archive AMO reviewers rebuild from: what `npm ci && npm run zip` needs, not
    // whatever else the working tree holds (test artifacts, screenshots, saved profile pages, logs).
    includeSources: ['README.md', 'package.json', 'package-lock.json', 'tsconfig.json', 'wxt.config.ts', 'entrypoints/**', 'components/**', 'lib/**', 'public/**'],
  },
  hooks: {
    // Content-script budget (README "How it works" and "Performance"): a page evaluates ≤ 68 KB of
    // them minified (wake, capture and its platform's script), and the build fails for any one above 72 KB.
    'build:done': (wxt, output) => {
      const files = output.steps.flatMap((step) => step.chunks.map((chunk) => chunk.fileName));
      const sizes = contentScriptSizes(wxt.config.outDir, files);
      for (const warning of checkContentScriptBudget(sizes, pageScriptSizes(output.manifest.content_scripts ?? [], sizes))) wxt.logger.warn(warning);
    },
  },
  manifest: ({ browser }) => ({
    name: 'Vetted',
    description:
      'Vet creators in place on Instagram, TikTok, YouTube and X: engagement, cadence, authenticity and fit. Nothing leaves your browser.',
    // alarms: only while team sync is on, to restart replication after the browser stopped the
    // idle worker (README "Team sync"). https://*/* is optional: asked for one team server at a time.
    permissions: ['storage', 'alarms'],
    // Nothing is read or kept from private windows: the extension does not run there (README "Privacy").
    incognito: 'not_allowed',
    host_permissions: e2eTeamHost ? [...hostPermissions, `https://${e2eTeamHost}/*`] : hostPermissions,
    optional_host_permissions: ['https://*/*'],
    web_accessible_resources: [
      {
        resources: ['overlay.html'],
        matches: hostPermissions,
        ...(browser === 'firefox' ? {} : { use_dynamic_url: true }),
      },
    ],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'vetted@vetted.invalid',
              // data_collection_permissions exists from Firefox 140 (desktop) and 142 (Android).
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
