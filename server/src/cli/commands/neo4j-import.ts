/**
 * `pnpm atlas neo4j-import` (also `scripts/neo4j import`): a fresh Neo4j database loaded with
 * neo4j-admin's bulk loader. Files are read exactly as `atlas import` reads them (NDJSON records,
 * or files through a mapping or preset) and every problem is reported the same way; the load itself
 * is in store/neo4j/admin-import/load.ts.
 */
import fs from 'node:fs';
import { Option, type Command } from 'commander';
import { presetNames } from '@chanjiao/seed-data';
import { loadConfig } from '../../config.ts';
import {
  encodings,
  openMappingImport,
  parseMapping,
  type Encoding,
} from '../../import/mapping/index.ts';
import { expandFolders, loadPreset, openImportSources } from '../../import/open-sources.ts';
import { ImportProblemsError } from '../../import/stream-import.ts';
import { bulkLoad } from '../../store/neo4j/admin-import/load.ts';
import { note, say, type CliContext } from '../context.ts';
import { CommandFailedError } from '../errors.ts';
import { wholeNumber } from '../values.ts';

interface Neo4jImportOptions {
  mapping?: string;
  preset?: string;
  encoding?: Encoding;
  overwrite?: boolean;
  workDir?: string;
  keepCsv?: boolean;
  threads?: number;
  maxOffHeap?: string;
}

export function registerNeo4jImport(program: Command, ctx: CliContext): void {
  program
    .command('neo4j-import')
    .summary('load a fresh Neo4j database with neo4j-admin’s bulk loader')
    .description(
      'Loads the local Neo4j of scripts/neo4j with `neo4j-admin database import full`, the fastest ' +
        'way to a large graph: the files are validated as `atlas import` validates them and ' +
        'converted to CSV; only when every record is valid is the server stopped, the database ' +
        'replaced, and the server started again, creating its constraints and indexes. The database ' +
        'must be empty unless --overwrite. For a remote server or Aura, use `atlas import`.',
    )
    .argument('<paths...>', 'files or folders to load')
    .option('--mapping <file>', 'a mapping document (YAML or JSON) for the files')
    .addOption(
      new Option('--preset <name>', 'a shipped mapping for a published download')
        .choices(presetNames)
        .conflicts('mapping'),
    )
    .addOption(
      new Option(
        '--encoding <encoding>',
        'the files’ text encoding, overriding the mapping’s',
      ).choices(encodings),
    )
    .option('--overwrite', 'replace a database that holds data')
    .option('--work-dir <dir>', 'where the CSV files go (default: a temporary folder)')
    .option('--keep-csv', 'keep the CSV files afterwards')
    .option('--threads <n>', 'worker threads of the bulk loader', wholeNumber(1))
    .option('--max-off-heap <size>', 'cap on the bulk loader’s off-heap memory, e.g. 2G')
    .addHelpText(
      'after',
      '\nExamples:\n' +
        '  pnpm atlas generate --nodes 1000000 --out g1m.ndjson && pnpm atlas neo4j-import g1m.ndjson\n' +
        '  scripts/neo4j import --overwrite enterprises.csv --mapping enterprises.yaml',
    )
    .action(async (paths: string[], options: Neo4jImportOptions) => {
      const mapping = options.preset
        ? loadPreset(options.preset)
        : options.mapping
          ? {
              mapping: parseMapping(fs.readFileSync(options.mapping, 'utf8'), options.mapping),
              origin: options.mapping,
            }
          : null;
      const files = expandFolders(paths, mapping?.mapping ?? null);
      const encoding = options.encoding ? { encoding: options.encoding } : {};
      const { sources } = mapping
        ? await openMappingImport(mapping.mapping, files, { origin: mapping.origin, ...encoding })
        : await openImportSources({ files, ...encoding });
      const config = loadConfig({ ...ctx.env, ATLAS_STORE: 'neo4j' });
      let lastReport = 0;
      try {
        const report = await bulkLoad(sources, {
          neo4j: config.neo4j,
          ...(!mapping && { ndjsonFiles: files.map((f) => f.path) }),
          overwrite: options.overwrite ?? false,
          ...(options.workDir && { workDir: options.workDir }),
          keepCsv: options.keepCsv ?? false,
          ...(options.threads && { threads: options.threads }),
          ...(options.maxOffHeap && { maxOffHeap: options.maxOffHeap }),
          echo: true,
          log: (line) => note(ctx, `neo4j-import: ${line}`),
          onProgress: ({ bytesRead, bytesTotal, records }) => {
            const now = performance.now();
            if (now - lastReport < 1000) return;
            lastReport = now;
            note(
              ctx,
              `  read ${(bytesRead / 1048576).toFixed(0)} / ${(bytesTotal / 1048576).toFixed(0)} MB, ${records} records`,
            );
          },
        });
        const s = report.seconds;
        say(
          ctx,
          `Loaded ${report.nodes} nodes and ${report.edges} relationships (${report.records} records` +
            (report.repeats ? `, ${report.repeats} repeats merged` : '') +
            `) in ${s.total.toFixed(1)} s: convert ${s.convert.toFixed(1)} s` +
            `${report.parallel ? ' (every core)' : ''}, bulk load ${s.load.toFixed(1)} s, ` +
            `start ${s.start.toFixed(1)} s, constraints and indexes ${s.indexes.toFixed(1)} s` +
            (report.repeats ? `, repeats ${s.repeats.toFixed(1)} s` : '') +
            ` (${Math.round(report.records / (s.convert + s.load))} records/s from files to a loaded store).`,
        );
      } catch (error) {
        if (!(error instanceof ImportProblemsError)) throw error;
        note(ctx, `Rejected, nothing loaded: ${error.message}`);
        for (const p of error.problems)
          note(
            ctx,
            `  ${p.file}${p.row ? ` row ${p.row}` : ''}${p.column ? ` column "${p.column}"` : ''}` +
              `${p.field ? ` (${p.field})` : ''}: ${p.message}`,
          );
        throw new CommandFailedError('');
      }
    });
}
