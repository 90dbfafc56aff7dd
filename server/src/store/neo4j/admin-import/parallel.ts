/**
 * The CSV conversion of NDJSON files on every core: files are cut into line-aligned byte ranges,
 * worker threads (convert-worker.ts) decode, validate and write each range's CSV part files, and
 * this thread checks the hashes they return for repeated nodes or relationships and for
 * relationship ends no node defines. Clean input — the usual case for a bulk load — is then
 * converted; anything else (a problem, a repeat, a missing end) answers null, and the caller runs
 * the single-threaded conversion, which reports problems exactly and handles repeats.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { NodeKind, RelType } from '@chanjiao/graph-schema';
import type { Conversion, CsvGroup } from './convert.ts';
import type { RangeResult, RangeTask } from './convert-worker.ts';
import { edgeHeader, nodeHeader } from './csv.ts';
import { HashSet53 } from '../id-hash.ts';

const workerEntry = path.join(import.meta.dirname, 'convert-worker.boot.mjs');

/** Files smaller than this are one range. */
const minRangeBytes = 16 << 20;

/** Cuts a file into about `count` ranges, each ending just after a line break. */
export function lineAlignedRanges(file: string, count: number): { start: number; end: number }[] {
  const size = fs.statSync(file).size;
  const pieces = Math.max(1, Math.min(count, Math.floor(size / minRangeBytes)));
  const ranges: { start: number; end: number }[] = [];
  const fd = fs.openSync(file, 'r');
  try {
    const probe = Buffer.alloc(1 << 16);
    let start = 0;
    for (let i = 1; i < pieces; i++) {
      let at = Math.max(start, Math.floor((size * i) / pieces));
      // Move to just after the next line break.
      for (;;) {
        const read = fs.readSync(fd, probe, 0, probe.length, at);
        if (read === 0) {
          at = size;
          break;
        }
        const nl = probe.subarray(0, read).indexOf(10);
        if (nl >= 0) {
          at += nl + 1;
          break;
        }
        at += read;
      }
      if (at >= size) break;
      ranges.push({ start, end: at });
      start = at;
    }
    ranges.push({ start, end: size });
  } finally {
    fs.closeSync(fd);
  }
  return ranges;
}

function runTasks(tasks: RangeTask[], workers: number): Promise<RangeResult[]> {
  return new Promise((resolve, reject) => {
    const results: RangeResult[] = [];
    const pool: Worker[] = [];
    let next = 0;
    let failed = false;
    const finish = (error?: Error) => {
      for (const worker of pool) void worker.terminate();
      if (error) reject(error);
      else resolve(results.sort((a, b) => a.part - b.part));
    };
    const feed = (worker: Worker) => {
      if (next < tasks.length) worker.postMessage(tasks[next++]);
      else if (results.length === tasks.length) finish();
    };
    for (let i = 0; i < Math.min(workers, tasks.length); i++) {
      const worker = new Worker(workerEntry);
      pool.push(worker);
      worker.on('message', (message: { result?: RangeResult; error?: string }) => {
        if (failed) return;
        if (message.error) {
          failed = true;
          return finish(new Error(`CSV conversion worker failed: ${message.error}`));
        }
        results.push(message.result!);
        feed(worker);
      });
      worker.on('error', (error) => {
        if (failed) return;
        failed = true;
        finish(error);
      });
      feed(worker);
    }
  });
}

export interface ParallelOptions {
  dir: string;
  now: Date;
  /** Worker threads (default: the cores, at most 4). */
  workers?: number;
}

export async function convertNdjsonInParallel(
  files: string[],
  options: ParallelOptions,
): Promise<Conversion | null> {
  const workers = options.workers ?? Math.max(1, Math.min(os.availableParallelism(), 4));
  fs.mkdirSync(options.dir, { recursive: true });
  const tasks: RangeTask[] = [];
  for (const file of files)
    for (const range of lineAlignedRanges(file, workers))
      tasks.push({
        file,
        ...range,
        part: tasks.length,
        dir: options.dir,
        stamp: options.now.toISOString(),
      });
  const results = await runTasks(tasks, workers);
  if (results.some((r) => r.problems > 0) || results.every((r) => r.records === 0)) return null;

  // Every node once; every relationship once and with both ends among the nodes.
  const nodeCount = results.reduce((n, r) => n + r.nodeHashes.length, 0);
  const edgeCount = results.reduce((n, r) => n + r.edgeHashes.length / 3, 0);
  const nodes = new HashSet53(nodeCount);
  for (const r of results) for (const h of r.nodeHashes) if (!nodes.add(h)) return null;
  const edges = new HashSet53(edgeCount);
  for (const r of results)
    for (let i = 0; i < r.edgeHashes.length; i += 3)
      if (
        !edges.add(r.edgeHashes[i]!) ||
        !nodes.has(r.edgeHashes[i + 1]!) ||
        !nodes.has(r.edgeHashes[i + 2]!)
      )
        return null;

  const byGroup = new Map<string, { file: string; rows: number }[]>();
  for (const r of results)
    for (const [group, part] of Object.entries(r.files)) {
      const list = byGroup.get(group);
      if (list) list.push(part);
      else byGroup.set(group, [part]);
    }
  const nodeFiles: CsvGroup[] = [];
  const relationshipFiles: CsvGroup[] = [];
  for (const [group, parts] of byGroup) {
    const [sort, name, from, to] = group.split('-') as [string, string, string?, string?];
    const header = path.join(options.dir, `${group}.header.csv`);
    fs.writeFileSync(
      header,
      sort === 'nodes'
        ? nodeHeader(name as NodeKind)
        : edgeHeader(name as RelType, from as NodeKind, to as NodeKind),
    );
    const entry: CsvGroup = {
      name,
      header,
      data: parts.map((p) => p.file).join(','),
      rows: parts.reduce((n, p) => n + p.rows, 0),
    };
    (sort === 'nodes' ? nodeFiles : relationshipFiles).push(entry);
  }
  return {
    records: results.reduce((n, r) => n + r.records, 0),
    rowsSkipped: 0,
    nodes: nodeCount,
    edges: edgeCount,
    nodeFiles,
    relationshipFiles,
    repeats: null,
    multiline: results.some((r) => r.multiline),
    problems: [],
    problemsTotal: 0,
  };
}
