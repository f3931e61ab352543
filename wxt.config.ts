import { defineConfig } from 'wxt';
import { PLATFORM_HOSTS } from './lib/platforms/hosts';
import { checkContentScriptBudget, contentScriptSizes } from './lib/build/content-script-budget';
import { nativeBrowserInContentScripts } from './lib/build/native-browser-in-content-scripts';

const hostPermissions = PLATFORM_HOSTS.map((host) => `https://${host}/*`);

// See README "Permissions": storage only, host access only to the four platforms, nothing else.
export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  // Explicit imports everywhere: lint's module boundaries only see real import statements.
  imports: false,
  // Parallel e2e runs (and the benchmarks) can build into their own folder.
  outDir: process.env.VETTED_OUT_DIR ?? '.output',
  vite: () => ({ plugins: [nativeBrowserInContentScripts()] }),
  hooks: {
    // Issue #3 budget: ≤ 40 KB minified per content script, and the build fails above 60 KB.
    'build:done': (wxt, output) => {
      const files = output.steps.flatMap((step) => step.chunks.map((chunk) => chunk.fileName));
      for (const warning of checkContentScriptBudget(contentScriptSizes(wxt.config.outDir, files))) wxt.logger.warn(warning);
    },
  },
  manifest: ({ browser }) => ({
    name: 'Vetted',
    description:
      'Vet creators in place on Instagram, TikTok, YouTube and X: engagement, cadence, authenticity and fit. Nothing leaves your browser.',
    permissions: ['storage'],
    host_permissions: hostPermissions,
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
              strict_min_version: '128.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
