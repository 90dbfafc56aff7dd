/**
 * Command-line loads in the audit trail on a real Neo4j (the suite is in cli-audit-suite.ts): the
 * bulk session's change records, published when it commits. The run's records are removed
 * afterwards; their changes stay (the trail of a shared database is never rewritten).
 */
import { buildApp } from '../src/app.ts';
import { Neo4jStore } from '../src/store/neo4j/index.ts';
import { describeCliAudit } from './cli-audit-suite.ts';
import { tempDir, testConfig } from './helpers.ts';
import { neo4jOptions, requireNeo4j } from './neo4j-harness.ts';

const dataDir = tempDir('atlas-cli-audit-neo4j-');

if (requireNeo4j('command-line imports in the audit trail on Neo4j'))
  describeCliAudit('neo4j', {
    env: { ...process.env, ATLAS_STORE: 'neo4j', ATLAS_DATA_DIR: dataDir },
    async openApp() {
      const store = await Neo4jStore.connect(neo4jOptions);
      const app = await buildApp({
        config: testConfig(dataDir, { ATLAS_STORE: 'neo4j' }),
        store,
        closeStore: false,
        logger: false,
      });
      app.addHook('onClose', async () => store.close());
      return app;
    },
    async cleanup(keys) {
      const store = await Neo4jStore.connect(neo4jOptions);
      try {
        await store.write(
          keys.flatMap((key) => [
            { op: 'removeNode' as const, ref: { kind: 'Competency' as const, key } },
            { op: 'removeNode' as const, ref: { kind: 'Occupation' as const, key } },
          ]),
        );
      } finally {
        await store.close();
      }
    },
  });
