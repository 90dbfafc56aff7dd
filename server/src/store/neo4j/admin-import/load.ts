/**
 * The fresh-database path on Neo4j: validates and converts the sources to CSV (convert.ts), and
 * only if every record is valid stops the local server, runs `neo4j-admin database import full`
 * (admin.ts), starts the server again, lets the store create its constraints and indexes as at
 * every connect, and applies repeated records through the normal import. It replaces the database,
 * so it refuses one that holds data unless told to overwrite it.
 *
 * It works on the Neo4j that scripts/neo4j runs on this machine (the loader writes the store files
 * directly); a remote server or Aura loads through `atlas import` instead.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { AtlasError } from '../../../errors.ts';
import { ndjsonFileSource } from '../../../import/ndjson-source.ts';
import type { ImportSource } from '../../../import/source.ts';
import { ImportProblemsError, streamImport } from '../../../import/stream-import.ts';
import { Neo4jStore, type Neo4jOptions } from '../index.ts';
import {
  loaderArguments,
  runLoader,
  runScript,
  serverStatus,
  type ScriptOptions,
} from './admin.ts';
import { convertToCsv, type Conversion, type ConvertOptions } from './convert.ts';
import { convertNdjsonInParallel } from './parallel.ts';

export class BulkLoadRefusedError extends AtlasError {
  override name = 'BulkLoadRefusedError';
  override readonly statusCode = 409;
  override readonly code = 'BULK_LOAD_REFUSED';
}

export interface BulkLoadOptions {
  neo4j: Neo4jOptions;
  /**
   * When the sources are exactly these NDJSON files, clean input is converted on every core
   * (parallel.ts) before falling back to the single-threaded conversion.
   */
  ndjsonFiles?: string[];
  /** Conversion worker threads (default: the cores, at most 4). */
  workers?: number;
  /** The `updatedAt` stamped where a record carries none (default: now). */
  now?: Date;
  /** Replace a database that holds data. */
  overwrite?: boolean;
  /** Where the CSV files are written (default: a new folder in the system's temp dir). */
  workDir?: string;
  /** Keep the CSV files afterwards. */
  keepCsv?: boolean;
  threads?: number;
  maxOffHeap?: string;
  /** scripts/neo4j (tests may point elsewhere). */
  script?: string;
  /** Show the output of scripts/neo4j and the bulk loader as they run. */
  echo?: boolean;
  log?: (line: string) => void;
  onProgress?: ConvertOptions['onProgress'];
}

export interface BulkLoadReport {
  records: number;
  rowsSkipped: number;
  nodes: number;
  edges: number;
  repeats: number;
  /** The conversion ran on every core (clean NDJSON), not on one. */
  parallel: boolean;
  /** Seconds per phase. */
  seconds: {
    check: number;
    convert: number;
    load: number;
    start: number;
    indexes: number;
    repeats: number;
    total: number;
  };
}

export async function bulkLoad(
  sources: ImportSource[],
  options: BulkLoadOptions,
): Promise<BulkLoadReport> {
  const log = options.log ?? (() => undefined);
  const scriptOptions = {
    ...(options.script && { script: options.script }),
    echo: options.echo ?? false,
  };
  const started = performance.now();
  const lap = (() => {
    let last = started;
    return () => {
      const now = performance.now();
      const s = (now - last) / 1000;
      last = now;
      return s;
    };
  })();

  await refuseNonEmpty(options, scriptOptions, log);
  const check = lap();

  const dir = options.workDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-neo4j-load-'));
  const now = options.now ?? new Date();
  try {
    log(`converting ${sources.length} file(s) to CSV in ${dir}`);
    let conversion: Conversion | null = null;
    let parallel = false;
    if (options.ndjsonFiles?.length)
      conversion = await convertNdjsonInParallel(options.ndjsonFiles, {
        dir,
        now,
        ...(options.workers && { workers: options.workers }),
      });
    if (conversion) parallel = true;
    else {
      if (options.ndjsonFiles?.length) {
        log('the files need a closer look (problems or repeats): converting on one core');
        fs.rmSync(dir, { recursive: true, force: true });
      }
      conversion = await convertToCsv(sources, {
        dir,
        now,
        ...(options.onProgress && { onProgress: options.onProgress }),
      });
    }
    if (conversion.problemsTotal > 0)
      throw new ImportProblemsError(conversion.problems, conversion.problemsTotal);
    const convert = lap();
    log(
      `${conversion.nodes} nodes and ${conversion.edges} relationships in CSV (${convert.toFixed(1)} s); loading`,
    );

    const args = loaderArguments(conversion, {
      database: options.neo4j.database ?? 'neo4j',
      reportFile: path.join(dir, 'import.report'),
      ...(options.threads && { threads: options.threads }),
      ...(options.maxOffHeap && { maxOffHeap: options.maxOffHeap }),
    });
    await runScript(['stop'], scriptOptions);
    let load = 0;
    try {
      await runLoader(args, dir, scriptOptions);
    } finally {
      // Whatever the loader did, the server comes back (with the old database if it failed early).
      load = lap();
      // No warm-up now: it would plan the import statements against a loaded store that has no
      // constraints or indexes yet, each MERGE scanning a label (minutes at a million nodes).
      await runScript(['start'], { ...scriptOptions, env: restartEnv(conversion.records) });
    }
    const start = lap();

    log('creating constraints and indexes');
    const store = await Neo4jStore.connect(options.neo4j);
    let repeatSeconds = 0;
    try {
      const indexes = lap();
      if (conversion.repeats) {
        log(`applying ${conversion.repeats.records} repeated records`);
        await streamImport(store, [ndjsonFileSource(conversion.repeats.file, 'repeats')], { now });
        repeatSeconds = lap();
      }
      return {
        records: conversion.records,
        rowsSkipped: conversion.rowsSkipped,
        nodes: conversion.nodes,
        edges: conversion.edges,
        repeats: conversion.repeats?.records ?? 0,
        parallel,
        seconds: {
          check,
          convert,
          load,
          start,
          indexes,
          repeats: repeatSeconds,
          total: (performance.now() - started) / 1000,
        },
      };
    } finally {
      await store.close();
    }
  } finally {
    if (!options.keepCsv && !options.workDir) fs.rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * A load at least this large restarts the server with the full JIT (see restartEnv). At 200,000
 * nodes (1,264,959 records), two loads each way alternating: constraints and indexes 20.5–27.2 s
 * with the full JIT against 25.5–25.7 s C1-only, the start 13.0–15.3 s against 12.1–12.8 s, the
 * whole load 78.7–81.0 s against 83.1–91.9 s; so the full JIT costs nothing there and gains at
 * 1M. Below 100,000 records the schema phase takes a few seconds and the quick start is kept.
 */
export const fullJitRecords = 100_000;

/**
 * How the server starts after the loader. Building the indexes of a large load is Lucene and
 * B-tree work that the full JIT runs much faster than the quick start's C1-only one (the
 * full-text index of 1M nodes: 59 s against 93 s), so a large load starts it with the full JIT
 * unless NEO4J_QUICK_JIT says otherwise; a small one keeps the quicker start.
 */
export function restartEnv(records: number, env = process.env): Record<string, string> {
  return {
    NEO4J_WARM_UP: '0',
    ...(records >= fullJitRecords && env.NEO4J_QUICK_JIT === undefined && { NEO4J_QUICK_JIT: '0' }),
  };
}

/** Refuses a database with data (unless overwriting); starts a stopped server to look. */
async function refuseNonEmpty(
  options: BulkLoadOptions,
  scriptOptions: ScriptOptions,
  log: (line: string) => void,
): Promise<void> {
  if (options.overwrite) return;
  const status = await serverStatus(options.script);
  if (status === 1)
    throw new BulkLoadRefusedError(
      'the local Neo4j runs but does not answer; check `scripts/neo4j status` and its logs',
    );
  if (status === 3) {
    log('starting the local Neo4j to check that its database is empty');
    await runScript(['start'], scriptOptions);
  }
  const store = await Neo4jStore.connect(options.neo4j);
  try {
    const stats = await store.stats();
    if (stats.nodes > 0)
      throw new BulkLoadRefusedError(
        `the Neo4j database holds ${stats.nodes} nodes and ${stats.edges} relationships; the bulk ` +
          'loader replaces the whole database, so pass --overwrite to do that (or use `atlas import`, which adds to it)',
      );
  } finally {
    await store.close();
  }
}
