/**
 * Backup and restore. Embedded: a backup taken while another process writes batches restores into
 * an empty data directory as one committed state (every batch whole or absent), with its counts
 * and export checksum verified, and the accounts with it; a restore refuses a non-empty directory
 * and a file that is not a backup, and keeps nothing when verification fails. Logical (the
 * Neo4j path, run here on the embedded store): the round trip verifies; a damaged file is refused.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { AccountStore } from '../src/auth/accounts.ts';
import {
  backupEmbedded,
  backupLogical,
  restoreEmbedded,
  restoreLogical,
} from '../src/backup/index.ts';
import { exportChecksum } from '../src/migrate.ts';
import { EmbeddedStore, embeddedDatabasePath } from '../src/store/embedded/index.ts';
import { batchNodes } from './fixtures/write-forever.ts';
import { tempDir } from './helpers.ts';
import { edgeOp, nodeOp } from './ops.ts';

const writerScript = path.join(import.meta.dirname, 'fixtures/write-forever.ts');
const children: ChildProcess[] = [];
afterEach(() => {
  for (const child of children.splice(0)) child.kill('SIGKILL');
});

/** Starts the writer process; resolves once it has committed `batches` batches. */
function startWriter(dataDir: string, batches: number): Promise<ChildProcess> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', writerScript], {
      env: { ...process.env, ATLAS_WRITER_DIR: dataDir },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    children.push(child);
    let output = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes(`batch ${batches - 1}\n`)) resolve(child);
    });
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('exit', (code) => reject(new Error(`writer exited (${code}): ${output}`)));
  });
}

async function batchesIn(dataDir: string): Promise<Map<string, number>> {
  const store = EmbeddedStore.open({ dataDir });
  const perBatch = new Map<string, number>();
  try {
    for await (const item of store.exportAll())
      if (item.type === 'node') {
        const batch = item.key.split('-')[0]!;
        perBatch.set(batch, (perBatch.get(batch) ?? 0) + 1);
      }
  } finally {
    await store.close();
  }
  return perBatch;
}

describe('embedded backup', () => {
  it(
    'snapshots a store while another process writes, and restores it verified',
    { timeout: 120_000 },
    async () => {
      const dataDir = tempDir('atlas-live-');
      const accounts = AccountStore.open(dataDir);
      accounts.createUser({ username: 'kept-user', role: 'editor' });
      accounts.close();
      const writer = await startWriter(dataDir, 30);
      const file = path.join(tempDir(), 'atlas.backup');
      const manifest = await backupEmbedded(dataDir, file);
      // The writer kept going while the backup ran and after it.
      await new Promise((resolve) => setTimeout(resolve, 300));
      writer.kill('SIGKILL');

      expect(manifest).toMatchObject({ kind: 'sqlite', store: 'embedded', accounts: true });
      expect(manifest.nodes).toBeGreaterThanOrEqual(30 * batchNodes);
      expect(manifest.nodes % batchNodes).toBe(0);
      expect(manifest.edges).toBe((manifest.nodes / batchNodes) * (batchNodes - 1));
      const live = await batchesIn(dataDir);
      expect(live.size * batchNodes).toBeGreaterThan(manifest.nodes);

      const restoredDir = tempDir('atlas-restored-');
      const report = await restoreEmbedded(file, restoredDir);
      expect(report).toMatchObject({
        verified: true,
        nodes: manifest.nodes,
        edges: manifest.edges,
        exportSha256: manifest.exportSha256,
      });
      // One committed state: every batch whole.
      const restored = await batchesIn(restoredDir);
      expect([...restored.values()].every((n) => n === batchNodes)).toBe(true);
      const store = EmbeddedStore.open({ dataDir: restoredDir });
      expect(await exportChecksum(store)).toBe(manifest.exportSha256);
      // What the store derives came with the snapshot (counts table, search index) or is built
      // again on open (the adjacency).
      expect(await store.stats()).toMatchObject({ nodes: manifest.nodes, edges: manifest.edges });
      const found = await store.search({ text: '能力 3-4', limit: 5 });
      expect(found.hits[0]).toMatchObject({ kind: 'Competency', key: 'b3-4' });
      const around = await store.neighbourhood({
        center: { kind: 'Competency', key: 'b3-4' },
        depth: 9,
        limit: 100,
      });
      expect(around?.nodes.map((n) => n.key).sort()).toEqual(
        Array.from({ length: batchNodes }, (_, i) => `b3-${i}`).sort(),
      );
      await store.close();
      const restoredAccounts = AccountStore.open(restoredDir);
      expect(restoredAccounts.getUser('kept-user')?.role).toBe('editor');
      restoredAccounts.close();
      // The backup's own bookkeeping does not stay in the restored store.
      const db = new Database(embeddedDatabasePath(restoredDir), { readonly: true });
      expect(
        db.prepare("SELECT name FROM sqlite_master WHERE name = 'atlas_backup'").get(),
      ).toBeUndefined();
      db.close();
    },
  );

  it('refuses a data directory that holds a store, and a file that is not a backup', async () => {
    const dataDir = tempDir();
    const store = EmbeddedStore.open({ dataDir });
    await store.close();
    const file = path.join(tempDir(), 'b.sqlite');
    await backupEmbedded(dataDir, file);
    await expect(restoreEmbedded(file, dataDir)).rejects.toMatchObject({ name: 'BackupError' });
    const notBackup = path.join(tempDir(), 'x.sqlite');
    fs.writeFileSync(notBackup, 'hello');
    await expect(restoreEmbedded(notBackup, tempDir())).rejects.toMatchObject({
      name: 'BackupError',
    });
  });

  it('keeps nothing of a restore whose result does not match the manifest', async () => {
    const dataDir = tempDir();
    const store = EmbeddedStore.open({ dataDir });
    await store.write([
      {
        op: 'upsertNode',
        node: { kind: 'Competency', key: 'c', props: { name_zh: 'c', dimension: 'skill' } },
        mode: 'replace',
      },
    ]);
    await store.close();
    const file = path.join(tempDir(), 'b.sqlite');
    await backupEmbedded(dataDir, file);
    // Tamper with the snapshot: a node removed behind the manifest's back.
    const db = new Database(file);
    db.exec('DELETE FROM nodes');
    db.close();
    const target = tempDir();
    await expect(restoreEmbedded(file, target)).rejects.toMatchObject({
      name: 'RestoreVerificationError',
    });
    expect(fs.existsSync(embeddedDatabasePath(target))).toBe(false);
  });

  it('refuses a restore whose counts table disagrees with its rows', async () => {
    const dataDir = tempDir();
    const store = EmbeddedStore.open({ dataDir });
    await store.write([
      {
        op: 'upsertNode',
        node: { kind: 'Competency', key: 'c', props: { name_zh: 'c', dimension: 'skill' } },
        mode: 'replace',
      },
    ]);
    await store.close();
    const file = path.join(tempDir(), 'b.sqlite');
    const manifest = await backupEmbedded(dataDir, file);
    expect(manifest).toMatchObject({ nodes: 1, edges: 0 });
    // The rows and the export stay as the manifest says; only the kept count is wrong.
    const db = new Database(file);
    db.exec("UPDATE counts SET n = n + 1 WHERE name = 'node:Competency'");
    db.close();
    const target = tempDir();
    await expect(restoreEmbedded(file, target)).rejects.toMatchObject({
      name: 'RestoreVerificationError',
      message: expect.stringMatching(/counts table says 2 nodes .* rows 1/),
    });
    expect(fs.existsSync(embeddedDatabasePath(target))).toBe(false);
  });
});

describe('logical backup (the path for Neo4j)', () => {
  async function storeWithGraph(): Promise<EmbeddedStore> {
    const store = EmbeddedStore.open({ dataDir: tempDir() });
    await store.write([
      nodeOp('Occupation', 'o1', { name_zh: '电池工程师', updatedAt: '2026-01-01T00:00:00.000Z' }),
      nodeOp('Competency', 'c1', { name_zh: '涂布', dimension: 'skill' }),
      edgeOp('REQUIRES', ['Occupation', 'o1'], ['Competency', 'c1'], { importance: 4, level: 3 }),
    ]);
    return store;
  }

  it('round-trips a store with counts and the export checksum verified', async () => {
    const source = await storeWithGraph();
    const file = path.join(tempDir(), 'graph.ndjson.gz');
    const manifest = await backupLogical(source, file);
    expect(manifest).toMatchObject({ kind: 'ndjson', nodes: 2, edges: 1 });
    expect(manifest.exportSha256).toBe(await exportChecksum(source));
    await source.close();
    const target = EmbeddedStore.open({ dataDir: tempDir() });
    const report = await restoreLogical(file, target);
    expect(report).toMatchObject({ verified: true, nodes: 2, edges: 1 });
    expect(await target.getNode({ kind: 'Occupation', key: 'o1' })).toMatchObject({
      props: { updatedAt: '2026-01-01T00:00:00.000Z' },
    });
    await expect(restoreLogical(file, target)).rejects.toMatchObject({ name: 'BackupError' });
    await target.close();
  });

  it('refuses a damaged file before writing anything', async () => {
    const source = await storeWithGraph();
    const file = path.join(tempDir(), 'graph.ndjson.gz');
    await backupLogical(source, file);
    await source.close();
    const text = gunzipSync(fs.readFileSync(file)).toString().replace('涂布', '涂层');
    fs.writeFileSync(file, gzipSync(text));
    const target = EmbeddedStore.open({ dataDir: tempDir() });
    await expect(restoreLogical(file, target)).rejects.toThrow(/damaged/);
    expect((await target.stats()).nodes).toBe(0);
    await target.close();
  });
});
