/** `pnpm atlas seed`: load (or refresh) the demo region. */
import type { Command } from 'commander';
import { loadDemoRegion } from '../../seed.ts';
import { commandStamp, seedWriter } from '../../trust/command-stamp.ts';
import { say, withStore, type CliContext } from '../context.ts';

export function registerSeed(program: Command, ctx: CliContext): void {
  program
    .command('seed')
    .summary('load (or refresh) the demo region')
    .description(
      'Loads the demo region (宁德市 and its power-battery chain: 633 nodes, 2,967 relationships) into ' +
        'the store; records already there are updated, nothing else is touched. Every change is ' +
        'recorded in the audit trail by atlas-seed under one request id, printed at the end.',
    )
    .action(async () => {
      const audit = commandStamp(seedWriter, 'seed');
      const outcome = await withStore(ctx, (store) => loadDemoRegion(store, undefined, audit));
      const c = outcome.counts;
      say(
        ctx,
        `Demo region loaded: ${c.nodesCreated} nodes created, ${c.nodesUpdated} updated; ` +
          `${c.edgesCreated} relationships created, ${c.edgesUpdated} updated ` +
          `(request ${audit.requestId} in the change feed).`,
      );
    });
}
