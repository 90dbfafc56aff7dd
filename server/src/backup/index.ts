/**
 * `atlas backup <file>` / `atlas restore <file>`: the embedded store is backed up as a consistent
 * SQLite snapshot (accounts included), any other store as a logical NDJSON backup. Restore tells
 * the two apart by their first bytes and verifies counts and the export checksum either way.
 */
import fs from 'node:fs';
import type { Config } from '../config.ts';
import type { GraphStore } from '../store/port.ts';
import { backupEmbedded, restoreEmbedded } from './embedded.ts';
import { backupLogical, restoreLogical } from './logical.ts';
import type { BackupManifest, RestoreReport } from './manifest.ts';

export { BackupError, RestoreVerificationError, type BackupManifest } from './manifest.ts';
export { backupEmbedded, restoreEmbedded, backupLogical, restoreLogical };

const sqliteMagic = 'SQLite format 3\0';

function isSqliteFile(file: string): boolean {
  const fd = fs.openSync(file, 'r');
  try {
    const head = Buffer.alloc(16);
    fs.readSync(fd, head, 0, 16, 0);
    return head.toString('latin1') === sqliteMagic;
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * Backs up the store the configuration selects. The embedded store is read from its file, so the
 * server may keep running; `openStore` is only called for other stores.
 */
export async function backup(
  config: Config,
  file: string,
  openStore: () => Promise<GraphStore>,
): Promise<BackupManifest> {
  if (config.store === 'embedded') return backupEmbedded(config.dataDir, file);
  const store = await openStore();
  try {
    return await backupLogical(store, file);
  } finally {
    await store.close();
  }
}

/** Restores into the (empty) store the configuration selects. */
export async function restore(
  config: Config,
  file: string,
  openStore: () => Promise<GraphStore>,
): Promise<RestoreReport> {
  if (config.store === 'embedded' && isSqliteFile(file))
    return restoreEmbedded(file, config.dataDir);
  const store = await openStore();
  try {
    return await restoreLogical(file, store);
  } finally {
    await store.close();
  }
}
