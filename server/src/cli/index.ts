/**
 * `pnpm atlas <command>`: the command-line tool. It works on the store that the same environment
 * variables as the server select (ATLAS_STORE, ATLAS_DATA_DIR, NEO4J_*).
 */
import { once } from 'node:events';
import fs from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config.ts';
import { AtlasError, ConfigError } from '../errors.ts';
import { exportFormats, writeExport, type ExportFormat } from '../export/formats.ts';
import { importRecords } from '../import/import-records.ts';
import {
  encodings,
  MappingError,
  openMappingSources,
  parseMapping,
  type Encoding,
} from '../import/mapping/index.ts';
import { expandFolders, loadPreset, openImportSources } from '../import/open-sources.ts';
import type { Problem } from '../import/source.ts';
import { ImportProblemsError, streamImport } from '../import/stream-import.ts';
import { progressPrinter } from './progress.ts';
import { isReferenceSetName, referenceSets, writeNdjson } from '@chanjiao/seed-data';
import { migrate } from '../migrate.ts';
import { loadDemoRegion } from '../seed.ts';
import { openStore } from '../store/index.ts';
import { neo4jImportCommand, neo4jImportUsage } from '../store/neo4j/admin-import/command.ts';
import type { GraphStore } from '../store/port.ts';

const usage = `Usage: pnpm atlas <command> [options]

Commands:
  seed                          load (or refresh) the demo region
  load <set>                    load a reference taxonomy: regions (all provinces, cities and
                                counties, 统计用区划代码 2023), gbt4754-sections (GB/T 4754-2017
                                sections and divisions)
  import <file|folder>… [--mapping <file.yaml>|--preset <name>] [--encoding <enc>] [--dry-run]
                                import files in one all-or-nothing import, streamed (any
                                size): NDJSON records, or CSV/TSV/NDJSON/JSON read through a
                                mapping document (docs/mapping.md) or a preset (onet, esco; point
                                it at the unzipped download folder); --encoding utf-8|gb18030|gbk|
                                utf-16le overrides the mapping's; --dry-run checks everything and
                                reports every problem with file, row and column, writing nothing
  export [--format ndjson|graphml|gexf] [--out <file>]
                                export the whole graph (to stdout without --out)
  stats                         node and relationship counts
  migrate --from <store> --to <store> [--force]
                                copy the whole graph between stores (embedded, neo4j),
                                verified by counts and an export checksum; the target
                                must be empty unless --force
  generate --nodes <n> [--seed <s>] --out <file.ndjson>
                                write a deterministic synthetic graph of n nodes (≥ 2000,
                                about 5 relationships a node) in the import format, marked
                                synthetic in every node's source
${neo4jImportUsage}
  help                          this text

The store is the one the environment selects: ATLAS_STORE (embedded|neo4j), ATLAS_DATA_DIR,
NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD.`;

type Command = (store: GraphStore, args: string[]) => Promise<void>;

const commands: Record<string, Command> = {
  async seed(store) {
    const outcome = await loadDemoRegion(store);
    const c = outcome.counts;
    console.log(
      `Demo region loaded: ${c.nodesCreated} nodes created, ${c.nodesUpdated} updated; ` +
        `${c.edgesCreated} relationships created, ${c.edgesUpdated} updated.`,
    );
  },

  async load(store, args) {
    const [name] = args;
    if (!name || !isReferenceSetName(name))
      throw new UsageError(`load needs one of: ${Object.keys(referenceSets).join(', ')}`);
    const set = referenceSets[name];
    const records = set.records().map((record, index) => ({ line: index + 1, record }));
    const outcome = await importRecords(store, records);
    const c = outcome.counts;
    console.log(
      `${name} (${set.description}): nodes ${c.nodesCreated} new, ${c.nodesUpdated} updated; ` +
        `relationships ${c.edgesCreated} new, ${c.edgesUpdated} updated.`,
    );
  },

  async import(store, args) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        'dry-run': { type: 'boolean' },
        mapping: { type: 'string' },
        preset: { type: 'string' },
        encoding: { type: 'string' },
      },
    });
    if (positionals.length === 0) throw new UsageError('import needs at least one file or folder');
    if (values.encoding && !isEncoding(values.encoding))
      throw new UsageError(`--encoding must be one of ${encodings.join(', ')}`);
    const mapping = values.preset
      ? loadPreset(values.preset)
      : values.mapping
        ? {
            mapping: parseMapping(fs.readFileSync(values.mapping, 'utf8'), values.mapping),
            origin: values.mapping,
          }
        : null;
    const files = expandFolders(positionals, mapping?.mapping ?? null);
    const sources = mapping
      ? await openMappingSources(mapping.mapping, files, {
          origin: mapping.origin,
          ...(values.encoding && { encoding: values.encoding as Encoding }),
        })
      : await openImportSources({
          files,
          ...(values.encoding && { encoding: values.encoding as Encoding }),
        });
    const dryRun = values['dry-run'] ?? false;
    console.error(
      `${dryRun ? 'Checking' : 'Importing'} ${sources.length} file${sources.length === 1 ? '' : 's'} ` +
        `(${(sources.reduce((n, s) => n + s.bytes, 0) / 1024 / 1024).toFixed(1)} MB) into the ${store.name} store` +
        (mapping ? ` with ${mapping.origin}` : ' as NDJSON records') +
        (dryRun ? ' — dry run, nothing is written' : ', all or nothing'),
    );
    const bar = progressPrinter();
    try {
      const outcome = await streamImport(store, sources, {
        dryRun,
        onProgress: (p) => bar.update(p),
      });
      bar.end();
      const c = outcome.counts;
      console.log(
        `${outcome.dryRun ? 'Valid (dry run, nothing written)' : 'Imported'}: ${outcome.records} records` +
          (outcome.rowsSkipped ? `, ${outcome.rowsSkipped} rows skipped by the mapping` : '') +
          `; nodes ${c.nodesCreated} new, ${c.nodesUpdated} updated; relationships ${c.edgesCreated} new, ` +
          `${c.edgesUpdated} updated (${outcome.seconds.toFixed(1)} s, ` +
          `${Math.round(outcome.records / Math.max(outcome.seconds, 0.001))} records/s; ` +
          `peak RSS ${Math.round(process.resourceUsage().maxRSS / 1024)} MB)`,
      );
    } catch (error) {
      bar.end();
      if (!(error instanceof ImportProblemsError)) throw error;
      console.error(`Rejected, nothing written: ${error.message}`);
      for (const p of error.problems) console.error(`  ${formatProblem(p)}`);
      process.exitCode = 1;
    }
  },

  async export(store, args) {
    const { values } = parseArgs({
      args,
      options: { format: { type: 'string', default: 'ndjson' }, out: { type: 'string' } },
    });
    const format = values.format as ExportFormat;
    if (!Object.hasOwn(exportFormats, format))
      throw new UsageError(`--format must be one of ${Object.keys(exportFormats).join(', ')}`);
    const target = values.out ? fs.createWriteStream(values.out) : process.stdout;
    await pipeline(Readable.from(writeExport(format, store.exportAll())), target);
    if (values.out) console.error(`Wrote ${values.out}`);
  },

  async stats(store) {
    console.log(JSON.stringify(await store.stats(), null, 2));
  },
};

/** Commands that open their stores themselves, or none. */
const standalone: Record<string, (args: string[]) => Promise<void>> = {
  'neo4j-import': neo4jImportCommand,
  async generate(args) {
    const { values } = parseArgs({
      args,
      options: {
        nodes: { type: 'string' },
        seed: { type: 'string', default: '42' },
        out: { type: 'string' },
      },
    });
    const nodes = Number(values.nodes);
    const seed = Number(values.seed);
    if (!Number.isInteger(nodes) || nodes < 2000)
      throw new UsageError('generate needs --nodes, a whole number ≥ 2000');
    if (!Number.isSafeInteger(seed)) throw new UsageError('--seed must be a whole number');
    if (!values.out) throw new UsageError('generate needs --out <file.ndjson>');
    const started = performance.now();
    const out = fs.createWriteStream(values.out);
    const stats = await writeNdjson({ nodes, seed }, out);
    out.end();
    await once(out, 'finish');
    const seconds = (performance.now() - started) / 1000;
    console.log(
      `Wrote ${values.out}: ${stats.nodes} nodes, ${stats.edges} relationships, ` +
        `${(stats.bytes / 1024 / 1024).toFixed(1)} MB in ${seconds.toFixed(1)} s (seed ${seed}; synthetic data).`,
    );
  },

  async migrate(args) {
    const { values } = parseArgs({
      args,
      options: { from: { type: 'string' }, to: { type: 'string' }, force: { type: 'boolean' } },
    });
    const stores = ['embedded', 'neo4j'];
    if (
      !values.from ||
      !values.to ||
      !stores.includes(values.from) ||
      !stores.includes(values.to) ||
      values.from === values.to
    )
      throw new UsageError(
        'migrate needs --from and --to, two different stores of: embedded, neo4j',
      );
    const source = await openStore(loadConfig({ ...process.env, ATLAS_STORE: values.from }));
    try {
      const target = await openStore(loadConfig({ ...process.env, ATLAS_STORE: values.to }));
      try {
        const existing = await target.stats();
        if (existing.nodes > 0 && !values.force)
          throw new UsageError(
            `the ${values.to} store already holds ${existing.nodes} nodes; empty it first or pass --force to copy over them`,
          );
        const report = await migrate(source, target, {
          onProgress: (copied, total) =>
            process.stderr.write(`\r  copied ${copied} / ${total} records`),
        });
        process.stderr.write('\n');
        console.log(
          `Copied ${report.nodes} nodes and ${report.edges} relationships from ${values.from} to ${values.to} in ${report.seconds.toFixed(1)} s.\n` +
            `  source export sha256 ${report.sourceChecksum}\n  target export sha256 ${report.targetChecksum}`,
        );
        if (!report.verified) {
          console.error('Verification FAILED: the stores differ.');
          process.exitCode = 1;
        } else console.log('Verified: counts and checksums match.');
      } finally {
        await target.close();
      }
    } finally {
      await source.close();
    }
  },
};

function isEncoding(value: string): value is Encoding {
  return (encodings as readonly string[]).includes(value);
}

function formatProblem(p: Problem): string {
  return (
    `${p.file}${p.row ? ` row ${p.row}` : ''}${p.column ? ` column "${p.column}"` : ''}` +
    `${p.field ? ` (${p.field})` : ''}: ${p.message}`
  );
}

class UsageError extends Error {
  override name = 'UsageError';
}

async function main(argv: string[]): Promise<void> {
  const [name, ...args] = argv;
  if (!name || name === 'help' || name === '--help' || name === '-h') {
    console.log(usage);
    return;
  }
  const own = standalone[name];
  if (own) return own(args);
  const command = commands[name];
  if (!command) throw new UsageError(`unknown command "${name}"`);
  const store = await openStore(loadConfig());
  try {
    await command(store, args);
  } finally {
    await store.close();
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  if (error instanceof UsageError) {
    console.error(`${error.message}\n\n${usage}`);
    process.exit(64);
  }
  if (error instanceof MappingError) {
    console.error(error.message);
    // A single problem is already in the message.
    const details = (error.details ?? []) as object[];
    if (details.length > 1)
      for (const d of details) console.error(`  ${Object.values(d).join(': ')}`);
    process.exit(2);
  }
  if (error instanceof ConfigError || error instanceof AtlasError) {
    console.error(error.message);
    process.exit(2);
  }
  console.error(error);
  process.exit(1);
});
