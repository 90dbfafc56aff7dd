/**
 * `pnpm bench:import-floor [--file F] [--nodes N]`: the floors under the embedded store's import,
 * measured in one run on the same rows, so the import's own rate can be read against them.
 *
 * - the import itself (`streamImport` into an empty embedded store), on the main thread, with
 *   its worker thread, and with the worker and an audit trail as `atlas import` runs it: wall, CPU
 *   of every thread, the main thread's own CPU and the file's size;
 * - read: the file read in 1 MiB blocks, cut into lines and decoded (UTF-8 → strings);
 * - parse: the same plus `JSON.parse` of every line (no validation);
 * - SQLite, on a fresh file with the store's own layout and pragmas, indexes dropped, one
 *   transaction, the rows prepared beforehand (ids, props JSON, search documents), timed apart:
 *   nodes, the FTS5 trigram documents and relationships by 64-row INSERTs with bound values, the
 *   three indexes built at the end, and COMMIT; then the search documents again with FTS5 settings
 *   for a load (a larger in-memory hash, automatic merges off and one merge at the end).
 *
 * Without --file it generates N nodes (default 200,000) into a temporary folder. Prints wall and CPU
 * seconds and rows per CPU second for each part (on a shared machine CPU time is the steadier
 * figure); the SQLite parts add up to the floor of a single writer thread.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { writeNdjson } from '@chanjiao/seed-data';
import { EmbeddedStore, ndjsonFileSource, streamImport } from '@chanjiao/server';
import { searchDoc } from '../../server/src/store/embedded/search-index.ts';
import { dropIndexes, indexes, openDatabase } from '../../server/src/store/embedded/sql.ts';
import {
  prepareRowStatements,
  rowsPerStatement,
} from '../../server/src/store/embedded/row-buffer.ts';

const { values } = parseArgs({
  options: { file: { type: 'string' }, nodes: { type: 'string', default: '200000' } },
});
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-bench-floor-'));
let file = values.file;
if (!file) {
  file = path.join(work, 'graph.ndjson');
  const out = fs.createWriteStream(file);
  await writeNdjson({ nodes: Number(values.nodes), seed: 42 }, out);
  await new Promise((resolve) => out.end(resolve));
}

const timed = <T>(what: string, units: number | (() => number), work: () => T): T => {
  const started = performance.now();
  const cpu = process.cpuUsage();
  const result = work();
  const seconds = (performance.now() - started) / 1000;
  const used = process.cpuUsage(cpu);
  const cpuSeconds = (used.user + used.system) / 1e6;
  const n = typeof units === 'number' ? units : units();
  // On a shared machine the CPU time is the steadier figure; the rate is per CPU second.
  console.log(
    `  ${what.padEnd(46)} ${seconds.toFixed(2).padStart(7)} s wall ${cpuSeconds.toFixed(2).padStart(7)} s CPU ` +
      `${Math.round(n / cpuSeconds)
        .toLocaleString('en')
        .padStart(11)} rows per CPU s`,
  );
  return result;
};

function eachLine(visit: (line: string) => void): number {
  const fd = fs.openSync(file!, 'r');
  const block = Buffer.alloc(1 << 20);
  let rest = '';
  let lines = 0;
  for (;;) {
    const read = fs.readSync(fd, block, 0, block.length, null);
    if (read === 0) break;
    const text = rest + block.subarray(0, read).toString('utf8');
    const last = text.lastIndexOf('\n');
    rest = text.slice(last + 1);
    for (let start = 0; start <= last;) {
      const end = text.indexOf('\n', start);
      visit(text.slice(start, end));
      lines++;
      start = end + 1;
    }
  }
  fs.closeSync(fd);
  return lines;
}

console.log(`Floors for ${file} (${(fs.statSync(file).size / 1024 / 1024).toFixed(0)} MB)`);
const lines = eachLine(() => undefined);
timed('read + split lines', lines, () => eachLine(() => undefined));
timed('read + split + JSON.parse', lines, () => eachLine((line) => JSON.parse(line)));

/** CPU seconds of the main thread alone (Linux: its /proc task entry); null elsewhere. */
function mainThreadCpu(): number | null {
  try {
    const stat = fs.readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // utime and stime, fields 14 and 15 of the line (11 and 12 after the name), in clock ticks.
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return null;
  }
}

// The import itself, both ways, into fresh stores: wall and process CPU (every thread), and how long
// the main thread's own CPU — the part a second thread cannot take.
console.log('\nThe import (streamImport into an empty embedded store):');
const variants = [
  { offThread: 'never', audited: false, label: 'on the main thread' },
  { offThread: 'always', audited: false, label: 'read and validated in a worker' },
  // As `atlas import` runs it: the load's change records are one row (store/embedded/load-trail.ts).
  { offThread: 'always', audited: true, label: 'in a worker, with the audit trail' },
] as const;
const walls: number[] = [];
for (const { offThread, audited, label } of variants) {
  const dataDir = fs.mkdtempSync(path.join(work, 'store-'));
  const store = EmbeddedStore.open({ dataDir });
  const started = performance.now();
  const cpu = process.cpuUsage();
  const main = mainThreadCpu();
  const outcome = await streamImport(store, [ndjsonFileSource(file)], {
    offThread,
    ...(audited && {
      audit: { by: 'bench', at: new Date().toISOString(), requestId: 'bench-import' },
    }),
  });
  const seconds = (performance.now() - started) / 1000;
  const used = process.cpuUsage(cpu);
  const busy = main === null ? seconds : mainThreadCpu()! - main;
  await store.close();
  walls.push(seconds);
  const size = fs.statSync(path.join(dataDir, 'atlas.sqlite')).size / 1024 / 1024;
  console.log(
    `  ${label.padEnd(34)} ` +
      `${seconds.toFixed(2).padStart(7)} s wall ${((used.user + used.system) / 1e6).toFixed(2).padStart(7)} s CPU ` +
      `${busy.toFixed(2).padStart(7)} s main thread CPU ` +
      `${Math.round(outcome.records / seconds)
        .toLocaleString('en')
        .padStart(9)} records/s ` +
      `${Math.round(outcome.records / busy)
        .toLocaleString('en')
        .padStart(9)} per main-thread CPU s  ${size.toFixed(0)} MB file`,
  );
  fs.rmSync(dataDir, { recursive: true, force: true });
}
console.log(
  `  the audit trail costs ${(walls[2]! / walls[1]!).toFixed(2)}× the worker import's wall time`,
);

// The rows as the store writes them.
const stamp = new Date().toISOString();
type Json = Record<string, unknown>;
const nodeRows: unknown[][] = [];
const docs: string[] = [];
const edgeRows: unknown[][] = [];
const ids = new Map<string, number>();
eachLine((line) => {
  const r = JSON.parse(line) as Json;
  if (r.type === 'node') {
    const id = nodeRows.length + 1;
    ids.set(`${r.kind as string}:${r.key as string}`, id);
    const props = { updatedAt: stamp, ...(r.props as Json) };
    nodeRows.push([id, r.kind, r.key, JSON.stringify(props)]);
    docs.push(searchDoc(r.key as string, props));
  } else {
    const from = r.from as Json;
    const to = r.to as Json;
    edgeRows.push([
      edgeRows.length + 1,
      r.rel,
      ids.get(`${from.kind as string}:${from.key as string}`),
      ids.get(`${to.kind as string}:${to.key as string}`),
      JSON.stringify({ updatedAt: stamp, ...(r.props as Json) }),
    ]);
  }
});

function fresh() {
  const dir = fs.mkdtempSync(path.join(work, 'db-'));
  const db = openDatabase(path.join(dir, 'atlas.sqlite'));
  db.exec('BEGIN IMMEDIATE');
  db.exec(dropIndexes);
  return db;
}

function bound(
  db: ReturnType<typeof fresh>,
  table: 'nodes' | 'search' | 'edges',
  rows: unknown[][],
) {
  const st = prepareRowStatements(db)[table];
  const values: unknown[] = [];
  for (const row of rows) {
    for (const v of row) values.push(v);
    if (values.length === st.columns * rowsPerStatement) {
      st.many.run(values);
      values.length = 0;
    }
  }
  for (let at = 0; at < values.length; at += st.columns)
    st.one.run(values.slice(at, at + st.columns));
}

const searchRows = docs.map((doc, i) => [i + 1, doc]);
{
  console.log('\nSQLite, values bound 64 rows a statement:');
  const db = fresh();
  timed('nodes', nodeRows.length, () => bound(db, 'nodes', nodeRows));
  timed('search documents (FTS5 trigram)', docs.length, () => bound(db, 'search', searchRows));
  timed('relationships', edgeRows.length, () => bound(db, 'edges', edgeRows));
  timed('indexes at the end', edgeRows.length + nodeRows.length, () => db.exec(indexes));
  timed('COMMIT', 1, () => db.exec('COMMIT'));
  db.close();
}
for (const [label, setup] of [
  ['FTS5, hashsize 64 MB', "INSERT INTO search (search, rank) VALUES ('hashsize', 67108864)"],
  [
    'FTS5, hashsize 64 MB, automerge off, then optimize',
    "INSERT INTO search (search, rank) VALUES ('hashsize', 67108864); INSERT INTO search (search, rank) VALUES ('automerge', 0)",
  ],
] as const) {
  console.log(`\nSQLite, ${label}:`);
  const db = fresh();
  db.exec(setup);
  timed('search documents (FTS5 trigram)', docs.length, () => bound(db, 'search', searchRows));
  if (label.includes('optimize'))
    timed('optimize', docs.length, () =>
      db.exec("INSERT INTO search (search) VALUES ('optimize')"),
    );
  timed('COMMIT', 1, () => db.exec('COMMIT'));
  db.close();
}
fs.rmSync(work, { recursive: true, force: true });
