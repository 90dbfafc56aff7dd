/**
 * A logical backup of any store — the way to back up Neo4j from the platform itself: the graph's
 * NDJSON export (the import format) followed by one trailer line holding the manifest, gzipped.
 * Restore checks the file against its manifest (counts and SHA-256 of the export lines), writes
 * it into an empty store in batches, then checksums the store's own export: the two must match.
 *
 * Consistency: the export reads the store in several transactions on Neo4j, so writes made while
 * it runs may be half in it; take it while no imports run (or use `neo4j-admin database dump`
 * with the server stopped, see docs/backup.md). On the embedded store use the SQLite snapshot.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import readline from 'node:readline';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import { createGunzip, createGzip } from 'node:zlib';
import { validateRecord } from '@chanjiao/graph-schema';
import { writeExport } from '../export/formats.ts';
import { exportChecksum } from '../migrate.ts';
import type { GraphStore, WriteOp } from '../store/port.ts';
import {
  BackupError,
  backupFormat,
  isManifest,
  RestoreVerificationError,
  type BackupManifest,
  type RestoreReport,
} from './manifest.ts';

const batchSize = 5000;

export async function backupLogical(store: GraphStore, file: string): Promise<BackupManifest> {
  const hash = createHash('sha256');
  let nodes = 0;
  let edges = 0;
  const manifestOf = (): BackupManifest => ({
    format: backupFormat,
    version: 1,
    kind: 'ndjson',
    store: store.name,
    createdAt: new Date().toISOString(),
    nodes,
    edges,
    exportSha256: hash.digest('hex'),
    accounts: false,
  });
  let manifest: BackupManifest | undefined;
  async function* lines(): AsyncGenerator<string> {
    for await (const chunk of writeExport('ndjson', store.exportAll())) {
      hash.update(chunk);
      for (const line of chunk.split('\n')) {
        if (line.startsWith('{"type":"node"')) nodes++;
        else if (line.startsWith('{"type":"edge"')) edges++;
      }
      yield chunk;
    }
    manifest = manifestOf();
    yield `${JSON.stringify({ type: 'backup', ...manifest })}\n`;
  }
  await pipeline(Readable.from(lines()), createGzip(), fs.createWriteStream(`${file}.partial`));
  fs.renameSync(`${file}.partial`, file);
  return manifest!;
}

async function* readLines(file: string): AsyncGenerator<string> {
  const input = fs.createReadStream(file).pipe(createGunzip());
  yield* readline.createInterface({ input, crlfDelay: Infinity });
}

/** Reads the trailer and checks the lines before it against it (a damaged file stops here). */
async function checkFile(file: string): Promise<BackupManifest> {
  const hash = createHash('sha256');
  let last: string | undefined;
  try {
    for await (const line of readLines(file)) {
      if (last !== undefined) hash.update(`${last}\n`);
      last = line;
    }
  } catch {
    throw new BackupError(`${file} is not a gzipped Chanjiao Atlas logical backup`);
  }
  const trailer: unknown = last ? JSON.parse(last) : null;
  if (!isManifest(trailer))
    throw new BackupError(`${file} has no backup manifest (not a backup, or cut short)`);
  const { type: _type, ...manifest } = trailer as BackupManifest & { type: string };
  if (hash.digest('hex') !== manifest.exportSha256)
    throw new BackupError(`${file} is damaged: its content does not match its checksum`);
  return manifest;
}

/** Restores a logical backup into `store`, which must be empty. */
export async function restoreLogical(file: string, store: GraphStore): Promise<RestoreReport> {
  const started = performance.now();
  const manifest = await checkFile(file);
  const before = await store.stats();
  if (before.nodes > 0 || before.edges > 0)
    throw new BackupError(
      `restore needs an empty store: the ${store.name} store holds ${before.nodes} nodes and ${before.edges} relationships`,
    );
  let batch: WriteOp[] = [];
  const flush = async () => {
    if (batch.length) await store.write(batch);
    batch = [];
  };
  let lineNumber = 0;
  for await (const line of readLines(file)) {
    lineNumber++;
    if (!line || line.startsWith('{"type":"backup"')) continue;
    const checked = validateRecord(JSON.parse(line));
    if (!checked.ok)
      throw new BackupError(
        `line ${lineNumber}: ${checked.errors.map((e) => `${e.field}: ${e.message}`).join('; ')}`,
      );
    const record = checked.value;
    // Properties verbatim, `updatedAt` included, as the export wrote them.
    const props = (JSON.parse(line) as { props: Record<string, never> }).props;
    batch.push(
      record.type === 'node'
        ? { op: 'upsertNode', node: { kind: record.kind, key: record.key, props }, mode: 'replace' }
        : {
            op: 'upsertEdge',
            edge: { rel: record.rel, from: record.from, to: record.to, props },
            mode: 'replace',
          },
    );
    if (batch.length >= batchSize) await flush();
  }
  await flush();
  const after = await store.stats();
  const exportSha256 = await exportChecksum(store);
  if (
    after.nodes !== manifest.nodes ||
    after.edges !== manifest.edges ||
    exportSha256 !== manifest.exportSha256
  )
    throw new RestoreVerificationError(
      `the restored ${store.name} store does not match the backup: ${after.nodes} nodes, ${after.edges} relationships, ` +
        `export ${exportSha256} (backup: ${manifest.nodes}, ${manifest.edges}, ${manifest.exportSha256})`,
    );
  return {
    manifest,
    nodes: after.nodes,
    edges: after.edges,
    exportSha256,
    verified: true,
    seconds: (performance.now() - started) / 1000,
  };
}
