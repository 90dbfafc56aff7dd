/**
 * `pnpm bench`: timings at demo size on the embedded store (and on Neo4j when one answers at
 * NEO4J_URI): demo import, search, neighbourhood and export. Prints figures and ratios; the scale
 * runs and the analyses join it in later issues.
 */
import fs from 'node:fs';
import { demoRegionRecords } from '@chanjiao/seed-data';
import os from 'node:os';
import path from 'node:path';
import {
  EmbeddedStore,
  loadConfig,
  loadDemoRegion,
  openStore,
  type GraphStore,
} from '@chanjiao/server';

interface Figure {
  name: string;
  ms: number;
}

async function time(name: string, runs: number, work: () => Promise<unknown>): Promise<Figure> {
  await work();
  const started = performance.now();
  for (let i = 0; i < runs; i++) await work();
  return { name, ms: (performance.now() - started) / runs };
}

async function benchStore(label: string, store: GraphStore): Promise<Figure[]> {
  const figures: Figure[] = [];
  const started = performance.now();
  await loadDemoRegion(store);
  figures.push({ name: 'import demo region', ms: performance.now() - started });
  const chain = (await store.search({ text: '', kinds: ['Chain'], limit: 1 }))[0];
  figures.push(await time('search "电池"', 20, () => store.search({ text: '电池', limit: 20 })));
  figures.push(
    await time('search "engineer"', 20, () => store.search({ text: 'engineer', limit: 20 })),
  );
  if (chain) {
    const center = { kind: chain.kind, key: chain.key };
    figures.push(
      await time('neighbourhood depth 1', 20, () =>
        store.neighbourhood({ center, depth: 1, limit: 200 }),
      ),
    );
    figures.push(
      await time('neighbourhood depth 2', 10, () =>
        store.neighbourhood({ center, depth: 2, limit: 500 }),
      ),
    );
  }
  figures.push(
    await time('export all (NDJSON items)', 3, async () => {
      let n = 0;
      for await (const _ of store.exportAll()) n++;
      return n;
    }),
  );
  const stats = await store.stats();
  console.log(`\n${label}: ${stats.nodes} nodes, ${stats.edges} relationships`);
  for (const f of figures) console.log(`  ${f.name.padEnd(28)} ${f.ms.toFixed(2).padStart(10)} ms`);
  return figures;
}

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-bench-'));
const embedded = await benchStore('embedded', EmbeddedStore.open({ dataDir }));

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
  const neo = await benchStore('neo4j', neo4jStore);
  await neo4jStore.write(
    demoRegionRecords()
      .filter((r) => r.type === 'node')
      .map((r) => ({ op: 'removeNode' as const, ref: { kind: r.kind, key: r.key } })),
  );
  await neo4jStore.close();
  console.log('\nratio neo4j / embedded:');
  for (const f of neo) {
    const e = embedded.find((x) => x.name === f.name);
    if (e) console.log(`  ${f.name.padEnd(28)} ${(f.ms / e.ms).toFixed(1).padStart(8)}×`);
  }
}
