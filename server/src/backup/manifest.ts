/**
 * What a backup says about itself, so a restore can prove it got back what was saved: the store
 * it came from, when, the node and relationship counts, and the SHA-256 of the graph's NDJSON
 * export (the same checksum `atlas migrate` verifies with). Also the errors of backup and restore.
 */
import { AtlasError } from '../errors.ts';

export const backupFormat = 'chanjiao-atlas-backup';

export interface BackupManifest {
  format: typeof backupFormat;
  version: 1;
  /** `sqlite`: a SQLite snapshot (embedded store); `ndjson`: a logical export (any store). */
  kind: 'sqlite' | 'ndjson';
  store: 'embedded' | 'neo4j';
  createdAt: string;
  nodes: number;
  edges: number;
  exportSha256: string;
  /** Whether the accounts (users, organisations, tokens) are inside. */
  accounts: boolean;
}

export interface RestoreReport {
  manifest: BackupManifest;
  nodes: number;
  edges: number;
  exportSha256: string;
  verified: true;
  seconds: number;
}

export class BackupError extends AtlasError {
  override name = 'BackupError';
  override readonly statusCode = 400;
  override readonly code: string = 'BACKUP_ERROR';
}

/** A restore whose result does not match the backup's manifest: nothing of it is kept. */
export class RestoreVerificationError extends BackupError {
  override name = 'RestoreVerificationError';
  override readonly code = 'RESTORE_NOT_VERIFIED';
}

export function isManifest(value: unknown): value is BackupManifest {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as { format?: unknown }).format === backupFormat &&
    (value as { version?: unknown }).version === 1
  );
}
