/**
 * `pnpm bench:neo4j [--nodes N | --file F] [--phases …] [--baseline-nodes B] [--per-kind K]
 * [--seconds S] [--callers C] [--dir D] [--overwrite]`: the Neo4j store at province scale, in
 * process, against the local server that scripts/neo4j runs at NEO4J_URI / NEO4J_DATA_DIR (it is
 * restarted, emptied and reloaded: point them at a server kept for benchmarks).
 *
 * Phases (default all, in this order):
 * - `first`: the demo region imported into a just-started server with the start-up warm-up, into
 *   one started without it, and again into the warm server (goal: first ≤ 3× warm);
 * - `bulk`: a B-node generated graph (default 100,000) loaded by the bare driver's UNWIND … CREATE
 *   and by a bulk session (ratio), its export's memory (the small point of the constant-memory
 *   check), then the N-node file through `atlas import` (goal ≥ 30k records/s);
 * - `admin`: the same file through `scripts/neo4j import` (neo4j-admin; goal < 60 s at 1M);
 * - `reads`: health counts, depth-1 and depth-2 neighbourhoods (limit 500) of sampled nodes one at
 *   a time (p50/p95/p99; goal depth 2 ≤ 25 ms p95) and under concurrent callers;
 * - `export`: `atlas export` of everything (time, records/s, peak memory against the small export).
 * Every latency is also given as a ratio to the driver's bare `RETURN 1` measured in the same run,
 * and rates to the bare driver's load. Prints a summary and writes neo4j-report.json into the
 * work folder.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { generateGraph } from '@chanjiao/seed-data';
import {
  loadConfig,
  loadDemoRegion,
  Neo4jStore,
  recordsSource,
  streamImport,
} from '@chanjiao/server';
import { connect, empty, nodeCount, plainLoad, returnOne } from './neo4j/driver.ts';
import { atlas, ensureOk, neo4jScript, round, throughput, timeEach } from './neo4j/measure.ts';
import { sampleNodes } from './neo4j/sample.ts';

const allPhases = ['first', 'bulk', 'admin', 'reads', 'export'] as const;
const { values } = parseArgs({
  options: {
    nodes: { type: 'string', default: '1000000' },
    file: { type: 'string' },
    phases: { type: 'string', default: allPhases.join(',') },
    'baseline-nodes': { type: 'string', default: '100000' },
    'per-kind': { type: 'string', default: '20' },
    seconds: { type: 'string', default: '10' },
    callers: { type: 'string', default: '10' },
    dir: { type: 'string' },
    overwrite: { type: 'boolean', default: false },
  },
});
const phases = new Set(values.phases.split(','));
for (const p of phases)
  if (!(allPhases as readonly string[]).includes(p)) throw new Error(`unknown phase ${p}`);
if (!process.env.NEO4J_DATA_DIR)
  throw new Error('set NEO4J_URI and NEO4J_DATA_DIR to the local server kept for benchmarks');
const nodes = Number(values.nodes);
const baselineNodes = Number(values['baseline-nodes']);
const seconds = Number(values.seconds);
const callers = Number(values.callers);
const work = values.dir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-bench-neo4j-'));
fs.mkdirSync(work, { recursive: true });
const config = loadConfig({ ...process.env, ATLAS_STORE: 'neo4j' });
const cliEnv = { ATLAS_STORE: 'neo4j', ATLAS_DATA_DIR: path.join(work, 'cli') };
const say = (line: string) => console.log(line);
const report: Record<string, unknown> = { started: new Date().toISOString(), loadAverage: [] };
const load = () => (report.loadAverage as number[][]).push(os.loadavg().map((l) => round(l, 2)));

let file = values.file;
if (!file) {
  file = path.join(work, `graph-${nodes}.ndjson`);
  if (!fs.existsSync(file)) {
    say(`generating ${nodes.toLocaleString('en')} nodes into ${file}…`);
    ensureOk(
      'generate',
      await atlas(['generate', '--nodes', String(nodes), '--seed', '42', '--out', file]),
    );
  }
}
const records = await countLines(file);
report.file = { path: file, records };

async function countLines(name: string): Promise<number> {
  let lines = 0;
  for await (const chunk of fs.createReadStream(name))
    for (const byte of chunk as Buffer) if (byte === 10) lines++;
  return lines;
}

await neo4jScript(['start']);
const driver = connect(config.neo4j);
if ((await nodeCount(driver)) > 0 && (phases.has('first') || phases.has('bulk'))) {
  if (!values.overwrite) throw new Error('the database holds data: pass --overwrite to empty it');
  say('emptying the database…');
  await empty(driver);
}

say('bare driver: RETURN 1…');
const floor = await returnOne(driver, 1000, callers, Math.max(2, seconds / 2));
report.returnOne = floor;
say(
  `  p50 ${floor.latency.p50.toFixed(2)} ms, p95 ${floor.latency.p95.toFixed(2)} ms; ${Math.round(floor.perSecond)}/s with ${callers} callers`,
);
load();

async function restart(warmUp: boolean): Promise<number> {
  await neo4jScript(['stop']);
  const started = await neo4jScript(['start'], { NEO4J_WARM_UP: warmUp ? '1' : '0' });
  return started.seconds;
}

async function demoImport(): Promise<{ seconds: number; connectSeconds: number }> {
  const t0 = performance.now();
  const store = await Neo4jStore.connect(config.neo4j);
  const connectSeconds = (performance.now() - t0) / 1000;
  try {
    const outcome = await loadDemoRegion(store);
    return { seconds: outcome.seconds, connectSeconds };
  } finally {
    await store.close();
    await empty(driver);
  }
}

if (phases.has('first')) {
  say('first import of the demo region into a just-started server…');
  const coldStart = await restart(false);
  const cold = await demoImport();
  const warmStart = await restart(true);
  const first = await demoImport();
  const warm = [await demoImport(), await demoImport(), await demoImport()];
  const warmSeconds = warm.map((w) => w.seconds).sort((a, b) => a - b)[1]!;
  report.first = { coldStart, cold, warmStart, first, warm, warmSeconds };
  say(
    `  started without warm-up in ${coldStart.toFixed(1)} s: first import ${cold.seconds.toFixed(2)} s (${(cold.seconds / warmSeconds).toFixed(1)}× warm)`,
  );
  say(
    `  started with warm-up in ${warmStart.toFixed(1)} s: first import ${first.seconds.toFixed(2)} s (${(first.seconds / warmSeconds).toFixed(1)}× warm)`,
  );
  say(`  warm imports: ${warm.map((w) => w.seconds.toFixed(2)).join(', ')} s`);
  load();
}

if (phases.has('bulk')) {
  say(`bulk loading: a ${baselineNodes.toLocaleString('en')}-node graph…`);
  const graph = [...generateGraph({ nodes: baselineNodes, seed: 7 })];
  const plain = await plainLoad(driver, graph);
  await empty(driver);
  const store = await Neo4jStore.connect(config.neo4j);
  let session: number;
  try {
    const outcome = await streamImport(store, [recordsSource('generated', graph)]);
    session = graph.length / outcome.seconds;
  } finally {
    await store.close();
  }
  const smallExport = ensureOk(
    'export',
    await atlas(['export', '--out', path.join(work, 'small.ndjson')], cliEnv),
  );
  await empty(driver);
  say(
    `  bare driver ${Math.round(plain)} records/s; bulk session ${Math.round(session)} records/s (${(session / plain).toFixed(2)}×)`,
  );
  say(
    `  export of ${graph.length} records: ${smallExport.seconds.toFixed(1)} s, peak RSS ${smallExport.peakRssMb.toFixed(0)} MB`,
  );
  say(`bulk loading: ${file} with atlas import…`);
  const full = ensureOk('import', await atlas(['import', file], cliEnv));
  const line = full.stdout.trim().split('\n').pop() ?? '';
  const rate = Number(/(\d+) records\/s/.exec(line)?.[1] ?? records / full.seconds);
  report.bulk = {
    baselineRecords: graph.length,
    plain,
    session,
    smallExport,
    full: { line, seconds: full.seconds, rate, peakRssMb: full.peakRssMb },
  };
  say(`  ${line}`);
  say(
    `  ${Math.round(rate)} records/s (${(rate / plain).toFixed(2)}× the bare driver on the small graph)`,
  );
  load();
}

if (phases.has('admin')) {
  say(`neo4j-admin import of ${file}…`);
  const loaded = await neo4jScript(['import', '--overwrite', file]);
  const line =
    loaded.stdout
      .trim()
      .split('\n')
      .find((l) => l.startsWith('Loaded')) ?? '';
  report.admin = { seconds: loaded.seconds, line };
  say(
    `  ${loaded.seconds.toFixed(1)} s in all (${Math.round(records / loaded.seconds)} records/s): ${line}`,
  );
  load();
}

if (phases.has('reads')) {
  const sampled = await sampleNodes(file, Number(values['per-kind']));
  const store = await Neo4jStore.connect(config.neo4j);
  try {
    const stats = await store.stats();
    say(
      `reads on ${stats.nodes.toLocaleString('en')} nodes, ${stats.edges.toLocaleString('en')} relationships (${sampled.centres.length} centres)…`,
    );
    const health = await timeEach(Array.from({ length: 2000 }), () => store.stats());
    const healthLoad = await throughput(
      [0],
      () => store.stats(),
      callers,
      Math.max(2, seconds / 2),
    );
    const hood = (depth: number) => (c: (typeof sampled.centres)[number]) =>
      store.neighbourhood({ center: c, depth, limit: 500 });
    const depth1First = await timeEach(sampled.centres, hood(1));
    const depth2First = await timeEach(sampled.centres, hood(2));
    const depth1 = await timeEach(sampled.centres, hood(1));
    const depth2 = await timeEach(sampled.centres, hood(2));
    const depth2Load = await throughput(sampled.centres, hood(2), callers, seconds);
    report.reads = {
      stats,
      health,
      healthLoad,
      depth1First,
      depth2First,
      depth1,
      depth2,
      depth2Load,
    };
    const f = floor.latency;
    say(
      `  health (stats): p50 ${health.p50.toFixed(3)} ms, p95 ${health.p95.toFixed(3)} ms; ${Math.round(healthLoad.perSecond)}/s (${(healthLoad.perSecond / floor.perSecond).toFixed(2)}× RETURN 1)`,
    );
    for (const [name, l] of [
      ['depth 1 (first pass)', depth1First],
      ['depth 2 (first pass)', depth2First],
      ['depth 1', depth1],
      ['depth 2', depth2],
    ] as const)
      say(
        `  ${name}: p50 ${l.p50.toFixed(1)} ms, p95 ${l.p95.toFixed(1)} ms, p99 ${l.p99.toFixed(1)} ms, max ${l.max.toFixed(0)} ms (p95 ${(l.p95 / f.p95).toFixed(1)}× RETURN 1)`,
      );
    say(
      `  depth 2 with ${callers} callers: ${Math.round(depth2Load.perSecond)}/s, p95 ${depth2Load.latency.p95.toFixed(1)} ms`,
    );
  } finally {
    await store.close();
  }
  load();
}

if (phases.has('export')) {
  say('export of everything with atlas export…');
  const out = path.join(work, 'export.ndjson');
  const exported = ensureOk('export', await atlas(['export', '--out', out], cliEnv));
  const exportedRecords = await countLines(out);
  const bytes = fs.statSync(out).size;
  fs.rmSync(out);
  report.export = {
    seconds: exported.seconds,
    records: exportedRecords,
    bytes,
    peakRssMb: exported.peakRssMb,
  };
  const small = (report.bulk as { smallExport?: { peakRssMb: number } } | undefined)?.smallExport;
  say(
    `  ${exportedRecords} records, ${(bytes / 1048576).toFixed(0)} MB in ${exported.seconds.toFixed(1)} s (${Math.round(exportedRecords / exported.seconds)} records/s); peak RSS ${exported.peakRssMb.toFixed(0)} MB` +
      (small ? ` (${(exported.peakRssMb / small.peakRssMb).toFixed(2)}× the small export's)` : ''),
  );
  load();
}

await driver.close();
fs.writeFileSync(path.join(work, 'neo4j-report.json'), JSON.stringify(report, null, 2));
say(`report: ${path.join(work, 'neo4j-report.json')}`);
