import { defineConfig } from 'vitest/config';

// Unit, contract, API and crash tests. The browser end-to-end test has its own config
// (scripts/e2e/vitest.config.ts) because it needs the built web client.
export default defineConfig({
  test: {
    include: ['{graph-schema,seed-data,server,scripts}/**/*.test.ts'],
    exclude: ['**/node_modules/**', 'scripts/e2e/**'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
