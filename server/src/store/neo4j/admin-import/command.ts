/**
 * `pnpm atlas neo4j-import <files…>` (also `scripts/neo4j import`): the fresh-database load from the
 * command line. Files are read as NDJSON records, or through a mapping or preset, exactly as
 * `atlas import` reads them; problems are printed with file, row and field, and nothing is loaded.
 */
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { loadConfig } from '../../../config.ts';
import { BadRequestError } from '../../../errors.ts';
import { encodings, parseMapping, type Encoding } from '../../../import/mapping/index.ts';
import { expandFolders, loadPreset, openImportSources } from '../../../import/open-sources.ts';
import { ImportProblemsError } from '../../../import/stream-import.ts';
import { bulkLoad } from './load.ts';

export const neo4jImportUsage = `  neo4j-import <file|folder>… [--mapping <file.yaml>|--preset <name>] [--encoding <enc>]
               [--overwrite] [--work-dir <dir>] [--keep-csv] [--threads <n>] [--max-off-heap <size>]
                                load a fresh Neo4j database with neo4j-admin's bulk loader (the
                                local server of scripts/neo4j; it is stopped and started again):
                                records are validated as by import, then converted to CSV; the
                                database must be empty unless --overwrite replaces it`;

export async function neo4jImportCommand(args: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      mapping: { type: 'string' },
      preset: { type: 'string' },
      encoding: { type: 'string' },
      overwrite: { type: 'boolean' },
      'work-dir': { type: 'string' },
      'keep-csv': { type: 'boolean' },
      threads: { type: 'string' },
      'max-off-heap': { type: 'string' },
    },
  });
  if (positionals.length === 0)
    throw new BadRequestError('neo4j-import needs at least one file or folder');
  if (values.encoding && !(encodings as readonly string[]).includes(values.encoding))
    throw new BadRequestError(`--encoding must be one of ${encodings.join(', ')}`);
  const threads = values.threads === undefined ? undefined : Number(values.threads);
  if (threads !== undefined && !(Number.isInteger(threads) && threads > 0))
    throw new BadRequestError('--threads must be a whole number ≥ 1');
  const mappingFile = values.preset ? loadPreset(values.preset) : null;
  const mappingText = values.mapping
    ? { text: fs.readFileSync(values.mapping, 'utf8'), origin: values.mapping }
    : undefined;
  const mapping =
    mappingFile?.mapping ??
    (mappingText ? parseMapping(mappingText.text, mappingText.origin) : null);
  const files = expandFolders(positionals, mapping);
  const sources = await openImportSources({
    files,
    ...(values.preset && { preset: values.preset }),
    ...(mappingText && { mapping: mappingText }),
    ...(values.encoding && { encoding: values.encoding as Encoding }),
  });
  const config = loadConfig({ ...process.env, ATLAS_STORE: 'neo4j' });
  let lastReport = 0;
  try {
    const report = await bulkLoad(sources, {
      neo4j: config.neo4j,
      ...(!mapping && { ndjsonFiles: files.map((f) => f.path) }),
      overwrite: values.overwrite ?? false,
      ...(values['work-dir'] && { workDir: values['work-dir'] }),
      keepCsv: values['keep-csv'] ?? false,
      ...(threads && { threads }),
      ...(values['max-off-heap'] && { maxOffHeap: values['max-off-heap'] }),
      echo: true,
      log: (line) => console.error(`neo4j-import: ${line}`),
      onProgress: ({ bytesRead, bytesTotal, records }) => {
        const now = performance.now();
        if (now - lastReport < 1000) return;
        lastReport = now;
        process.stderr.write(
          `\r  read ${(bytesRead / 1048576).toFixed(0)} / ${(bytesTotal / 1048576).toFixed(0)} MB, ${records} records`,
        );
      },
    });
    const s = report.seconds;
    console.log(
      `Loaded ${report.nodes} nodes and ${report.edges} relationships (${report.records} records` +
        (report.repeats ? `, ${report.repeats} repeats merged` : '') +
        `) in ${s.total.toFixed(1)} s: convert ${s.convert.toFixed(1)} s, bulk load ${s.load.toFixed(1)} s, ` +
        `start ${s.start.toFixed(1)} s, constraints and indexes ${s.indexes.toFixed(1)} s` +
        (report.repeats ? `, repeats ${s.repeats.toFixed(1)} s` : '') +
        ` (${Math.round(report.records / (s.convert + s.load))} records/s to a loaded store).`,
    );
  } catch (error) {
    if (!(error instanceof ImportProblemsError)) throw error;
    console.error(`Rejected, nothing loaded: ${error.message}`);
    for (const p of error.problems)
      console.error(
        `  ${p.file}${p.row ? ` row ${p.row}` : ''}${p.column ? ` column "${p.column}"` : ''}` +
          `${p.field ? ` (${p.field})` : ''}: ${p.message}`,
      );
    process.exitCode = 1;
  }
}
