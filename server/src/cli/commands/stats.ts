/** `pnpm atlas stats`: node and relationship counts of the store. */
import type { Command } from 'commander';
import { say, withStore, type CliContext } from '../context.ts';

export function registerStats(program: Command, ctx: CliContext): void {
  program
    .command('stats')
    .summary('node and relationship counts')
    .description('Prints the store’s node and relationship counts, by kind and type, as JSON.')
    .action(async () => {
      const stats = await withStore(ctx, (store) => store.stats());
      say(ctx, JSON.stringify(stats, null, 2));
    });
}
