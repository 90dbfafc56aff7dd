/**
 * `tsx scripts/bench/scale/quick.ts <data dir> [--seconds S] [--connections C] [--profile DIR]`
 * `tsx scripts/bench/scale/quick.ts --store neo4j [...]` (the database at NEO4J_URI, already loaded):
 * the HTTP part of the scale benchmark against a store that is already imported — what one request
 * pays around its handler. In one run: the empty Fastify route, `/api/health`, depth-2
 * neighbourhoods (limit 500) one at a time (the first pass, rows read from SQLite, then the rounds
 * after it) and under load (the same centres again, then centres not asked before), and the
 * same-size fixed answer from the empty route's server (the wire floor), printed with their
 * ratios; then the search queries and the analyses of the full benchmark, one at a time; last the
 * server's peak memory until ready and while serving them. `--only health,hood,search,analyses` picks
 * parts. With `--profile DIR` the server runs under `--cpu-prof` and writes its profile into DIR when
 * it stops; with `--heap-profile DIR`, under `--heap-prof` (allocations sampled every 4 KB).
 */
import { parseArgs } from 'node:util';
import type { ChildProcess } from 'node:child_process';
import { cpuOf, serve, serveEmptyRoute } from './processes.ts';
import { load, sequential, type Throughput } from './http.ts';
import { analysisPaths, discover, hoodPath, searchQueries, unseenCenters } from './workload.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    seconds: { type: 'string', default: '5' },
    connections: { type: 'string', default: '10' },
    profile: { type: 'string' },
    'heap-profile': { type: 'string' },
    centers: { type: 'string', default: '100' },
    only: { type: 'string' },
    store: { type: 'string', default: 'embedded' },
    rounds: { type: 'string', default: '5' },
  },
});
const dataDir = positionals[0];
const store = values.store;
if (store !== 'embedded' && store !== 'neo4j') throw new Error('--store must be embedded or neo4j');
if (store === 'embedded' && !dataDir)
  throw new Error('usage: quick.ts <data dir> | --store neo4j [--seconds S] [--profile DIR]');
const seconds = Number(values.seconds);
const connections = Number(values.connections);
const only = values.only?.split(',');
const wanted = (name: string) => !only || only.includes(name);

const empty = await serveEmptyRoute();
const server = await serve(
  store === 'embedded'
    ? { ATLAS_STORE: 'embedded', ATLAS_DATA_DIR: dataDir!, ATLAS_PUBLIC_READ: 'true' }
    : { ATLAS_STORE: 'neo4j', ATLAS_PUBLIC_READ: 'true' },
  900,
  [
    ...(values.profile ? ['--cpu-prof', `--cpu-prof-dir=${values.profile}`] : []),
    ...(values['heap-profile']
      ? ['--heap-prof', `--heap-prof-dir=${values['heap-profile']}`, '--heap-prof-interval=4096']
      : []),
  ],
);
const startPeak = server.peakRss();
server.resetPeak();
const sample = await discover(server.url, Number(values.centers));
const hood = sample.centers.map((c) => hoodPath(c, 2));
const fmt = (n: number) => n.toLocaleString('en', { maximumFractionDigits: 1 });

/**
 * Load on one process, with the CPU time that process spent per answered request: on a machine
 * other work shares, requests/s move with the neighbours, CPU per request much less.
 */
async function measured(
  child: ChildProcess | undefined,
  base: string,
  paths: string[],
): Promise<Throughput & { cpuMsPerRequest: number }> {
  const before = cpuOf(child?.pid) ?? 0;
  const result = await load(base, paths, seconds, connections);
  const cpu = (cpuOf(child?.pid) ?? 0) - before;
  return { ...result, cpuMsPerRequest: (cpu * 1000) / (result.requestsPerSecond * seconds) };
}
const line = (name: string, r: { requestsPerSecond: number; cpuMsPerRequest: number }) =>
  `${name.padEnd(18)} ${fmt(r.requestsPerSecond).padStart(8)} req/s  ${(r.cpuMsPerRequest * 1000).toFixed(0).padStart(6)} µs CPU a request`;

try {
  const emptyLoad = await measured(empty.process, empty.url, ['/empty']);
  console.log(line('empty route', emptyLoad));
  if (wanted('health')) {
    // Warmed up first, then alternated with the empty route: on a shared machine the neighbours'
    // load moves both, and the median of the paired ratios moves much less than one pair.
    await load(server.url, ['/api/health'], 1, connections);
    const ratios: number[] = [];
    for (let round = 0; round < 3; round++) {
      const e = round === 0 ? emptyLoad : await measured(empty.process, empty.url, ['/empty']);
      const health = await measured(server.process, server.url, ['/api/health']);
      ratios.push(health.requestsPerSecond / e.requestsPerSecond);
      console.log(
        `${line('/api/health', health)}  = ${(health.requestsPerSecond / e.requestsPerSecond).toFixed(2)}× empty (CPU ${(health.cpuMsPerRequest / e.cpuMsPerRequest).toFixed(2)}× empty)`,
      );
    }
    console.log(`/api/health median ${ratios.sort((a, b) => a - b)[1]!.toFixed(2)}× empty`);
  }
  if (wanted('hood')) {
    // The first pass reads every row from SQLite; the rounds after it find most in the row cache.
    const first = await sequential(server.url, hood);
    console.log(
      `depth 2 first pass p50 ${first.p50.toFixed(2)} ms p95 ${first.p95.toFixed(2)} ms p99 ${first.p99.toFixed(2)} ms`,
    );
    const one = await sequential(server.url, hood, 2);
    console.log(
      `depth 2 one by one p50 ${one.p50.toFixed(2)} ms p95 ${one.p95.toFixed(2)} ms p99 ${one.p99.toFixed(2)} ms, ${fmt(one.bytes)} bytes`,
    );
    const sized = `/sized/${one.bytes}`;
    const floorOne = await sequential(empty.url, [sized], hood.length * 2);
    console.log(
      `wire floor one by one p50 ${floorOne.p50.toFixed(2)} ms p95 ${floorOne.p95.toFixed(2)} ms p99 ${floorOne.p99.toFixed(2)} ms`,
    );
    const loaded = await measured(server.process, server.url, hood);
    const floor = await measured(empty.process, empty.url, [sized]);
    console.log(line('depth 2 under load', loaded));
    console.log(
      `${line('wire floor', floor)}  → ${(loaded.requestsPerSecond / floor.requestsPerSecond).toFixed(2)}× floor (CPU ${(loaded.cpuMsPerRequest / floor.cpuMsPerRequest).toFixed(2)}× floor)`,
    );
    // Centres not asked before: every answer walked and read, none kept from an earlier request.
    const unseen = await unseenCenters(server.url, sample, 500);
    const fresh = await measured(
      server.process,
      server.url,
      unseen.map((c) => hoodPath(c, 2)),
    );
    console.log(
      `${line(`… ${unseen.length} unseen`, fresh)}  → ${(fresh.requestsPerSecond / floor.requestsPerSecond).toFixed(2)}× floor`,
    );
  }
  if (wanted('search')) {
    const rounds = Number(values.rounds);
    for (const q of searchQueries(sample)) {
      const path = `/api/search?q=${encodeURIComponent(q)}&limit=20`;
      await sequential(server.url, [path]);
      const r = await sequential(server.url, [path], rounds);
      console.log(
        `search ${JSON.stringify(q).padEnd(24)} p50 ${r.p50.toFixed(1)} ms p95 ${r.p95.toFixed(1)} ms`,
      );
    }
  }
  if (wanted('analyses')) {
    const rounds = Number(values.rounds);
    for (const [name, path] of analysisPaths(sample)) {
      try {
        await sequential(server.url, [path]);
        const r = await sequential(server.url, [path], rounds);
        console.log(`${name.padEnd(34)} p50 ${r.p50.toFixed(1)} ms p95 ${r.p95.toFixed(1)} ms`);
      } catch (error) {
        console.log(`${name.padEnd(34)} failed: ${(error as Error).message.slice(0, 160)}`);
      }
    }
  }
  // The highest resident memory sampled while it served the parts above (the start apart).
  console.log(
    `server peak RSS ${fmt(startPeak)} MB until ready, ${fmt(server.peakRss())} MB while serving the above`,
  );
} finally {
  await server.stop();
  await empty.stop();
}
