/**
 * `pnpm bench`: timings at demo size on the embedded store and on Neo4j (when one answers at
 * NEO4J_URI and its database is empty): demo import, search, neighbourhood, export and every
 * analysis endpoint through the API, each with its time and the heap it allocated; ratios
 * Neo4j / embedded at the end. Scale runs come with the performance work.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { demoRegionRecords } from '@chanjiao/seed-data';
import {
  buildApp,
  EmbeddedStore,
  loadConfig,
  loadDemoRegion,
  openStore,
  type GraphStore,
} from '@chanjiao/server';

interface Figure {
  name: string;
  ms: number;
  heapMb: number;
}

const analyses: [string, string][] = [
  ['talent map', '/api/analysis/talent-map?chain=nev-power-battery-chain'],
  [
    'skill gap (institution)',
    '/api/analysis/skill-gap?chain=nev-power-battery-chain&region=350900&institution=ningde-demo-vocational-college',
  ],
  [
    'skill gap (postings 2025)',
    '/api/analysis/skill-gap?chain=nev-power-battery-chain&region=350900&demand=postings&period=2025&institution=ningde-demo-university',
  ],
  ['weak links', '/api/analysis/weak-links?chain=nev-power-battery-chain&region=350900'],
  ['match: candidates for posting', '/api/analysis/match/posting?posting=posting-2025-045'],
  [
    'match: postings for candidate',
    '/api/analysis/match/candidate?candidate=cand-0011&region=350900&period=2025',
  ],
  ['related occupations', '/api/analysis/related/occupations?occupation=automotive-mechanic'],
  ['related segments', '/api/analysis/related/segments?segment=separator'],
  [
    'expert finder',
    '/api/analysis/experts?competency=thermal-runaway-analysis&competency=battery-safety-standards',
  ],
  [
    'program adjustment',
    '/api/analysis/program-adjustment?institution=ningde-demo-vocational-college',
  ],
  ['alignment', '/api/analysis/alignment?institution=ningde-demo-university'],
  ['region overview', '/api/analysis/overview?region=350900'],
];

async function measure(name: string, runs: number, work: () => Promise<unknown>): Promise<Figure> {
  await work();
  let heapPeak = 0;
  const started = performance.now();
  for (let i = 0; i < runs; i++) {
    const before = process.memoryUsage().heapUsed;
    await work();
    heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed - before);
  }
  return { name, ms: (performance.now() - started) / runs, heapMb: heapPeak / 1024 / 1024 };
}

async function benchStore(
  label: 'embedded' | 'neo4j',
  store: GraphStore,
  dataDir: string,
): Promise<Figure[]> {
  const figures: Figure[] = [];
  const started = performance.now();
  await loadDemoRegion(store);
  figures.push({ name: 'import demo region', ms: performance.now() - started, heapMb: 0 });
  const app = await buildApp({
    config: loadConfig({ ATLAS_STORE: label, ATLAS_DATA_DIR: dataDir }),
    store,
    closeStore: false,
  });
  const get = (url: string) =>
    app.inject(url).then((r) => {
      if (r.statusCode !== 200) throw new Error(`${url}: ${r.statusCode} ${r.body}`);
    });
  figures.push(await measure('search "电池"', 20, () => get('/api/search?q=%E7%94%B5%E6%B1%A0')));
  figures.push(await measure('search "engineer"', 20, () => get('/api/search?q=engineer')));
  figures.push(
    await measure('neighbourhood depth 1', 20, () =>
      get('/api/graph/neighbourhood?kind=Chain&key=nev-power-battery-chain&depth=1'),
    ),
  );
  figures.push(
    await measure('neighbourhood depth 2', 10, () =>
      get('/api/graph/neighbourhood?kind=Chain&key=nev-power-battery-chain&depth=2&limit=500'),
    ),
  );
  figures.push(await measure('export NDJSON', 3, () => get('/api/export?format=ndjson')));
  for (const [name, url] of analyses) figures.push(await measure(name, 10, () => get(url)));
  await app.close();
  const stats = await store.stats();
  console.log(`\n${label}: ${stats.nodes} nodes, ${stats.edges} relationships`);
  console.log(`  ${'operation'.padEnd(30)} ${'ms'.padStart(10)} ${'heap MB'.padStart(9)}`);
  for (const f of figures)
    console.log(
      `  ${f.name.padEnd(30)} ${f.ms.toFixed(2).padStart(10)} ${f.heapMb.toFixed(1).padStart(9)}`,
    );
  return figures;
}

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-bench-'));
const embeddedStore = EmbeddedStore.open({ dataDir });
const embedded = await benchStore('embedded', embeddedStore, dataDir);
await embeddedStore.close();

let neo4jStore: GraphStore | null = null;
try {
  neo4jStore = await openStore(loadConfig({ ...process.env, ATLAS_STORE: 'neo4j' }));
} catch (error) {
  console.log(`\nneo4j: skipped (${(error as Error).message.split('\n')[0]})`);
}
if (neo4jStore && (await neo4jStore.stats()).nodes > 0) {
  console.log(
    '\nneo4j: skipped (the database is not empty; the benchmark loads and then removes the demo region)',
  );
  await neo4jStore.close();
  neo4jStore = null;
}
if (neo4jStore) {
  const neo = await benchStore('neo4j', neo4jStore, dataDir);
  await neo4jStore.write(
    demoRegionRecords()
      .filter((r) => r.type === 'node')
      .map((r) => ({ op: 'removeNode' as const, ref: { kind: r.kind, key: r.key } })),
  );
  await neo4jStore.close();
  console.log('\nratio neo4j / embedded (time):');
  for (const f of neo) {
    const e = embedded.find((x) => x.name === f.name);
    if (e) console.log(`  ${f.name.padEnd(30)} ${(f.ms / e.ms).toFixed(1).padStart(8)}×`);
  }
}
console.log(
  `\npeak RSS of the benchmark process: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`,
);
