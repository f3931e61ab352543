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
    restoreMocks: true,
    testTimeout: 20_000,
  },
});
