/**
 * Private records never leak, on a real Neo4j (the suite is in visibility-suite.ts): the demo region
 * and the private records in Neo4j, compared with the embedded store holding the demo region only
 * (both stores answer alike, see stores-agree.int.test.ts). Needs an empty Neo4j; it removes what
 * it loaded.
 */
import { demoRegionRecords } from '@chanjiao/seed-data';
import { buildApp } from '../src/app.ts';
import { loadDemoRegion } from '../src/seed.ts';
import { EmbeddedStore } from '../src/store/embedded/index.ts';
import { Neo4jStore } from '../src/store/neo4j/index.ts';
import type { WriteOp } from '../src/store/port.ts';
import { tempDir, testConfig } from './helpers.ts';
import { neo4jOptions, requireNeo4j } from './neo4j-harness.ts';
import { describeVisibility } from './visibility-suite.ts';

const stamp = new Date('2026-01-01T00:00:00.000Z');

if (requireNeo4j('private records on Neo4j'))
  describeVisibility('neo4j', {
    async withPrivate() {
      const store = await Neo4jStore.connect(neo4jOptions);
      if ((await store.stats()).nodes > 0)
        throw new Error(
          'needs an empty Neo4j (run scripts/neo4j reset, or use a fresh NEO4J_DATA_DIR)',
        );
      await loadDemoRegion(store, stamp);
      const dataDir = tempDir('atlas-visibility-neo4j-');
      const app = await buildApp({
        config: testConfig(dataDir, { ATLAS_STORE: 'neo4j' }),
        store,
        closeStore: false,
        logger: false,
      });
      app.addHook('onClose', async () => store.close());
      return { app, store };
    },
    async demoOnly() {
      const dataDir = tempDir('atlas-visibility-ref-');
      const store = EmbeddedStore.open({ dataDir });
      await loadDemoRegion(store, stamp);
      return buildApp({ config: testConfig(dataDir), store, logger: false });
    },
    async cleanup(store, added) {
      const ops: WriteOp[] = [
        ...added.map((ref) => ({ op: 'removeNode' as const, ref })),
        ...demoRegionRecords()
          .filter((r) => r.type === 'node')
          .map((r) => ({ op: 'removeNode' as const, ref: { kind: r.kind, key: r.key } })),
      ];
      await store.write(ops);
    },
  });
