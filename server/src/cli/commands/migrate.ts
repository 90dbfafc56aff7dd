/** `pnpm atlas migrate`: copy the whole graph between the two stores, verified. */
import { Option, type Command } from 'commander';
import { loadConfig } from '../../config.ts';
import { migrate } from '../../migrate.ts';
import { openStore } from '../../store/index.ts';
import { CommandFailedError, usageError } from '../errors.ts';
import { required } from '../values.ts';
import { say, type CliContext } from '../context.ts';

const stores = ['embedded', 'neo4j'] as const;
type StoreName = (typeof stores)[number];

export function registerMigrate(program: Command, ctx: CliContext): void {
  program
    .command('migrate')
    .summary('copy the whole graph between stores (embedded, neo4j), verified')
    .description(
      'Copies the whole graph from one store to the other and verifies it by counts and a SHA-256 ' +
        'of both stores’ NDJSON exports, which must be identical. The target must be empty unless ' +
        '--force. Each store is configured by the usual environment variables.',
    )
    .addOption(required(new Option('--from <store>', 'the store to copy from').choices(stores)))
    .addOption(required(new Option('--to <store>', 'the store to copy to').choices(stores)))
    .option('--force', 'copy over what the target already holds')
    .addHelpText('after', '\nExample:\n  pnpm atlas migrate --from embedded --to neo4j')
    .action(
      async (options: { from: StoreName; to: StoreName; force?: boolean }, command: Command) => {
        if (options.from === options.to)
          usageError(
            command,
            `--from and --to must be different stores (both are ${options.from})`,
          );
        const source = await openStore(loadConfig({ ...ctx.env, ATLAS_STORE: options.from }));
        try {
          const target = await openStore(loadConfig({ ...ctx.env, ATLAS_STORE: options.to }));
          try {
            const existing = await target.stats();
            if (existing.nodes > 0 && !options.force)
              throw new CommandFailedError(
                `the ${options.to} store already holds ${existing.nodes} nodes; empty it first or pass --force to copy over them`,
              );
            const report = await migrate(source, target, {
              onProgress: (copied, total) =>
                ctx.stderr.write(`\r  copied ${copied} / ${total} records`),
            });
            ctx.stderr.write('\n');
            say(
              ctx,
              `Copied ${report.nodes} nodes and ${report.edges} relationships from ${options.from} to ${options.to} in ${report.seconds.toFixed(1)} s.\n` +
                `  source export sha256 ${report.sourceChecksum}\n  target export sha256 ${report.targetChecksum}`,
            );
            if (!report.verified)
              throw new CommandFailedError('verification failed: the stores differ');
            say(ctx, 'Verified: counts and checksums match.');
          } finally {
            await target.close();
          }
        } finally {
          await source.close();
        }
      },
    );
}
