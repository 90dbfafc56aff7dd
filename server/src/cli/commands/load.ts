/** `pnpm atlas load <set>`: load a reference taxonomy shipped with the platform. */
import { Argument, type Command } from 'commander';
import { referenceSets, type ReferenceSetName } from '@chanjiao/seed-data';
import { recordsSource } from '../../import/memory-sources.ts';
import { streamImport } from '../../import/stream-import.ts';
import { cliWriter, commandStamp } from '../../trust/command-stamp.ts';
import { say, withStore, type CliContext } from '../context.ts';

export function registerLoad(program: Command, ctx: CliContext): void {
  const names = Object.keys(referenceSets) as ReferenceSetName[];
  program
    .command('load')
    .summary('load a reference taxonomy (regions, gbt4754-sections)')
    .description(
      'Loads a reference taxonomy of real, published codes:\n' +
        names.map((name) => `  ${name}: ${referenceSets[name].description}`).join('\n') +
        '\nEvery change is recorded in the audit trail by atlas-cli under one request id.',
    )
    .addArgument(new Argument('<set>', 'the taxonomy to load').choices(names))
    .action(async (name: ReferenceSetName) => {
      const source = recordsSource(name, referenceSets[name].records());
      const audit = commandStamp(cliWriter, `load-${name}`);
      const outcome = await withStore(ctx, (store) =>
        streamImport(store, [source], { countRepeatedEdgesOnce: true, audit }),
      );
      const c = outcome.counts;
      say(
        ctx,
        `${name}: nodes ${c.nodesCreated} new, ${c.nodesUpdated} updated; ` +
          `relationships ${c.edgesCreated} new, ${c.edgesUpdated} updated ` +
          `(request ${audit.requestId} in the change feed).`,
      );
    });
}
