import { defineConfig } from 'vitest/config';

// The browser end-to-end tests: they need the built web client (pnpm build:web) and Chromium.
export default defineConfig({
  test: {
    include: ['scripts/e2e/**/*.e2e.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
