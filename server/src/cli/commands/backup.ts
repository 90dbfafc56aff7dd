/**
 * `pnpm atlas backup <file>` and `pnpm atlas restore <file>`: the commands over the backup modules.
 * The embedded store is backed up online as one consistent SQLite snapshot (accounts included) and
 * may keep serving meanwhile; Neo4j as a verified logical export. A restore goes into an empty
 * store only and keeps nothing unless the counts and the export checksum match the backup's.
 */
import fs from 'node:fs';
import type { Command } from 'commander';
import { backup, restore, type BackupManifest } from '../../backup/index.ts';
import { loadConfig } from '../../config.ts';
import { openStore } from '../../store/index.ts';
import { note, say, type CliContext } from '../context.ts';
import { CommandFailedError } from '../errors.ts';

const count = (n: number) => n.toLocaleString('en-US');

function describeManifest(m: BackupManifest): string {
  const what = m.kind === 'sqlite' ? 'SQLite snapshot' : 'logical NDJSON backup';
  const accounts = m.accounts ? ', accounts included' : '';
  return `${count(m.nodes)} nodes and ${count(m.edges)} relationships of the ${m.store} store (${what}${accounts}, taken ${m.createdAt})`;
}

export function registerBackup(program: Command, ctx: CliContext): void {
  program
    .command('backup')
    .summary('back up the store to a file, verified on restore')
    .argument('<file>', 'the backup file to write (replaced if it exists)')
    .description(
      'Writes a backup of the store the environment selects. The embedded store is copied online ' +
        '(the server may keep writing) as one consistent SQLite snapshot that also holds the ' +
        'accounts; Neo4j is written as a gzipped NDJSON export, best taken while no import runs ' +
        '(or use "scripts/neo4j dump" with the server stopped). Either way the file records the ' +
        'node and relationship counts and the SHA-256 of the graph’s export, which "atlas restore" ' +
        'checks.',
    )
    .addHelpText(
      'after',
      '\nExamples:\n  pnpm atlas backup backups/atlas-2026-11-30.sqlite\n' +
        '  ATLAS_STORE=neo4j pnpm atlas backup backups/atlas-2026-11-30.ndjson.gz',
    )
    .action(async (file: string) => {
      const config = loadConfig(ctx.env);
      const manifest = await backup(config, file, () => openStore(config));
      say(ctx, `Backed up ${describeManifest(manifest)} to ${file}.`);
      say(ctx, `  export sha256 ${manifest.exportSha256}`);
      if (!manifest.accounts && config.store !== 'embedded')
        note(
          ctx,
          `The accounts are not in a ${config.store} backup: copy ${config.dataDir}/accounts.sqlite beside it ` +
            `(see docs/backup.md).`,
        );
    });

  program
    .command('restore')
    .summary('restore a backup into an empty store, verified')
    .argument('<file>', 'a file written by "atlas backup"')
    .description(
      'Restores a backup into the store the environment selects, which must be empty (for the ' +
        'embedded store: a data directory without a store or accounts). A SQLite snapshot goes back ' +
        'into an embedded store with its accounts; a logical backup into either store. The result is ' +
        're-counted and its export checksummed: unless both match the backup, nothing is kept and ' +
        'the command fails.',
    )
    .addHelpText(
      'after',
      '\nExamples:\n  ATLAS_DATA_DIR=data-restored pnpm atlas restore backups/atlas-2026-11-30.sqlite\n' +
        '  ATLAS_STORE=neo4j pnpm atlas restore backups/atlas-2026-11-30.ndjson.gz',
    )
    .action(async (file: string) => {
      if (!fs.existsSync(file)) throw new CommandFailedError(`${file}: no such file`);
      const config = loadConfig(ctx.env);
      const report = await restore(config, file, () => openStore(config));
      say(
        ctx,
        `Restored ${describeManifest(report.manifest)} into the ${config.store} store in ${report.seconds.toFixed(1)} s.`,
      );
      say(
        ctx,
        `Verified: ${count(report.nodes)} nodes, ${count(report.edges)} relationships, export sha256 ${report.exportSha256}.`,
      );
    });
}
