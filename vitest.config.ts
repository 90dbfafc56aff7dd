import { defineConfig } from 'vitest/config';

// Unit, contract (embedded), API, crash and shutdown tests. Tests against a real Neo4j
// (*.int.test.ts) run one file at a time under vitest.int.config.ts; the browser end-to-end test
// has its own config (scripts/e2e/vitest.config.ts) because it needs the built web client.
export default defineConfig({
  test: {
    include: ['{graph-schema,seed-data,server,scripts,web}/**/*.test.ts'],
    exclude: ['**/node_modules/**', '**/*.int.test.ts', '**/*.e2e.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
