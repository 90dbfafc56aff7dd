/**
 * Ownership and provenance on a real Neo4j (the suite is in ownership-suite.ts): the same rules
 * as on the embedded store, including an import refused in its second chunk transaction being
 * undone. It removes the nodes it created.
 */
import { buildApp } from '../src/app.ts';
import { Neo4jStore } from '../src/store/neo4j/index.ts';
import { tempDir, testConfig } from './helpers.ts';
import { neo4jOptions, requireNeo4j } from './neo4j-harness.ts';
import { describeOwnership } from './ownership-suite.ts';

if (requireNeo4j('ownership and provenance on Neo4j'))
  describeOwnership('neo4j', {
    async open() {
      const dataDir = tempDir('atlas-ownership-neo4j-');
      const store = await Neo4jStore.connect(neo4jOptions);
      const app = await buildApp({
        config: testConfig(dataDir, { ATLAS_STORE: 'neo4j' }),
        store,
        logger: false,
      });
      return { app, store };
    },
  });
