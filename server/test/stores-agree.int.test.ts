/**
 * Both stores give the same answers: the demo region loaded into the embedded store and into Neo4j
 * answers health, stats, search, node details, neighbourhoods and all three exports identically
 * through the API. Then `migrate` copies a store each way, verified by counts and checksums.
 * Needs an empty Neo4j (CI starts a fresh one); it removes what it loaded.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoRegionRecords } from '@chanjiao/seed-data';
import { buildApp } from '../src/app.ts';
import { exportChecksum, migrate } from '../src/migrate.ts';
import { loadDemoRegion } from '../src/seed.ts';
import { EmbeddedStore } from '../src/store/embedded/index.ts';
import { Neo4jStore } from '../src/store/neo4j/index.ts';
import type { GraphStore, WriteOp } from '../src/store/port.ts';
import { tempDir, testConfig } from './helpers.ts';
import { neo4jAvailable, neo4jOptions, requireNeo4j } from './neo4j-harness.ts';

async function neo4jIsEmpty(): Promise<boolean> {
  const store = await Neo4jStore.connect(neo4jOptions);
  try {
    return (await store.stats()).nodes === 0;
  } finally {
    await store.close();
  }
}

const empty = neo4jAvailable ? await neo4jIsEmpty() : false;

async function clearDemo(store: GraphStore): Promise<void> {
  const ops: WriteOp[] = demoRegionRecords()
    .filter((r) => r.type === 'node')
    .map((r) => ({ op: 'removeNode', ref: { kind: r.kind, key: r.key } }));
  await store.write(ops);
}

if (requireNeo4j('the two stores agree'))
  describe.runIf(empty || process.env.CI === 'true')('the two stores agree', () => {
    const stamp = new Date('2026-01-01T00:00:00.000Z');
    let embedded: FastifyInstance;
    let neo: FastifyInstance;
    let neoStore: Neo4jStore;

    beforeAll(async () => {
      if (!empty)
        throw new Error(
          'needs an empty Neo4j (run scripts/neo4j reset, or use a fresh NEO4J_DATA_DIR)',
        );
      const dataDir = tempDir('atlas-agree-');
      const embeddedStore = EmbeddedStore.open({ dataDir });
      neoStore = await Neo4jStore.connect(neo4jOptions);
      await loadDemoRegion(embeddedStore, stamp);
      await loadDemoRegion(neoStore, stamp);
      embedded = await buildApp({ config: testConfig(dataDir), store: embeddedStore });
      neo = await buildApp({
        config: testConfig(dataDir, { ATLAS_STORE: 'neo4j' }),
        store: neoStore,
        closeStore: false,
      });
    });

    afterAll(async () => {
      await embedded?.close();
      await neo?.close();
      if (neoStore) {
        await clearDemo(neoStore);
        await neoStore.close();
      }
    });

    const same = async (url: string) => {
      const [a, b] = await Promise.all([embedded.inject(url), neo.inject(url)]);
      expect(b.statusCode, url).toBe(a.statusCode);
      return [a, b] as const;
    };

    it('counts the same nodes and relationships', async () => {
      const [a, b] = await same('/api/health');
      expect({ ...b.json(), store: 'x' }).toEqual({ ...a.json(), store: 'x' });
      expect(a.json().nodes).toBe(demoRegionRecords().filter((r) => r.type === 'node').length);
      const [sa, sb] = await same('/api/stats');
      expect(sb.json()).toEqual(sa.json());
    });

    it.each(['电池', '宁德', 'engineer', 'CELL', '3841', '350902', 'zz-nothing', '工程师'])(
      'searches %s alike',
      async (q) => {
        const [a, b] = await same(`/api/search?q=${encodeURIComponent(q)}&limit=50`);
        expect(b.json()).toEqual(a.json());
      },
    );

    it('lists kinds alike', async () => {
      for (const kind of ['Chain', 'Segment', 'Program', 'Enterprise']) {
        const [a, b] = await same(`/api/search?q=&kind=${kind}&limit=200`);
        expect(b.json()).toEqual(a.json());
      }
    });

    it('answers node details and neighbourhoods alike', async () => {
      const samples = demoRegionRecords()
        .filter((r) => r.type === 'node')
        .filter((_, i) => i % 25 === 0);
      expect(samples.length).toBeGreaterThan(10);
      for (const node of samples) {
        const path = `${encodeURIComponent(node.kind)}/${encodeURIComponent(node.key)}`;
        const [a, b] = await same(`/api/nodes/${path}`);
        expect(b.json(), path).toEqual(a.json());
        for (const [depth, limit] of [
          [1, 200],
          [2, 40],
        ]) {
          const url = `/api/graph/neighbourhood?kind=${node.kind}&key=${encodeURIComponent(node.key)}&depth=${depth}&limit=${limit}`;
          const [na, nb] = await same(url);
          expect(nb.json(), url).toEqual(na.json());
        }
      }
    });

    it.each([
      '/api/analysis/talent-map?chain=nev-power-battery-chain',
      '/api/analysis/talent-map?chain=nev-power-battery-chain&region=350900&demand=postings&period=2025',
      '/api/analysis/skill-gap?chain=nev-power-battery-chain&region=350900&institution=ningde-demo-vocational-college',
      '/api/analysis/skill-gap?chain=nev-power-battery-chain&institution=ningde-demo-university&demand=postings&period=2024',
      '/api/analysis/weak-links?chain=nev-power-battery-chain&region=350900',
      '/api/analysis/skill-gap?chain=nope&institution=x',
      '/api/analysis/match/posting?posting=posting-2025-045',
      '/api/analysis/match/candidate?candidate=cand-0011&region=350900&period=2025',
      '/api/analysis/related/occupations?occupation=automotive-mechanic',
      '/api/analysis/related/segments?segment=separator',
      '/api/analysis/experts?competency=thermal-runaway-analysis&competency=battery-safety-standards',
      '/api/analysis/program-adjustment?institution=ningde-demo-vocational-college',
      '/api/analysis/alignment?institution=ningde-demo-university',
      '/api/analysis/overview?region=350900',
      '/api/analysis/trends?chain=nev-power-battery-chain&region=350900',
      '/api/lists?chain=nev-power-battery-chain&region=350900',
      '/api/lists/courses?chain=nev-power-battery-chain&region=350000&demand=postings&period=2024',
    ])('answers %s alike', async (url) => {
      const [a, b] = await same(url);
      expect(b.json()).toEqual(a.json());
    });

    it.each(['ndjson', 'graphml', 'gexf'])('exports %s byte for byte alike', async (format) => {
      const [a, b] = await same(`/api/export?format=${format}`);
      expect(b.body.length).toBeGreaterThan(1000);
      if (b.body !== a.body) {
        const lines = [a.body.split('\n'), b.body.split('\n')] as const;
        const at = lines[0].findIndex((line, i) => line !== lines[1][i]);
        expect(lines[1][at], `first difference at line ${at + 1}`).toBe(lines[0][at]);
      }
    });

    it('migrates neo4j → embedded and embedded → neo4j, verified by counts and checksums', async () => {
      const copy = EmbeddedStore.open({ dataDir: tempDir('atlas-migrate-') });
      const there = await migrate(neoStore, copy);
      expect(there).toMatchObject({
        verified: true,
        nodes: demoRegionRecords().filter((r) => r.type === 'node').length,
      });
      expect(there.sourceChecksum).toBe(there.targetChecksum);
      await clearDemo(neoStore);
      expect((await neoStore.stats()).nodes).toBe(0);
      const back = await migrate(copy, neoStore);
      expect(back.verified).toBe(true);
      expect(await exportChecksum(neoStore)).toBe(there.sourceChecksum);
      await copy.close();
    });
  });
