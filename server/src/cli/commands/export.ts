/** `pnpm atlas export`: the whole graph as NDJSON, GraphML or GEXF, streamed. */
import fs from 'node:fs';
import { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Option, type Command } from 'commander';
import { exportFormats, writeExport, type ExportFormat } from '../../export/formats.ts';
import { note, withStore, type CliContext } from '../context.ts';

export function registerExport(program: Command, ctx: CliContext): void {
  program
    .command('export')
    .summary('export the whole graph (NDJSON, GraphML, GEXF)')
    .description(
      'Exports the whole graph, streamed in constant memory. NDJSON is the import format (an export ' +
        're-imports as is); GraphML and GEXF 1.3 open in Gephi, yEd and Cytoscape.',
    )
    .addOption(
      new Option('--format <format>', 'the file format')
        .choices(Object.keys(exportFormats))
        .default('ndjson'),
    )
    .option('--out <file>', 'the file to write (default: standard output)')
    .addHelpText(
      'after',
      '\nExamples:\n  pnpm atlas export --out atlas.ndjson\n  pnpm atlas export --format gexf --out atlas.gexf',
    )
    .action(async (options: { format: ExportFormat; out?: string }) => {
      const target = options.out
        ? fs.createWriteStream(options.out)
        : ctx.stdout instanceof Writable
          ? ctx.stdout
          : new Writable({
              // An output that is not a stream (tests capture text): pass the text on.
              write(chunk: Buffer | string, _encoding, done) {
                ctx.stdout.write(String(chunk));
                done();
              },
            });
      await withStore(ctx, (store) =>
        pipeline(Readable.from(writeExport(options.format, store.exportAll())), target),
      );
      if (options.out) note(ctx, `Wrote ${options.out}`);
    });
}
