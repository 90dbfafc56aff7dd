import { defineConfig } from 'vitest/config';

// The browser end-to-end tests: they need the built web client (pnpm build:web) and Chromium.
// A page's reaction to a click can take seconds on a busy CI machine (software WebGL, layouts in
// workers), so polled expectations wait up to 10 s unless a test says otherwise.
export default defineConfig({
  test: {
    include: ['scripts/e2e/**/*.e2e.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    expect: { poll: { timeout: 10_000, interval: 100 } },
  },
});
