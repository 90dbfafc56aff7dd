/**
 * `pnpm atlas schema check [--prune]`: what the store holds that the schema in force (built in,
 * extended by ATLAS_SCHEMA) no longer declares — kinds, relationship types and pairs, properties —
 * with counts and a few keys of each. A dry run by default; `--prune` removes it as audited writes
 * (the change feed lists every record it touched, by `atlas-cli`).
 */
import type { Command } from 'commander';
import {
  findResidue,
  pruneResidue,
  residueIsEmpty,
  type Residue,
} from '../../schema-extension/residue.ts';
import { cliWriter, commandStamp } from '../../trust/command-stamp.ts';
import { note, say, withStore, type CliContext } from '../context.ts';

const sections: [keyof Residue, string][] = [
  ['kinds', 'node kinds'],
  ['types', 'relationship types'],
  ['pairs', 'relationships joining pairs their type no longer allows'],
  ['nodeProperties', 'node properties'],
  ['relationshipProperties', 'relationship properties'],
];

function report(ctx: CliContext, residue: Residue): void {
  if (residueIsEmpty(residue)) {
    say(ctx, 'The store holds nothing the schema does not declare.');
    return;
  }
  for (const [section, title] of sections) {
    const entries = Object.entries(residue[section]);
    if (entries.length === 0) continue;
    say(ctx, `Undeclared ${title}:`);
    for (const [name, tally] of entries.sort(([a], [b]) => (a < b ? -1 : 1)))
      say(ctx, `  ${name}: ${tally.count} (e.g. ${tally.samples.join(', ')})`);
  }
}

export function registerSchema(program: Command, ctx: CliContext): void {
  const schema = program
    .command('schema')
    .summary('compare the store with the schema in force')
    .description('Commands about the graph schema in force (built in, extended by ATLAS_SCHEMA).');
  schema
    .command('check')
    .summary('list what the store holds that the schema no longer declares')
    .description(
      'Lists the node kinds, relationship types, relationship pairs and properties the store holds ' +
        'that the schema in force no longer declares (for example after a property or kind was ' +
        'removed from the schema extension), with counts and a few keys of each. Nothing changes ' +
        'unless --prune is given: then undeclared nodes and relationships are removed and undeclared ' +
        'properties dropped, as audited writes. On Neo4j the check reads the records of the declared ' +
        'kinds and types only (it finds undeclared properties): remove the nodes of a kind there ' +
        'while the schema still declares it.',
    )
    .option('--prune', 'remove what the schema does not declare (audited; default: a dry run)')
    .option('--json', 'print the findings as JSON')
    .addHelpText(
      'after',
      '\nExamples:\n  ATLAS_SCHEMA=atlas.schema.yaml pnpm atlas schema check\n  ATLAS_SCHEMA=atlas.schema.yaml pnpm atlas schema check --prune',
    )
    .action(async (options: { prune?: boolean; json?: boolean }) => {
      await withStore(ctx, async (store) => {
        if (!options.prune) {
          const residue = await findResidue(store);
          if (options.json) say(ctx, JSON.stringify(residue, null, 2));
          else report(ctx, residue);
          if (!residueIsEmpty(residue)) note(ctx, 'Dry run: nothing changed (--prune removes it).');
          return;
        }
        const stamp = commandStamp(cliWriter, 'schema-prune');
        const { residue, result } = await pruneResidue(store, stamp);
        if (options.json) say(ctx, JSON.stringify({ residue, result }, null, 2));
        else {
          report(ctx, residue);
          if (!residueIsEmpty(residue))
            say(
              ctx,
              `Pruned (request ${stamp.requestId}): ${result.nodesRemoved} nodes and ${result.edgesRemoved} relationships removed, ${result.nodesUpdated} nodes and ${result.edgesUpdated} relationships lost properties.`,
            );
        }
      });
    });
}
