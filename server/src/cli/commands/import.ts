/**
 * `pnpm atlas import`: files (NDJSON records, or CSV/TSV/NDJSON/JSON through a mapping or preset)
 * in one all-or-nothing import, streamed, with a progress line and a report.
 */
import fs from 'node:fs';
import { Option, type Command } from 'commander';
import { presetNames } from '@chanjiao/seed-data';
import {
  encodings,
  openMappingImport,
  parseMapping,
  type Encoding,
} from '../../import/mapping/index.ts';
import { expandFolders, loadPreset, openImportSources } from '../../import/open-sources.ts';
import type { OpenNotices, Problem } from '../../import/source.ts';
import { ImportProblemsError, streamImport } from '../../import/stream-import.ts';
import { cliWriter, commandStamp } from '../../trust/command-stamp.ts';
import { note, say, withStore, type CliContext } from '../context.ts';
import { CommandFailedError } from '../errors.ts';
import { progressPrinter } from '../progress.ts';

interface ImportOptions {
  mapping?: string;
  preset?: string;
  encoding?: Encoding;
  dryRun?: boolean;
}

export function registerImport(program: Command, ctx: CliContext): void {
  program
    .command('import')
    .summary('import files in one all-or-nothing import, streamed (any size)')
    .description(
      'Imports files in one all-or-nothing import, streamed in memory that does not grow with the ' +
        'files: NDJSON records as they are, or CSV/TSV/NDJSON/JSON read through a mapping document ' +
        '(docs/mapping.md) or a preset. A folder contributes the files the mapping or preset names ' +
        '(without one, its *.ndjson files). Every problem is reported with its file, row and column, ' +
        'and nothing is written while there is one. Every change is recorded in the audit trail by ' +
        'atlas-cli under one request id, printed at the end (GET /api/changes lists them).',
    )
    .argument('<paths...>', 'files or folders to import')
    .option('--mapping <file>', 'a mapping document (YAML or JSON) for the files')
    .addOption(
      new Option(
        '--preset <name>',
        'a shipped mapping for a published download; point it at the unzipped folder',
      )
        .choices(presetNames)
        .conflicts('mapping'),
    )
    .addOption(
      new Option(
        '--encoding <encoding>',
        'the files’ text encoding, overriding the mapping’s',
      ).choices(encodings),
    )
    .option('--dry-run', 'check everything and report every problem, writing nothing')
    .addHelpText(
      'after',
      '\nExamples:\n' +
        '  pnpm atlas import example.ndjson\n' +
        '  pnpm atlas import enterprises.csv postings.csv --mapping postings.yaml --dry-run\n' +
        '  pnpm atlas import ~/Downloads/db_30_1_text --preset onet\n' +
        '  pnpm atlas import 企业名单.csv --mapping enterprises.yaml --encoding gb18030',
    )
    .action(async (paths: string[], options: ImportOptions) => {
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
      const { sources, notices } = mapping
        ? await openMappingImport(mapping.mapping, files, { origin: mapping.origin, ...encoding })
        : await openImportSources({ files, ...encoding });
      printOpenNotices(ctx, notices);
      const dryRun = options.dryRun ?? false;
      await withStore(ctx, async (store) => {
        const megabytes = sources.reduce((n, s) => n + s.bytes, 0) / 1024 / 1024;
        note(
          ctx,
          `${dryRun ? 'Checking' : 'Importing'} ${sources.length} file${sources.length === 1 ? '' : 's'} ` +
            `(${megabytes.toFixed(1)} MB) into the ${store.name} store` +
            (mapping ? ` with ${mapping.origin}` : ' as NDJSON records') +
            (dryRun ? ' — dry run, nothing is written' : ', all or nothing'),
        );
        const audit = dryRun ? undefined : commandStamp(cliWriter, 'import');
        const bar = progressPrinter(ctx.stderr);
        try {
          const outcome = await streamImport(store, sources, {
            dryRun,
            notices,
            ...(audit && { audit }),
            onProgress: (p) => bar.update(p),
          });
          bar.end();
          const c = outcome.counts;
          say(
            ctx,
            `${outcome.dryRun ? 'Valid (dry run, nothing written)' : 'Imported'}: ${outcome.records} records` +
              (outcome.rowsSkipped ? `, ${outcome.rowsSkipped} rows skipped by the mapping` : '') +
              `; nodes ${c.nodesCreated} new, ${c.nodesUpdated} updated; relationships ${c.edgesCreated} new, ` +
              `${c.edgesUpdated} updated (${outcome.seconds.toFixed(1)} s, ` +
              `${Math.round(outcome.records / Math.max(outcome.seconds, 0.001))} records/s; ` +
              `peak RSS ${Math.round(process.resourceUsage().maxRSS / 1024)} MB)` +
              (audit ? `; in the change feed as request ${audit.requestId}` : ''),
          );
          for (const s of outcome.notices.shortRows)
            note(
              ctx,
              `${s.file}: ${s.rows} row${s.rows === 1 ? '' : 's'} with fewer cells than the header, ` +
                `read with the missing trailing cells blank (first: row ${s.firstRow})`,
            );
        } catch (error) {
          bar.end();
          if (!(error instanceof ImportProblemsError)) throw error;
          note(ctx, `Rejected, nothing written: ${error.message}`);
          for (const p of error.problems) note(ctx, `  ${formatProblem(p)}`);
          throw new CommandFailedError('');
        }
      });
    });
}

/** Absent files of a partial download and the parts not read, before the import starts. */
function printOpenNotices(ctx: CliContext, notices: OpenNotices): void {
  if (notices.absentFiles.length) {
    note(ctx, 'Not among the files (read when present):');
    for (const a of notices.absentFiles) note(ctx, `  ${a.match} — would have added ${a.adds}`);
  }
  if (notices.skipped.length) {
    note(ctx, 'Not read:');
    for (const s of notices.skipped) note(ctx, `  ${s.file}: ${s.what} — ${s.reason}`);
  }
}

function formatProblem(p: Problem): string {
  return (
    `${p.file}${p.row ? ` row ${p.row}` : ''}${p.column ? ` column "${p.column}"` : ''}` +
    `${p.field ? ` (${p.field})` : ''}: ${p.message}`
  );
}
