/**
 * Backup and restore of the embedded store. A backup is an online, consistent snapshot taken with
 * SQLite's backup API from a connection of its own (read-only; the server or CLI holding the store
 * keeps writing in WAL mode meanwhile): the pages are copied in one step, inside one read
 * transaction, so the snapshot is one committed state — never half a batch. The snapshot is then
 * opened as a store in a scratch directory to count it and checksum its export, and the manifest
 * (and a snapshot of the accounts) is stored in the same single file, in a table of its own.
 *
 * A restore goes into an empty data directory only, re-counts and re-checksums what it restored,
 * and removes it again unless both match the manifest. Everything the store derives lives in the
 * same file and is copied in the same step — the `counts` table and the search index, written in
 * the same transactions as the rows — and what lives in memory (row-id counters, the adjacency) is
 * built again when the store opens; so nothing needs rebuilding, but the counts are taken from the
 * rows themselves (as the export reads them) and the counts table must agree with them.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { writeExport } from '../export/formats.ts';
import { EmbeddedStore, embeddedDatabasePath } from '../store/embedded/index.ts';
import {
  BackupError,
  backupFormat,
  isManifest,
  RestoreVerificationError,
  type BackupManifest,
  type RestoreReport,
} from './manifest.ts';

const accountsFile = 'accounts.sqlite';
const manifestTable = 'atlas_backup';

/** Copies a live SQLite database to `target` in one backup step (a consistent snapshot). */
async function snapshot(source: string, target: string): Promise<void> {
  const db = new Database(source, { readonly: true, fileMustExist: true });
  try {
    // The first step only starts the backup; returning the largest count copies every remaining
    // page in the next step, so no write by another connection can restart it half-way.
    await db.backup(target, { progress: () => 0x7fffffff });
  } finally {
    db.close();
  }
}

interface Counted {
  nodes: number;
  edges: number;
  exportSha256: string;
  /** What the store's counts table says. */
  table: { nodes: number; edges: number };
}

/**
 * Nodes and relationships counted from the store's export and its checksum (the one `atlas migrate`
 * computes) in one read, and what its counts table says.
 */
async function countAndChecksum(dataDir: string): Promise<Counted> {
  const store = EmbeddedStore.open({ dataDir });
  try {
    let nodes = 0;
    let edges = 0;
    const counted = async function* () {
      for await (const item of store.exportAll()) {
        if (item.type === 'node') nodes++;
        else edges++;
        yield item;
      }
    };
    const hash = createHash('sha256');
    for await (const chunk of writeExport('ndjson', counted())) hash.update(chunk);
    const stats = await store.stats();
    return {
      nodes,
      edges,
      exportSha256: hash.digest('hex'),
      table: { nodes: stats.nodes, edges: stats.edges },
    };
  } finally {
    await store.close();
  }
}

/** Why the counts table disagrees with the rows, or null when it agrees. */
function countsDisagree(counted: Counted): string | null {
  const { nodes, edges, table } = counted;
  return table.nodes === nodes && table.edges === edges
    ? null
    : `its counts table says ${table.nodes} nodes and ${table.edges} relationships, its rows ${nodes} and ${edges}`;
}

/** Writes a backup of the embedded store in `dataDir` to `file`; returns its manifest. */
export async function backupEmbedded(dataDir: string, file: string): Promise<BackupManifest> {
  const source = embeddedDatabasePath(dataDir);
  if (!fs.existsSync(source)) throw new BackupError(`no embedded store at ${source}`);
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-backup-'));
  try {
    const copy = embeddedDatabasePath(scratch);
    await snapshot(source, copy);
    const accounts = path.join(dataDir, accountsFile);
    const hasAccounts = fs.existsSync(accounts);
    if (hasAccounts) await snapshot(accounts, path.join(scratch, accountsFile));
    const counted = await countAndChecksum(scratch);
    const disagree = countsDisagree(counted);
    if (disagree) throw new BackupError(`the store at ${source} is inconsistent: ${disagree}`);
    const manifest: BackupManifest = {
      format: backupFormat,
      version: 1,
      kind: 'sqlite',
      store: 'embedded',
      createdAt: new Date().toISOString(),
      nodes: counted.nodes,
      edges: counted.edges,
      exportSha256: counted.exportSha256,
      accounts: hasAccounts,
    };
    const db = new Database(copy);
    try {
      db.exec(`CREATE TABLE ${manifestTable} (name TEXT PRIMARY KEY, value BLOB NOT NULL)`);
      const put = db.prepare(`INSERT INTO ${manifestTable} (name, value) VALUES (?, ?)`);
      put.run('manifest', JSON.stringify(manifest));
      if (hasAccounts) put.run(accountsFile, fs.readFileSync(path.join(scratch, accountsFile)));
      // One self-contained file: no write-ahead log beside it.
      db.pragma('journal_mode = DELETE');
    } finally {
      db.close();
    }
    fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
    fs.copyFileSync(copy, `${file}.partial`);
    fs.renameSync(`${file}.partial`, file);
    return manifest;
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}

/** The manifest of a backup file (either kind), or a BackupError saying why it is not one. */
export function readEmbeddedManifest(file: string): BackupManifest {
  let db: Database.Database | undefined;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    const row = db
      .prepare<[], { value: string }>(`SELECT value FROM ${manifestTable} WHERE name = 'manifest'`)
      .get();
    const manifest: unknown = row ? JSON.parse(String(row.value)) : null;
    if (!isManifest(manifest)) throw new Error('no manifest');
    return manifest;
  } catch {
    throw new BackupError(`${file} is not a Chanjiao Atlas backup of the embedded store`);
  } finally {
    db?.close();
  }
}

/** Restores `file` into `dataDir`, which must hold no store yet; verified or nothing is kept. */
export async function restoreEmbedded(file: string, dataDir: string): Promise<RestoreReport> {
  const started = performance.now();
  const manifest = readEmbeddedManifest(file);
  const target = embeddedDatabasePath(dataDir);
  const accounts = path.join(dataDir, accountsFile);
  for (const existing of [target, accounts])
    if (fs.existsSync(existing))
      throw new BackupError(
        `restore needs an empty data directory: ${existing} exists (move it away or choose another ATLAS_DATA_DIR)`,
      );
  fs.mkdirSync(dataDir, { recursive: true });
  const written = [target, accounts, `${target}-wal`, `${target}-shm`];
  try {
    fs.copyFileSync(file, target);
    const db = new Database(target);
    try {
      const blob = db
        .prepare<[string], { value: Buffer }>(`SELECT value FROM ${manifestTable} WHERE name = ?`)
        .get(accountsFile);
      if (blob) fs.writeFileSync(accounts, blob.value);
      db.exec(`DROP TABLE ${manifestTable}`);
    } finally {
      db.close();
    }
    const counted = await countAndChecksum(dataDir);
    const disagree = countsDisagree(counted);
    if (disagree)
      throw new RestoreVerificationError(
        `the restored store is inconsistent: ${disagree}; nothing was kept`,
      );
    if (
      counted.nodes !== manifest.nodes ||
      counted.edges !== manifest.edges ||
      counted.exportSha256 !== manifest.exportSha256
    )
      throw new RestoreVerificationError(
        `the restored store does not match the backup: ${counted.nodes} nodes, ${counted.edges} relationships, ` +
          `export ${counted.exportSha256} (backup: ${manifest.nodes}, ${manifest.edges}, ${manifest.exportSha256}); nothing was kept`,
      );
    return {
      manifest,
      nodes: counted.nodes,
      edges: counted.edges,
      exportSha256: counted.exportSha256,
      verified: true,
      seconds: (performance.now() - started) / 1000,
    };
  } catch (error) {
    for (const f of written) fs.rmSync(f, { force: true });
    throw error;
  }
}
