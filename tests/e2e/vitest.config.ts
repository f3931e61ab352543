import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';
import '../node20-compat.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));

// Real Chromium with the built extension: one browser per file, files one after another (2 cores).
export default defineConfig({
  root,
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.e2e.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    globalSetup: ['tests/e2e/global-setup.ts'],
  },
});
