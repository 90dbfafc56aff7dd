/**
 * `pnpm bench:scale [--nodes N] [--store embedded|neo4j|both] [--neo4j-load cli|admin|keep]
 * [--seconds S] [--connections C] [--dir D] [--skip-graphology] [--smoke]`: the platform at
 * province scale, measured over HTTP as a user meets it.
 *
 * For each store: generate N nodes (default 1,000,000, seed 42, ~5.3 relationships a node) plus
 * three invented regions; import them with the command line; start the server and time how long
 * until it answers and until /api/health says `ok`; its resident memory while serving; depth-2
 * neighbourhoods (limit 500) of sampled nodes one at a time (p50/p95/p99) and under concurrent load
 * (autocannon, requests/s); searches (the first answer, then p50/p95 of 40 more); every analysis;
 * a full NDJSON export (time, memory).
 *
 * Baselines measured in the same run, reported as ratios: an empty Fastify route in its own
 * process (the floor for any request, and the reference for /api/health: goal ≥ 0.8×), and the
 * same neighbourhoods on a graphology graph in process (the floor for a neighbourhood).
 *
 * It writes a JSON report and a table in docs/performance.md (a `--smoke` run, e.g. 20,000 nodes
 * in the test pipeline, writes both to a temporary folder instead and asserts nothing about time).
 *
 * Neo4j: the database at NEO4J_URI must be empty; `--neo4j-load admin` loads it with
 * `scripts/neo4j import` when that command exists (neo4j-admin database import) and falls back to
 * the command-line import otherwise; `--neo4j-load keep` measures a database an earlier run loaded
 * with the same file (its node count must match) and reports no import.
 */
import fs from 'node:fs';
import type { NodeRef } from '@chanjiao/graph-schema';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { atlas, root, run, serve, serveEmptyRoute, type Run } from './scale/processes.ts';
import { load, sequential } from './scale/http.ts';
import {
  analysisPaths,
  discover,
  hoodPath,
  inventedRegions,
  searchQueries,
  unseenCenters,
} from './scale/workload.ts';
import { writeReport, type StoreReport } from './scale/report.ts';

const { values } = parseArgs({
  options: {
    nodes: { type: 'string', default: '1000000' },
    store: { type: 'string', default: 'embedded' },
    'neo4j-load': { type: 'string', default: 'cli' },
    seconds: { type: 'string', default: '10' },
    connections: { type: 'string', default: '10' },
    dir: { type: 'string' },
    'skip-graphology': { type: 'boolean', default: false },
    smoke: { type: 'boolean', default: false },
  },
});
const nodes = Number(values.nodes);
if (!Number.isInteger(nodes) || nodes < 2000)
  throw new Error('--nodes must be a whole number ≥ 2000');
const stores =
  values.store === 'both'
    ? (['embedded', 'neo4j'] as const)
    : ([values.store] as ('embedded' | 'neo4j')[]);
if (!stores.every((s) => s === 'embedded' || s === 'neo4j'))
  throw new Error('--store must be embedded, neo4j or both');
const neo4jLoad = values['neo4j-load'];
if (neo4jLoad !== 'cli' && neo4jLoad !== 'admin' && neo4jLoad !== 'keep')
  throw new Error('--neo4j-load must be cli, admin or keep');
const seconds = Number(values.seconds);
const connections = Number(values.connections);
const smoke = values.smoke;
/** How long the benchmark waits for one analysis answer. */
const analysisLimitSeconds = smoke ? 120 : 240;

const work = values.dir ?? fs.mkdtempSync(path.join(os.tmpdir(), `atlas-bench-scale-${nodes}-`));
fs.mkdirSync(work, { recursive: true });
const say = (text: string) => console.log(text);

// ── data ───────────────────────────────────────────────────────────────────
const graphFile = path.join(work, `graph-${nodes}.ndjson`);
const regionsFile = path.join(work, 'regions.ndjson');
let generateSeconds: number | null = null;
if (!fs.existsSync(graphFile)) {
  say(`Generating ${nodes.toLocaleString('en')} nodes…`);
  const generated = await atlas(
    ['generate', '--nodes', String(nodes), '--seed', '42', '--out', graphFile],
    {},
  );
  if (generated.code !== 0) throw new Error(`generate failed:\n${generated.stderr}`);
  generateSeconds = generated.seconds;
}
fs.writeFileSync(regionsFile, inventedRegions());
const records = countLines(graphFile) + countLines(regionsFile);

function countLines(file: string): number {
  let lines = 0;
  const buffer = Buffer.alloc(1 << 20);
  const fd = fs.openSync(file, 'r');
  for (let read; (read = fs.readSync(fd, buffer)) > 0;)
    for (let i = 0; i < read; i++) if (buffer[i] === 10) lines++;
  fs.closeSync(fd);
  return lines;
}

/** Peak memory the command line reports on its last line. */
function reportedPeakRss(output: string): number | null {
  const match = /peak RSS (\d+) MB/.exec(output);
  return match ? Number(match[1]) : null;
}

async function importInto(
  store: 'embedded' | 'neo4j',
  env: Record<string, string>,
): Promise<Run & { how: string }> {
  if (store === 'neo4j' && neo4jLoad === 'admin') {
    const script = path.join(root, 'scripts', 'neo4j');
    const help = await run(script, ['help'], env);
    if (/\bimport\b/.test(help.stdout + help.stderr)) {
      const loaded = await run(script, ['import', graphFile, regionsFile], env);
      return { ...loaded, how: 'neo4j-admin database import' };
    }
    say('  scripts/neo4j has no import command yet: loading with the command line instead');
  }
  return { ...(await atlas(['import', graphFile, regionsFile], env)), how: 'pnpm atlas import' };
}

// ── baselines ──────────────────────────────────────────────────────────────
say('Measuring the empty Fastify route…');
const empty = await serveEmptyRoute();
let emptyRoute: Awaited<ReturnType<typeof load>>;
const reports: StoreReport[] = [];
let baselineCenters: NodeRef[] = [];
try {
  emptyRoute = await load(empty.url, ['/empty'], Math.max(1, Math.round(seconds / 2)), connections);

  for (const store of stores) {
    say(`\n${store}:`);
    const env: Record<string, string> = {
      ATLAS_STORE: store,
      ATLAS_DATA_DIR: path.join(work, `data-${store}`),
      ATLAS_PUBLIC_READ: 'true',
    };
    if (store === 'embedded') fs.rmSync(env.ATLAS_DATA_DIR!, { recursive: true, force: true });
    say('  importing…');
    const keep = store === 'neo4j' && neo4jLoad === 'keep';
    const imported = keep ? null : await importInto(store, env);
    if (imported && imported.code !== 0)
      throw new Error(`import failed:\n${imported.stderr.slice(-4000)}`);
    const importSummary = imported?.stdout.trim().split('\n').pop() ?? '';
    say(`  ${imported ? importSummary : 'kept the database an earlier run loaded'}`);

    say('  starting the server…');
    const server = await serve(env);
    try {
      const readyRss = server.peakRss();
      say(
        `  answering after ${server.listening.toFixed(1)} s, ready after ${server.ready.toFixed(1)} s`,
      );

      if (keep) {
        const stats = (await (await fetch(`${server.url}/api/stats`)).json()) as {
          nodes: number;
          edges: number;
        };
        if (stats.nodes + stats.edges !== records)
          throw new Error(
            `--neo4j-load keep: the database holds ${stats.nodes + stats.edges} records, the files ${records}`,
          );
      }
      const sample = await discover(server.url, smoke ? 40 : 200);
      if (baselineCenters.length === 0) baselineCenters = sample.centers;
      const hood = (depth: number) => sample.centers.map((c) => hoodPath(c, depth));
      server.resetPeak();
      say('  neighbourhoods…');
      const depth1 = await sequential(server.url, hood(1));
      const depth2 = await sequential(server.url, hood(2));
      // The same centres again: on the embedded store, answers it keeps until the next commit.
      const depth2Load = await load(server.url, hood(2), seconds, connections);
      // Centres not asked before, too many for the kept answers to hold: each answer walked and
      // read (what a first visit costs under load).
      const unseen = await unseenCenters(server.url, sample, smoke ? 20 : 500);
      const depth2LoadUnseen = {
        ...(await load(
          server.url,
          unseen.map((c) => hoodPath(c, 2)),
          seconds,
          connections,
        )),
        centers: unseen.length,
      };
      // The wire floor for answers of that size: the empty route's server sending the same bytes.
      const sizedFloor = await load(
        empty.url,
        [`/sized/${depth2.bytes}`],
        Math.max(1, Math.round(seconds / 2)),
        connections,
      );
      const sizedOne = await sequential(
        empty.url,
        Array.from({ length: sample.centers.length }, () => `/sized/${depth2.bytes}`),
      );
      const health = await load(
        server.url,
        ['/api/health'],
        Math.max(1, Math.round(seconds / 2)),
        connections,
      );
      say('  searches and analyses…');
      const searches = [];
      for (const query of searchQueries(sample)) {
        const url = `/api/search?q=${encodeURIComponent(query)}&limit=20`;
        // The first answer apart (cold plans and pages), as for the analyses; then enough repeats
        // that p95 is not simply the slowest of a handful.
        const started = performance.now();
        const page = (await (await fetch(server.url + url)).json()) as {
          total: number;
          totalExact: boolean;
        };
        const firstMs = performance.now() - started;
        const latency = await sequential(server.url, [url], smoke ? 2 : 40);
        searches.push({ query, total: page.total, totalExact: page.totalExact, firstMs, latency });
      }
      const analyses = [];
      for (const [name, url] of analysisPaths(sample)) {
        // The first answer may be far slower than the rest; one that takes longer than the limit is
        // reported as such and not repeated.
        const started = performance.now();
        try {
          const response = await fetch(server.url + url, {
            signal: AbortSignal.timeout(analysisLimitSeconds * 1000),
          });
          await response.arrayBuffer();
          const first = (performance.now() - started) / 1000;
          say(`    ${name}: first answer ${first.toFixed(2)} s`);
          analyses.push({
            name,
            status: response.status,
            firstSeconds: first,
            // An answer slower than 10 s is reported once: repeating it would only cost the run time.
            latency:
              first > 10 || !response.ok
                ? null
                : await sequential(server.url, [url], smoke ? 1 : 5),
          });
        } catch (error) {
          if ((error as Error).name !== 'TimeoutError') throw error;
          say(`    ${name}: no answer within ${analysisLimitSeconds} s`);
          analyses.push({ name, status: 0, firstSeconds: null, latency: null });
        }
      }
      const servingRss = server.peakRss();
      say('  export…');
      server.resetPeak();
      const exportStarted = performance.now();
      const exported = await fetch(`${server.url}/api/export?format=ndjson`);
      let exportBytes = 0;
      for await (const chunk of exported.body!) exportBytes += (chunk as Uint8Array).byteLength;
      const exportSeconds = (performance.now() - exportStarted) / 1000;
      const exportRss = server.peakRss();
      await server.stop();

      reports.push({
        store,
        import: imported && {
          how: imported.how,
          records,
          seconds: imported.seconds,
          recordsPerSecond: records / imported.seconds,
          cpuSeconds: imported.cpuSeconds,
          peakRssMb: reportedPeakRss(imported.stdout),
          summary: importSummary,
        },
        open: { listeningSeconds: server.listening, readySeconds: server.ready, rssMb: readyRss },
        servingRssMb: servingRss,
        neighbourhood: {
          depth1,
          depth2,
          depth2Load,
          depth2LoadUnseen,
          sizedFloor,
          sizedOne,
          centers: sample.centers.length,
        },
        health,
        searches,
        analyses,
        export: { seconds: exportSeconds, bytes: exportBytes, peakRssMb: exportRss },
      });
    } finally {
      // Also when a step fails: no server left running.
      await server.stop();
    }
  }
} finally {
  await empty.stop();
}

// ── graphology in process, on the same data ────────────────────────────────
let graphology = null;
if (!values['skip-graphology'] && reports.length > 0) {
  say('\ngraphology in process…');
  const centersFile = path.join(work, 'centers.json');
  fs.writeFileSync(centersFile, JSON.stringify(baselineCenters));
  const heap = Math.max(2048, Math.ceil(nodes / 1_000_000) * 8192);
  const measured = await run(
    process.execPath,
    [
      `--max-old-space-size=${heap}`,
      '--expose-gc',
      '--import',
      'tsx',
      path.join(import.meta.dirname, 'scale', 'graphology.ts'),
      graphFile,
      centersFile,
      '2',
      '500',
    ],
    {},
  );
  if (measured.code === 0) graphology = JSON.parse(measured.stdout.trim().split('\n').pop()!);
  else say(`  skipped: ${measured.stderr.slice(-500)}`);
}

const written = await writeReport({
  work,
  smoke,
  nodes,
  records,
  generateSeconds,
  emptyRoute,
  graphology,
  reports,
});
say(`\nReport: ${written.json}\nTable:  ${written.markdown}`);
