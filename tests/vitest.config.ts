import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';
import './node20-compat.ts';

const root = fileURLToPath(new URL('..', import.meta.url));

export default defineConfig({
  root,
  test: {
    environment: 'happy-dom',
    // Saved pages link the platforms' CDNs: never fetch them, and don't log each refusal.
    environmentOptions: {
      happyDOM: {
        settings: {
          disableJavaScriptFileLoading: true,
          disableCSSFileLoading: true,
          disableIframePageLoading: true,
          handleDisabledFileLoadingAsSuccess: true,
        },
      },
    },
    include: ['tests/**/*.test.{ts,tsx}'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    onConsoleLog: (log) => !/(page|file) loading is disabled/i.test(log),
    setupFiles: ['tests/setup.ts'],
    // PouchDB's replication asks the server for its info() in a promise chain of its own that
    // nothing awaits: when the sync tests stop the server on purpose, that request's failure
    // surfaces as unhandled. Only that one is let through; every other unhandled error still fails.
    onUnhandledError: (error) => !(error.message === 'fetch failed' && /HttpPouch\.api\._info/.test(error.stack ?? '')),
    restoreMocks: true,
    testTimeout: 20_000,
  },
});
