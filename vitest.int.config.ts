import { defineConfig } from 'vitest/config';

// Integration tests against a real Neo4j (scripts/neo4j start). They share one database, so files
// run one at a time. Under CI=true a missing Neo4j fails them instead of skipping.
export default defineConfig({
  test: {
    include: ['server/**/*.int.test.ts'],
    exclude: ['**/node_modules/**'],
    fileParallelism: false,
    testTimeout: 180_000,
    hookTimeout: 180_000,
  },
});
