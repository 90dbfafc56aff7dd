/**
 * The logical backup on a real Neo4j: the demo region backed up from Neo4j, the database emptied,
 * the backup restored with counts and export checksum verified, and the restored graph exporting
 * byte for byte what the embedded store exports for the same data. Needs an empty Neo4j; it
 * removes what it loaded.
 */
import path from 'node:path';
import { demoRegionRecords } from '@chanjiao/seed-data';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backupLogical, restoreLogical } from '../src/backup/index.ts';
import { exportChecksum } from '../src/migrate.ts';
import { loadDemoRegion } from '../src/seed.ts';
import { EmbeddedStore } from '../src/store/embedded/index.ts';
import { Neo4jStore } from '../src/store/neo4j/index.ts';
import type { WriteOp } from '../src/store/port.ts';
import { tempDir } from './helpers.ts';
import { neo4jOptions, requireNeo4j } from './neo4j-harness.ts';

const removeDemo = (): WriteOp[] =>
  demoRegionRecords()
    .filter((r) => r.type === 'node')
    .map((r) => ({ op: 'removeNode', ref: { kind: r.kind, key: r.key } }));

if (requireNeo4j('logical backup on Neo4j'))
  describe('logical backup on Neo4j', () => {
    let neo: Neo4jStore;
    beforeAll(async () => {
      neo = await Neo4jStore.connect(neo4jOptions);
      expect((await neo.stats()).nodes, 'this test needs an empty Neo4j').toBe(0);
    });
    afterAll(async () => {
      await neo.write(removeDemo());
      await neo.close();
    });

    it(
      'restores the demo region verified, equal to the embedded store',
      { timeout: 300_000 },
      async () => {
        const stamp = new Date('2026-01-01T00:00:00.000Z');
        await loadDemoRegion(neo, stamp);
        const file = path.join(tempDir(), 'neo4j.ndjson.gz');
        const manifest = await backupLogical(neo, file);
        expect(manifest).toMatchObject({ kind: 'ndjson', store: 'neo4j' });
        await neo.write(removeDemo());
        expect((await neo.stats()).nodes).toBe(0);

        const report = await restoreLogical(file, neo);
        expect(report).toMatchObject({
          verified: true,
          nodes: manifest.nodes,
          edges: manifest.edges,
          exportSha256: manifest.exportSha256,
        });
        const embedded = EmbeddedStore.open({ dataDir: tempDir() });
        await loadDemoRegion(embedded, stamp);
        expect(await exportChecksum(embedded)).toBe(manifest.exportSha256);
        await embedded.close();
      },
    );
  });
