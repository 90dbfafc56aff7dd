/**
 * `pnpm bench:analyses [--nodes N] [--store embedded|neo4j] [--dir D] [--runs R] [--before]`:
 * the analyses on a generated graph of N nodes (default 200,000, seed 42) with four invented
 * regions (the generator never invents region codes): a province, a city and a county holding
 * three small synthetic parks, and a second city holding the park with the most enterprises.
 *
 * For each analysis it prints, as medians over R runs (default 10) after one warm-up: the time of
 * the HTTP route (in process, `inject`), the process CPU time it took, the part spent in the loader
 * and in the pure function, and the rows the loader read from the store. Baselines measured in the
 * same run: an empty Fastify route (the floor for a request) — each analysis is given as a
 * multiple of it — and, with `--before` on the embedded store, the way analyses read before
 * scoped reads: a projection of whole kinds, then the same pure function. Wall times on a shared
 * machine follow its load (printed); the CPU column does much less.
 *
 * The embedded store is imported into `--dir` (default a folder in the system temp dir named after
 * N) once and reused by later runs; Neo4j is imported when its database is empty and left loaded.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import Fastify from 'fastify';
import { generateGraph } from '@chanjiao/seed-data';
import type { NodeKind, RelType } from '@chanjiao/graph-schema';
import {
  analyses,
  AnalysisGraph,
  buildApp,
  EmbeddedStore,
  loadConfig,
  Neo4jStore,
  type AnalysisName,
  type GraphStore,
  type WriteOp,
} from '@chanjiao/server';

const { values } = parseArgs({
  options: {
    nodes: { type: 'string', default: '200000' },
    store: { type: 'string', default: 'embedded' },
    dir: { type: 'string' },
    runs: { type: 'string', default: '10' },
    before: { type: 'boolean', default: false },
  },
});
const nodes = Number(values.nodes);
const runs = Number(values.runs);
const storeName = values.store as 'embedded' | 'neo4j';
if (!Number.isInteger(nodes) || nodes < 2000) throw new Error('--nodes must be ≥ 2000');
if (storeName !== 'embedded' && storeName !== 'neo4j')
  throw new Error('--store must be embedded or neo4j');

const source = 'bench data — invented regions for the analyses benchmark';
const chain = 'syn-chain-0001';
const region = 'bench-city';
const hubRegion = 'bench-hub-city';
const institution = 'syn-inst-0001';

/**
 * The invented regions: a province, a city and a county holding three small synthetic parks, and
 * a second city holding the park with the most enterprises (the heaviest region question).
 */
function regionOps(hubPark: string): WriteOp[] {
  const regionNode = (key: string, level: string): WriteOp => ({
    op: 'upsertNode',
    node: { kind: 'Region', key, props: { name_zh: key, level, source } },
    mode: 'merge',
  });
  const edge = (rel: RelType, from: [NodeKind, string], to: [NodeKind, string]): WriteOp => ({
    op: 'upsertEdge',
    edge: {
      rel,
      from: { kind: from[0], key: from[1] },
      to: { kind: to[0], key: to[1] },
      props: {},
    },
    mode: 'merge',
  });
  return [
    regionNode('bench-province', 'province'),
    regionNode(region, 'city'),
    regionNode('bench-county', 'county'),
    edge('PART_OF', ['Region', region], ['Region', 'bench-province']),
    edge('PART_OF', ['Region', 'bench-county'], ['Region', region]),
    edge('LOCATED_IN', ['Park', 'syn-park-0037'], ['Region', 'bench-county']),
    edge('LOCATED_IN', ['Park', 'syn-park-0040'], ['Region', 'bench-county']),
    edge('LOCATED_IN', ['Park', 'syn-park-0061'], ['Region', region]),
    regionNode(hubRegion, 'city'),
    edge('PART_OF', ['Region', hubRegion], ['Region', 'bench-province']),
    edge('LOCATED_IN', ['Park', hubPark], ['Region', hubRegion]),
  ];
}

/** The synthetic park with the most enterprises. */
async function hubPark(store: GraphStore): Promise<string> {
  const parks = (await store.stats()).byKind.Park ?? 0;
  const { counts } = await store.countNeighbours({
    from: Array.from({ length: parks }, (_, i) => ({
      kind: 'Park' as const,
      key: `syn-park-${String(i + 1).padStart(4, '0')}`,
    })),
    rels: ['LOCATED_IN'],
    direction: 'in',
    kinds: ['Enterprise'],
  });
  return counts.reduce((best, c) => (c.count > best.count ? c : best)).node.key;
}

async function importGraph(store: GraphStore): Promise<void> {
  const started = performance.now();
  const session = await store.beginBulk();
  let ops: WriteOp[] = [];
  let count = 0;
  for (const r of generateGraph({ nodes, seed: 42 })) {
    ops.push(
      r.type === 'node'
        ? { op: 'upsertNode', node: { kind: r.kind, key: r.key, props: r.props }, mode: 'replace' }
        : {
            op: 'upsertEdge',
            edge: { rel: r.rel, from: r.from, to: r.to, props: r.props ?? {} },
            mode: 'replace',
          },
    );
    if (ops.length === 10_000) {
      count += ops.length;
      await session.write(ops as Parameters<typeof session.write>[0]);
      ops = [];
      process.stdout.write(`\r  importing ${count.toLocaleString('en')} records`);
    }
  }
  await session.write(ops as Parameters<typeof session.write>[0]);
  await session.commit();
  console.log(`\r  imported in ${((performance.now() - started) / 1000).toFixed(0)} s`);
}

/** Writes through a bulk session: a plain write would build the embedded store's in-memory graph. */
async function writeInBulk(store: GraphStore, ops: WriteOp[]): Promise<void> {
  const session = await store.beginBulk();
  await session.write(ops as Parameters<typeof session.write>[0]);
  await session.commit();
}

async function openBenchStore(): Promise<{ store: GraphStore; dataDir: string }> {
  const dataDir = values.dir ?? path.join(os.tmpdir(), `atlas-bench-analyses-${nodes}`);
  fs.mkdirSync(dataDir, { recursive: true });
  const store =
    storeName === 'embedded'
      ? EmbeddedStore.open({ dataDir })
      : await Neo4jStore.connect(loadConfig(process.env).neo4j);
  const stats = await store.stats();
  if (stats.nodes === 0) await importGraph(store);
  else if (stats.nodes < nodes || stats.nodes > nodes + 4)
    throw new Error(
      `the ${storeName} store holds ${stats.nodes} nodes, not this benchmark's graph of ${nodes}; ` +
        'empty it (or give another --dir)',
    );
  // Upserts: a store holding the generated graph (e.g. from `pnpm atlas import`) gets the regions.
  if ((await store.getNodes([{ kind: 'Region', key: hubRegion }])).length === 0)
    await writeInBulk(store, regionOps(await hubPark(store)));
  return { store, dataDir };
}

/** Counts the rows the store returns, as the scale test does. */
function counting(store: GraphStore): { store: GraphStore; rows: () => number } {
  let rows = 0;
  const add = (n: number) => (rows += n);
  const proxy = new Proxy(store, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver) as unknown;
      if (typeof value !== 'function') return value;
      const method = value as (...args: unknown[]) => unknown;
      return (...args: unknown[]) => {
        const result = method.apply(target, args);
        if (!(result instanceof Promise)) return result;
        return result.then((r: unknown) => {
          if (Array.isArray(r)) add(r.length);
          else if (r && typeof r === 'object') {
            const o = r as { nodes?: unknown[]; edges?: unknown[]; counts?: unknown[] };
            add((o.nodes?.length ?? 0) + (o.edges?.length ?? 0) + (o.counts?.length ?? 0));
          }
          return r;
        });
      };
    },
  });
  return {
    store: proxy,
    rows: () => {
      const n = rows;
      rows = 0;
      return n;
    },
  };
}

interface Sample {
  wall: number;
  cpu: number;
}

async function sample(work: () => Promise<unknown>): Promise<Sample> {
  const cpu = process.cpuUsage();
  const started = performance.now();
  await work();
  const used = process.cpuUsage(cpu);
  return { wall: performance.now() - started, cpu: (used.user + used.system) / 1000 };
}

async function median(work: () => Promise<unknown>): Promise<Sample> {
  await work();
  const samples: Sample[] = [];
  for (let i = 0; i < runs; i++) samples.push(await sample(work));
  const mid = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  return { wall: mid(samples.map((s) => s.wall)), cpu: mid(samples.map((s) => s.cpu)) };
}

interface Question {
  label: string;
  name: AnalysisName;
  url: string;
  query: object;
  /** The kinds this analysis projected whole before scoped reads, and the relationship types. */
  before: { kinds: NodeKind[]; rels: RelType[] };
}

const chainSkills = {
  kinds: [
    'Chain',
    'Segment',
    'Occupation',
    'Competency',
    'Posting',
    'Region',
    'Park',
    'Course',
    'Program',
    'Institution',
    'MicroCredential',
  ] as NodeKind[],
  rels: [
    'PART_OF',
    'EMPLOYS',
    'REQUIRES',
    'FOR',
    'LOCATED_IN',
    'TEACHES',
    'INCLUDES',
    'OFFERS',
    'SAME_AS',
    'BROADER_MATCH',
  ] as RelType[],
};

const questions: Question[] = [
  {
    label: 'talent map',
    name: 'talentMap',
    url: `/api/analysis/talent-map?chain=${chain}`,
    query: { chain },
    before: chainSkills,
  },
  {
    label: 'skill gap (chain × institution)',
    name: 'skillGap',
    url: `/api/analysis/skill-gap?chain=${chain}&institution=${institution}`,
    query: { chain, supplier: { kind: 'Institution', key: institution } },
    before: chainSkills,
  },
  {
    label: 'skill gap (postings in region)',
    name: 'skillGap',
    url: `/api/analysis/skill-gap?chain=${chain}&region=${region}&demand=postings&institution=${institution}`,
    query: {
      chain,
      region,
      demand: 'postings',
      supplier: { kind: 'Institution', key: institution },
    },
    before: chainSkills,
  },
  {
    label: 'weak links',
    name: 'weakLinks',
    url: `/api/analysis/weak-links?chain=${chain}&region=${region}`,
    query: { chain, region },
    before: {
      kinds: ['Chain', 'Segment', 'Enterprise', 'Region', 'Park'],
      rels: ['PART_OF', 'OPERATES_IN', 'LOCATED_IN'],
    },
  },
  {
    label: 'weak links (largest park)',
    name: 'weakLinks',
    url: `/api/analysis/weak-links?chain=${chain}&region=${hubRegion}`,
    query: { chain, region: hubRegion },
    before: {
      kinds: ['Chain', 'Segment', 'Enterprise', 'Region', 'Park'],
      rels: ['PART_OF', 'OPERATES_IN', 'LOCATED_IN'],
    },
  },
  {
    label: 'alignment',
    name: 'alignment',
    url: `/api/analysis/alignment?institution=${institution}`,
    query: { institution },
    before: {
      kinds: [...chainSkills.kinds, 'ProgramGroup'],
      rels: [...chainSkills.rels, 'SERVES'],
    },
  },
  {
    label: 'program adjustment',
    name: 'programAdjustment',
    url: `/api/analysis/program-adjustment?institution=${institution}&region=${region}`,
    query: { institution, region },
    before: {
      kinds: [...chainSkills.kinds, 'ProgramGroup', 'Cohort'],
      rels: [...chainSkills.rels, 'SERVES', 'COHORT_OF', 'OUTCOME', 'PREPARES_FOR'],
    },
  },
  {
    label: 'region overview',
    name: 'overview',
    url: `/api/analysis/overview?region=${region}`,
    query: { region },
    before: {
      kinds: [
        'Region',
        'Enterprise',
        'Institution',
        'Cluster',
        'Park',
        'Consortium',
        'Posting',
        'Candidate',
        'TrainingBase',
        'Chain',
        'Segment',
        'Program',
        'ProgramGroup',
        'Cohort',
      ],
      rels: ['PART_OF', 'LOCATED_IN', 'OPERATES_IN', 'OFFERS', 'COHORT_OF', 'SERVES'],
    },
  },
];

const { store, dataDir } = await openBenchStore();
const stats = await store.stats();
console.log(
  `\n${storeName}: ${stats.nodes.toLocaleString('en')} nodes, ${stats.edges.toLocaleString('en')} relationships; ` +
    `medians of ${runs} runs; load average ${os.loadavg()[0]!.toFixed(1)} on ${os.cpus().length} CPUs`,
);

const app = await buildApp({
  config: loadConfig({ ATLAS_STORE: storeName, ATLAS_DATA_DIR: dataDir, ATLAS_SEED_DEMO: 'false' }),
  store,
  closeStore: false,
});
const empty = Fastify();
empty.get('/empty', async () => ({}));
await empty.ready();
const floor = await median(() => empty.inject('/empty'));
console.log(
  `  baseline: empty Fastify route ${floor.wall.toFixed(3)} ms (CPU ${floor.cpu.toFixed(3)} ms)\n`,
);

const header =
  `  ${'analysis'.padEnd(32)} ${'route ms'.padStart(9)} ${'CPU ms'.padStart(8)} ${'load ms'.padStart(8)} ` +
  `${'compute'.padStart(8)} ${'rows'.padStart(7)} ${'× empty'.padStart(8)}` +
  (values.before ? ` ${'before ms'.padStart(10)} ${'before×'.padStart(8)}` : '');
console.log(header);
const counted = counting(store);
for (const q of questions) {
  const analysis = analyses[q.name] as unknown as {
    load: (s: GraphStore, query: object, max: number) => Promise<AnalysisGraph>;
    run: (g: AnalysisGraph, query: object) => unknown;
  };
  const route = await median(async () => {
    const res = await app.inject(q.url);
    if (res.statusCode !== 200) throw new Error(`${q.url}: ${res.statusCode} ${res.body}`);
  });
  const load = await median(() => analysis.load(store, q.query, 500_000));
  const graph = await analysis.load(counted.store, q.query, 500_000);
  const rows = counted.rows();
  const compute = await median(async () => analysis.run(graph, q.query));
  let line =
    `  ${q.label.padEnd(32)} ${route.wall.toFixed(1).padStart(9)} ${route.cpu.toFixed(1).padStart(8)} ` +
    `${load.wall.toFixed(1).padStart(8)} ${compute.wall.toFixed(1).padStart(8)} ${String(rows).padStart(7)} ` +
    `${(route.wall / floor.wall).toFixed(0).padStart(7)}×`;
  if (values.before && storeName === 'embedded') {
    const old = await median(async () =>
      analysis.run(
        new AnalysisGraph(await store.projection({ ...q.before, maxNodes: 10_000_000 })),
        q.query,
      ),
    );
    line += ` ${old.wall.toFixed(1).padStart(10)} ${(old.wall / route.wall).toFixed(1).padStart(7)}×`;
  }
  console.log(line);
}
await app.close();
await empty.close();
await store.close();
console.log(
  `\npeak RSS of the benchmark process: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`,
);
