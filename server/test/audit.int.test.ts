/**
 * The audit trail on a real Neo4j (the suite is in audit-suite.ts): the change records are
 * `AtlasChange` nodes written in each write's transaction. Its records are keyed by a run id; it
 * removes them, and their changes stay (the trail of a shared database is never rewritten).
 */
import { buildApp } from '../src/app.ts';
import { Neo4jStore } from '../src/store/neo4j/index.ts';
import { tempDir, testConfig } from './helpers.ts';
import { neo4jOptions, requireNeo4j } from './neo4j-harness.ts';
import { describeAudit } from './audit-suite.ts';

if (requireNeo4j('the audit trail on Neo4j'))
  describeAudit('neo4j', {
    async open() {
      const store = await Neo4jStore.connect(neo4jOptions);
      const app = await buildApp({
        config: testConfig(tempDir('atlas-audit-neo4j-'), { ATLAS_STORE: 'neo4j' }),
        store,
        closeStore: false,
        logger: false,
      });
      app.addHook('onClose', async () => store.close());
      return { app, store };
    },
    async cleanup(store, keys) {
      await store.write([
        ...keys.map((key) => ({
          op: 'removeNode' as const,
          ref: { kind: 'Competency' as const, key },
        })),
        ...keys.map((key) => ({
          op: 'removeNode' as const,
          ref: { kind: 'Occupation' as const, key },
        })),
      ]);
    },
  });
