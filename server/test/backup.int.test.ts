/**
 * The logical backup on a real Neo4j: the demo region backed up from Neo4j, the database emptied,
 * the backup restored with counts and export checksum verified, and the restored graph exporting
 * byte for byte what the embedded store exports for the same data; and `pnpm atlas backup` on
 * Neo4j restored by `pnpm atlas restore` into an embedded store. Needs an empty Neo4j; it removes
 * what it loaded.
 */
import path from 'node:path';
import { demoRegionRecords } from '@chanjiao/seed-data';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backupLogical, restoreLogical } from '../src/backup/index.ts';
import type { CliContext } from '../src/cli/context.ts';
import { runCli } from '../src/cli/program.ts';
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

    it(
      'pnpm atlas backup on Neo4j restores into an embedded store, verified',
      { timeout: 300_000 },
      async () => {
        // The store holds only this node (the demo region the test above restored goes first).
        await neo.write([
          ...removeDemo(),
          {
            op: 'upsertNode',
            node: {
              kind: 'Competency',
              key: 'cli-backup-c',
              props: { name_zh: '涂布', dimension: 'skill' },
            },
            mode: 'replace',
          },
        ]);
        const run = async (args: string[], env: NodeJS.ProcessEnv) => {
          let stdout = '';
          let stderr = '';
          const ctx: CliContext = {
            env: { ...process.env, ...env },
            stdout: { write: (t: string) => (stdout += t) },
            stderr: { write: (t: string) => (stderr += t) },
          };
          return { code: await runCli(args, ctx), stdout, stderr };
        };
        const file = path.join(tempDir(), 'neo4j.ndjson.gz');
        const dataDir = tempDir();
        const backedUp = await run(['backup', file], {
          ATLAS_STORE: 'neo4j',
          ATLAS_DATA_DIR: dataDir,
        });
        expect(backedUp.code, backedUp.stderr).toBe(0);
        expect(backedUp.stdout).toMatch(
          /^Backed up 1 nodes and 0 relationships of the neo4j store \(logical NDJSON backup/,
        );
        expect(backedUp.stderr).toMatch(
          /The accounts are not in a neo4j backup: copy .+accounts\.sqlite beside it/,
        );
        const restored = await run(['restore', file], {
          ATLAS_STORE: 'embedded',
          ATLAS_DATA_DIR: tempDir(),
        });
        expect(restored.code, restored.stderr).toBe(0);
        expect(restored.stdout).toMatch(
          /^Verified: 1 nodes, 0 relationships, export sha256 [0-9a-f]{64}\.$/m,
        );
        await neo.write([{ op: 'removeNode', ref: { kind: 'Competency', key: 'cli-backup-c' } }]);
      },
    );
  });
