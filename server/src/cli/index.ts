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
import { parseNdjson } from '../import/ndjson.ts';
import { isReferenceSetName, referenceSets, writeNdjson } from '@chanjiao/seed-data';
import { migrate } from '../migrate.ts';
import { loadDemoRegion } from '../seed.ts';
import { openStore } from '../store/index.ts';
import type { GraphStore } from '../store/port.ts';

const usage = `Usage: pnpm atlas <command> [options]

Commands:
  seed                          load (or refresh) the demo region
  load <set>                    load a reference taxonomy: regions (all provinces, cities and
                                counties, 统计用区划代码 2023), gbt4754-sections (GB/T 4754-2017
                                sections and divisions)
  import <file.ndjson>… [--dry-run]
                                import NDJSON files, each all or nothing
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
      options: { 'dry-run': { type: 'boolean' } },
    });
    if (positionals.length === 0) throw new UsageError('import needs at least one file');
    for (const file of positionals) {
      const started = performance.now();
      const { records, errors } = parseNdjson(fs.readFileSync(file, 'utf8'));
      if (errors.length) {
        console.error(
          `${file}: rejected, nothing written (${errors.length} problem${errors.length === 1 ? '' : 's'}):`,
        );
        for (const e of errors.slice(0, 50))
          console.error(`  line ${e.line}${e.field ? ` ${e.field}` : ''}: ${e.message}`);
        if (errors.length > 50) console.error(`  … and ${errors.length - 50} more`);
        process.exitCode = 1;
        continue;
      }
      try {
        const outcome = await importRecords(store, records, { dryRun: values['dry-run'] ?? false });
        const c = outcome.counts;
        const seconds = ((performance.now() - started) / 1000).toFixed(2);
        console.log(
          `${file}: ${outcome.dryRun ? 'valid (dry run, nothing written)' : 'imported'} — ${outcome.records} records; ` +
            `nodes ${c.nodesCreated} new, ${c.nodesUpdated} updated; relationships ${c.edgesCreated} new, ${c.edgesUpdated} updated (${seconds} s)`,
        );
      } catch (error) {
        if (!(error instanceof AtlasError)) throw error;
        console.error(`${file}: rejected, nothing written: ${error.message}`);
        for (const d of (error.details ?? []) as { line: number; field: string; message: string }[])
          console.error(`  line ${d.line}${d.field ? ` ${d.field}` : ''}: ${d.message}`);
        process.exitCode = 1;
      }
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
  if (error instanceof ConfigError || error instanceof AtlasError) {
    console.error(error.message);
    process.exit(2);
  }
  console.error(error);
  process.exit(1);
});
