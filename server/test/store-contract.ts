/**
 * The store contract: one suite every GraphStore adapter must pass. It only uses the port, keys its
 * test data under a per-run prefix and measures counts as deltas, so it can run against a database
 * that holds other data, and it removes what it created.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nodeId, type EdgeRef, type NodeRef } from '@chanjiao/graph-schema';
import type { EdgeRow, GraphStore, NodeRow, UpsertOp, WriteOp } from '../src/store/port.ts';
import { kindWeight } from '../src/store/search-rank.ts';
import { describeAggregates } from './store-contract-aggregate.ts';
import { describeFirstNodes } from './store-contract-first.ts';
import { describeRelationshipGroups } from './store-contract-groups.ts';
import { describeScopedReads } from './store-contract-scoped.ts';

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

export interface StoreHarness {
  /** Opens (or reopens, after close) the store over the same data. */
  open(): Promise<GraphStore>;
}

const runId = `t${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;

export function describeStoreContract(name: string, harness: StoreHarness): void {
  describe(`store contract: ${name}`, () => {
    let store: GraphStore;
    const ns = (key: string) => `${runId}-${key}`;
    const created = new Set<string>();

    const node = (kind: NodeRow['kind'], key: string, props: NodeRow['props']): WriteOp => {
      created.add(JSON.stringify({ kind, key: ns(key) }));
      return { op: 'upsertNode', node: { kind, key: ns(key), props }, mode: 'merge' };
    };
    const ref = (kind: NodeRef['kind'], key: string): NodeRef => ({ kind, key: ns(key) });
    const edge = (
      rel: EdgeRow['rel'],
      from: NodeRef,
      to: NodeRef,
      props: EdgeRow['props'] = {},
    ): WriteOp => ({
      op: 'upsertEdge',
      edge: { rel, from, to, props },
      mode: 'merge',
    });

    beforeAll(async () => {
      store = await harness.open();
    });

    afterAll(async () => {
      if (!store) return;
      const ops: WriteOp[] = [...created].map((json) => ({
        op: 'removeNode',
        ref: JSON.parse(json) as NodeRef,
      }));
      if (ops.length) await store.write(ops);
      await store.close();
    });

    it('creates nodes and edges, reads them back, and counts creations and updates', async () => {
      const before = await store.stats();
      const result = await store.write([
        node('Chain', 'chain', { name_zh: '动力电池产业链', name_en: 'Power battery chain' }),
        node('Segment', 'cells', { name_zh: '电芯制造', position: 'midstream', order: 3 }),
        edge('PART_OF', ref('Segment', 'cells'), ref('Chain', 'chain')),
      ]);
      expect(result).toMatchObject({
        nodesCreated: 2,
        nodesUpdated: 0,
        edgesCreated: 1,
        edgesUpdated: 0,
      });
      expect(await store.getNode(ref('Segment', 'cells'))).toEqual({
        kind: 'Segment',
        key: ns('cells'),
        props: { name_zh: '电芯制造', position: 'midstream', order: 3 },
      });
      const partOf: EdgeRef = {
        rel: 'PART_OF',
        from: ref('Segment', 'cells'),
        to: ref('Chain', 'chain'),
      };
      expect(await store.getEdge(partOf)).toMatchObject({ rel: 'PART_OF', props: {} });
      const after = await store.stats();
      expect(after.nodes - before.nodes).toBe(2);
      expect(after.edges - before.edges).toBe(1);
      expect((after.byKind.Segment ?? 0) - (before.byKind.Segment ?? 0)).toBe(1);
      expect((after.byRel.PART_OF ?? 0) - (before.byRel.PART_OF ?? 0)).toBe(1);
    });

    it('merges properties on upsert in merge mode and replaces them in replace mode', async () => {
      const again = await store.write([
        node('Segment', 'cells', { order: 4, description: '电芯' }),
      ]);
      expect(again).toMatchObject({ nodesCreated: 0, nodesUpdated: 1 });
      expect((await store.getNode(ref('Segment', 'cells')))?.props).toEqual({
        name_zh: '电芯制造',
        position: 'midstream',
        order: 4,
        description: '电芯',
      });
      await store.write([
        {
          op: 'upsertNode',
          node: {
            kind: 'Segment',
            key: ns('cells'),
            props: { name_zh: '电芯', position: 'midstream' },
          },
          mode: 'replace',
        },
      ]);
      expect((await store.getNode(ref('Segment', 'cells')))?.props).toEqual({
        name_zh: '电芯',
        position: 'midstream',
      });
    });

    it('keeps property types: integers, decimals, booleans, string lists, Chinese text', async () => {
      const props = {
        name_zh: '电池安全测试',
        name_en: 'Battery safety testing',
        dimension: 'skill',
        aliases: ['安全测试', 'abuse testing'],
      };
      await store.write([
        node('Competency', 'safety', props),
        node('Occupation', 'tester', { name_zh: '电池测试员', digital: true, green: false }),
        edge('REQUIRES', ref('Occupation', 'tester'), ref('Competency', 'safety'), {
          importance: 4.5,
          level: 3,
          essential: true,
        }),
      ]);
      expect((await store.getNode(ref('Competency', 'safety')))?.props).toEqual(props);
      expect((await store.getNode(ref('Occupation', 'tester')))?.props).toEqual({
        name_zh: '电池测试员',
        digital: true,
        green: false,
      });
      const requires = await store.getEdge({
        rel: 'REQUIRES',
        from: ref('Occupation', 'tester'),
        to: ref('Competency', 'safety'),
      });
      expect(requires?.props).toEqual({ importance: 4.5, level: 3, essential: true });
      expect(Number.isInteger(requires?.props.level)).toBe(true);
    });

    it('round-trips keys with colons, slashes, spaces and Chinese characters', async () => {
      const key = 'esco:skill/abc def·电池';
      await store.write([node('Competency', key, { name_zh: '特殊键', dimension: 'knowledge' })]);
      expect((await store.getNode(ref('Competency', key)))?.key).toBe(ns(key));
    });

    it('writes nothing of a batch whose edge has a missing endpoint', async () => {
      const before = await store.stats();
      const batch: WriteOp[] = [
        node('Occupation', 'ghost-occ', { name_zh: '不应写入' }),
        edge('REQUIRES', ref('Occupation', 'ghost-occ'), ref('Competency', 'does-not-exist')),
      ];
      const failure = await store.write(batch).catch((error: unknown) => error);
      expect(failure).toBeInstanceOf(Error);
      expect((failure as Error).name).toBe('MissingNodeError');
      expect((failure as { opIndex: number }).opIndex).toBe(1);
      expect(await store.getNode(ref('Occupation', 'ghost-occ'))).toBeNull();
      expect(await store.stats()).toEqual(before);
    });

    it('accepts an edge whose endpoint is created earlier in the same batch', async () => {
      const result = await store.write([
        node('Task', 'task-a', { name_zh: '电芯容量测试' }),
        edge('PERFORMS', ref('Occupation', 'tester'), ref('Task', 'task-a')),
      ]);
      expect(result).toMatchObject({ nodesCreated: 1, edgesCreated: 1 });
    });

    it('removes an edge, and a node together with its edges', async () => {
      await store.write([
        node('Competency', 'gone', { name_zh: '将删除', dimension: 'quality' }),
        edge('REQUIRES', ref('Occupation', 'tester'), ref('Competency', 'gone')),
        edge('REQUIRES', ref('Task', 'task-a'), ref('Competency', 'gone')),
      ]);
      const before = await store.stats();
      const removedEdge = await store.write([
        {
          op: 'removeEdge',
          ref: { rel: 'REQUIRES', from: ref('Task', 'task-a'), to: ref('Competency', 'gone') },
        },
      ]);
      expect(removedEdge.edgesRemoved).toBe(1);
      const removed = await store.write([{ op: 'removeNode', ref: ref('Competency', 'gone') }]);
      expect(removed).toMatchObject({ nodesRemoved: 1, edgesRemoved: 1 });
      const after = await store.stats();
      expect(before.nodes - after.nodes).toBe(1);
      expect(before.edges - after.edges).toBe(2);
      expect(await store.getNode(ref('Competency', 'gone'))).toBeNull();
      const absent = await store.write([{ op: 'removeNode', ref: ref('Competency', 'gone') }]);
      expect(absent.nodesRemoved).toBe(0);
    });

    it('reports which nodes and edges exist', async () => {
      const found = await store.existing(
        [ref('Chain', 'chain'), ref('Chain', 'nope')],
        [
          { rel: 'PART_OF', from: ref('Segment', 'cells'), to: ref('Chain', 'chain') },
          { rel: 'PART_OF', from: ref('Segment', 'nope'), to: ref('Chain', 'chain') },
        ],
      );
      expect([...found.nodes]).toEqual([nodeId(ref('Chain', 'chain'))]);
      expect(found.edges.size).toBe(1);
    });

    it('searches names in Chinese and English, aliases and keys, exact before prefix before substring', async () => {
      await store.write([
        node('Occupation', 'bms-engineer', {
          name_zh: `${runId}电池管理系统工程师`,
          name_en: `${runId} BMS engineer`,
        }),
        node('Occupation', 'bms', { name_zh: `${runId}电池`, name_en: 'Battery' }),
        node('Competency', 'bms-algo', {
          name_zh: `算法${runId}电池`,
          dimension: 'skill',
          aliases: [`${runId}-soc-estimation`],
        }),
      ]);
      const zh = (await store.search({ text: `${runId}电池`, limit: 10 })).hits;
      expect(zh.map((h) => h.key)).toEqual([ns('bms'), ns('bms-engineer'), ns('bms-algo')]);
      // Match score plus the kind weight of occupations and competencies (1.5).
      expect(zh.map((h) => h.score)).toEqual([101.5, 61.5, 31.5]);
      const en = (await store.search({ text: `${runId} bms ENGINEER`, limit: 10 })).hits;
      expect(en[0]).toMatchObject({ kind: 'Occupation', key: ns('bms-engineer') });
      const alias = (await store.search({ text: `${runId}-SOC`, limit: 10 })).hits;
      expect(alias.map((h) => h.key)).toEqual([ns('bms-algo')]);
      const byKey = (await store.search({ text: ns('bms-algo'), limit: 10 })).hits;
      expect(byKey[0]?.key).toBe(ns('bms-algo'));
      const onlyCompetencies = await store.search({
        text: `${runId}电池`,
        kinds: ['Competency'],
        limit: 10,
      });
      expect(onlyCompetencies.hits.map((h) => h.key)).toEqual([ns('bms-algo')]);
      expect(onlyCompetencies).toMatchObject({
        total: 1,
        totalExact: true,
        facets: { Occupation: 2, Competency: 1 },
      });
      const limited = await store.search({ text: `${runId}电池`, limit: 1 });
      expect(limited.hits).toHaveLength(1);
      expect(limited.total).toBe(3);
      expect((await store.search({ text: 'zz-no-such-thing-zz', limit: 5 })).hits).toEqual([]);
    });

    it('finds a plain word inside keys (the full-text path on Neo4j)', async () => {
      const { hits } = await store.search({ text: runId.toUpperCase(), limit: 200 });
      expect(hits.length).toBeGreaterThanOrEqual(8);
      expect(
        hits.every((h) => h.key.startsWith(`${runId}-`) && h.score - kindWeight(h.kind) === 60),
      ).toBe(true);
      expect(hits.map((h) => h.key)).toEqual(
        expect.arrayContaining([ns('bms-engineer'), ns('safety'), ns('chain')]),
      );
      const chains = await store.search({ text: runId, kinds: ['Chain'], limit: 200 });
      expect(chains.hits.map((h) => h.key)).toEqual([ns('chain')]);
    });

    it('lists nodes of a kind for an empty query', async () => {
      const chains = await store.search({ text: '', kinds: ['Chain'], limit: 1000 });
      expect(chains.hits.some((h) => h.key === ns('chain'))).toBe(true);
      expect(chains.hits.every((h) => h.kind === 'Chain')).toBe(true);
      expect(chains.total).toBeGreaterThanOrEqual(chains.hits.length);
    });

    // The agreed search semantics (multi-word queries, kind weights, facets, paging, words of one
    // or two characters). On Neo4j these run through the same ranking module with the adapter's
    // candidates.
    describe('search semantics', () => {
      const word = `${runId}储能`;
      beforeAll(async () => {
        await store.write([
          node('Posting', 'sem-exact', { name_zh: word }),
          node('Chain', 'sem-chain', { name_zh: `${word}链`, name_en: 'Storage chain' }),
          node('Segment', 'sem-seg', { name_zh: `${word}电芯`, name_en: 'Storage cells' }),
          node('Occupation', 'sem-occ', { name_zh: `${word}工程师`, name_en: 'Storage engineer' }),
          node('Enterprise', 'sem-ent', { name_zh: `${word}科技`, name_en: 'Storage tech' }),
          node('Posting', 'sem-post', { name_zh: `${word}招聘岗位`, name_en: 'Storage posting' }),
          node('Competency', 'sem-sub', {
            name_zh: `测鼗鼙试`,
            name_en: `${runId} sub`,
            dimension: 'skill',
          }),
          node('Competency', 'sem-whole', {
            name_zh: '鼗鼙',
            name_en: `${runId} whole`,
            dimension: 'skill',
          }),
          node('Competency', 'sem-alias', {
            name_zh: `${runId}装置`,
            aliases: ['鼗鼙装置'],
            dimension: 'skill',
          }),
          node('Competency', 'sem-one', {
            name_zh: '鼙',
            name_en: `${runId} one`,
            dimension: 'skill',
          }),
        ]);
      });

      it('ranks by match quality, then kind weight, then the shorter name', async () => {
        const page = await store.search({ text: word, limit: 20 });
        // An exact posting beats prefix matches of any kind; among prefixes chains and segments come
        // first, then occupations, then enterprises, then postings.
        expect(page.hits.map((h) => h.key)).toEqual(
          ['sem-exact', 'sem-chain', 'sem-seg', 'sem-occ', 'sem-ent', 'sem-post'].map(ns),
        );
        expect(page.hits.map((h) => h.score)).toEqual([100, 62, 62, 61.5, 60.5, 60]);
        expect(page).toMatchObject({
          total: 6,
          totalExact: true,
          facets: { Posting: 2, Chain: 1, Segment: 1, Occupation: 1, Enterprise: 1 },
        });
      });

      it('restricts to kinds while facets count every kind, and pages with offset', async () => {
        const page = await store.search({
          text: word,
          kinds: ['Occupation', 'Enterprise'],
          limit: 20,
        });
        expect(page.hits.map((h) => h.key)).toEqual([ns('sem-occ'), ns('sem-ent')]);
        expect(page.total).toBe(2);
        expect(page.facets).toEqual({
          Posting: 2,
          Chain: 1,
          Segment: 1,
          Occupation: 1,
          Enterprise: 1,
        });
        const second = await store.search({ text: word, limit: 2, offset: 2 });
        expect(second.hits.map((h) => h.key)).toEqual([ns('sem-seg'), ns('sem-occ')]);
        expect(second.total).toBe(6);
        const last = await store.search({ text: word, limit: 2, offset: 5 });
        expect(last.hits.map((h) => h.key)).toEqual([ns('sem-post')]);
      });

      it('needs every word to match some field; the score is the mean over the words', async () => {
        const page = await store.search({ text: `${word}  ENGINEER`, limit: 20 });
        expect(page.hits.map((h) => h.key)).toEqual([ns('sem-occ')]);
        // (prefix 60 + substring 30) / 2 + 1.5
        expect(page.hits[0]?.score).toBe(46.5);
        const reversed = await store.search({ text: `storage ${word}`, limit: 20 });
        expect(reversed.hits.map((h) => h.key)).toEqual(
          ['sem-chain', 'sem-seg', 'sem-occ', 'sem-ent', 'sem-post'].map(ns),
        );
        expect((await store.search({ text: `${word} nowhere-at-all`, limit: 5 })).total).toBe(0);
      });

      it('finds words of two characters and of one character anywhere in a field', async () => {
        const two = await store.search({ text: '鼗鼙', limit: 20 });
        expect(two.hits.map((h) => h.key)).toEqual(['sem-whole', 'sem-alias', 'sem-sub'].map(ns));
        expect(two.hits.map((h) => h.score)).toEqual([101.5, 61.5, 31.5]);
        const one = await store.search({ text: '鼙', limit: 20 });
        expect(one.hits.map((h) => h.key)).toEqual(
          ['sem-one', 'sem-whole', 'sem-sub', 'sem-alias'].map(ns),
        );
        expect(one.hits.map((h) => h.score)).toEqual([101.5, 31.5, 31.5, 31.5]);
        const mixed = await store.search({ text: `鼙 ${runId}`, limit: 20 });
        expect(mixed.hits.map((h) => h.key).sort()).toEqual(
          ['sem-one', 'sem-whole', 'sem-sub', 'sem-alias'].map(ns).sort(),
        );
      });
    });

    it('returns neighbourhoods breadth-first, deterministic, truncated at the limit', async () => {
      // hub → s1..s5; s1 → t1 (depth 2)
      const ops: WriteOp[] = [node('Chain', 'hub', { name_zh: '枢纽链' })];
      for (const i of [1, 2, 3, 4, 5]) {
        ops.push(node('Segment', `s${i}`, { name_zh: `环节${i}`, position: 'upstream' }));
        ops.push(edge('PART_OF', ref('Segment', `s${i}`), ref('Chain', 'hub')));
      }
      ops.push(node('Occupation', 't1', { name_zh: '职业T1' }));
      ops.push(edge('EMPLOYS', ref('Segment', 's1'), ref('Occupation', 't1'), { demand: 10 }));
      ops.push(edge('UPSTREAM_OF', ref('Segment', 's1'), ref('Segment', 's2'), { share: 0.5 }));
      await store.write(ops);

      const one = await store.neighbourhood({ center: ref('Chain', 'hub'), depth: 1, limit: 100 });
      expect(one?.truncated).toBe(false);
      expect(one?.nodes.map((n) => n.key)).toEqual([
        ns('hub'),
        ...[1, 2, 3, 4, 5].map((i) => ns(`s${i}`)),
      ]);
      // Induced edges: 5 PART_OF plus the UPSTREAM_OF between s1 and s2.
      expect(one?.edges).toHaveLength(6);
      expect(one?.edges.find((e) => e.rel === 'UPSTREAM_OF')?.props).toEqual({ share: 0.5 });

      const cut = await store.neighbourhood({ center: ref('Chain', 'hub'), depth: 1, limit: 3 });
      expect(cut?.truncated).toBe(true);
      expect(cut?.nodes.map((n) => n.key)).toEqual([ns('hub'), ns('s1'), ns('s2')]);
      expect(cut?.edges.map((e) => e.rel).sort()).toEqual(['PART_OF', 'PART_OF', 'UPSTREAM_OF']);

      const two = await store.neighbourhood({ center: ref('Chain', 'hub'), depth: 2, limit: 100 });
      expect(two?.nodes.map((n) => nodeId(n))).toContain(nodeId(ref('Occupation', 't1')));
      expect(two?.nodes[two.nodes.length - 1]?.key).toBe(ns('t1'));
      // Relationships by type, then start and end (kind, key).
      expect(two?.edges.map((e) => `${e.rel} ${e.from.key} ${e.to.key}`)).toEqual([
        `EMPLOYS ${ns('s1')} ${ns('t1')}`,
        ...[1, 2, 3, 4, 5].map((i) => `PART_OF ${ns(`s${i}`)} ${ns('hub')}`),
        `UPSTREAM_OF ${ns('s1')} ${ns('s2')}`,
      ]);

      const fromLeaf = await store.neighbourhood({
        center: ref('Occupation', 't1'),
        depth: 1,
        limit: 100,
      });
      expect(fromLeaf?.nodes.map((n) => n.key)).toEqual([ns('t1'), ns('s1')]);

      expect(
        await store.neighbourhood({ center: ref('Chain', 'nope'), depth: 1, limit: 10 }),
      ).toBeNull();
    });

    it('lists a node’s relationships with the other end’s names, sorted and limited', async () => {
      const all = await store.relationships(ref('Segment', 's1'), 100);
      expect(all.total).toBe(3);
      expect(all.items.map((r) => [r.rel, r.direction, r.other.key])).toEqual([
        ['EMPLOYS', 'out', ns('t1')],
        ['PART_OF', 'out', ns('hub')],
        ['UPSTREAM_OF', 'out', ns('s2')],
      ]);
      expect(all.items[0]?.other).toMatchObject({ kind: 'Occupation', name_zh: '职业T1' });
      expect(all.items[0]?.props).toEqual({ demand: 10 });
      const incoming = await store.relationships(ref('Segment', 's2'), 100);
      expect(incoming.items.map((r) => [r.rel, r.direction])).toEqual([
        ['PART_OF', 'out'],
        ['UPSTREAM_OF', 'in'],
      ]);
      const limited = await store.relationships(ref('Segment', 's1'), 1);
      expect(limited).toMatchObject({ total: 3 });
      expect(limited.items).toHaveLength(1);
    });

    it('exports every node ordered by kind and key, then every edge ordered by type and endpoints', async () => {
      const items = [];
      for await (const item of store.exportAll())
        if (JSON.stringify(item).includes(runId)) items.push(item);
      const firstEdge = items.findIndex((i) => i.type === 'edge');
      expect(firstEdge).toBeGreaterThan(0);
      expect(items.slice(firstEdge).every((i) => i.type === 'edge')).toBe(true);
      const nodeIds = items
        .filter((i) => i.type === 'node')
        .map((i) => (i.type === 'node' ? [i.kind, i.key] : []));
      expect(nodeIds).toEqual(
        [...nodeIds].sort((a, b) => (a.join('\u0000') < b.join('\u0000') ? -1 : 1)),
      );
      const stats = await store.stats();
      let total = 0;
      for await (const _ of store.exportAll()) total++;
      expect(total).toBe(stats.nodes + stats.edges);
    });

    it('projects the nodes of given kinds and the edges of given types between them', async () => {
      const projection = await store.projection({
        kinds: ['Segment', 'Chain'],
        rels: ['PART_OF', 'UPSTREAM_OF'],
        maxNodes: 1_000_000,
      });
      const ours = {
        nodes: projection.nodes
          // (the search tests' nodes aside)
          .filter((n) => n.key.startsWith(runId) && !n.key.includes('-sem-'))
          .map((n) => `${n.kind}:${n.key.slice(runId.length + 1)}`),
        edges: projection.edges
          .filter((e) => e.from.key.startsWith(runId))
          .map(
            (e) =>
              `${e.rel} ${e.from.key.slice(runId.length + 1)}→${e.to.key.slice(runId.length + 1)}`,
          ),
      };
      expect(ours.nodes).toEqual(
        ['Chain:chain', 'Chain:hub', 'Segment:cells', 's1', 's2', 's3', 's4', 's5'].map((k) =>
          k.includes(':') ? k : `Segment:${k}`,
        ),
      );
      // EMPLOYS is not asked for, and Occupation:t1 is not a projected kind.
      expect(ours.edges).toEqual([
        'PART_OF cells→chain',
        ...[1, 2, 3, 4, 5].map((i) => `PART_OF s${i}→hub`),
        'UPSTREAM_OF s1→s2',
      ]);
      expect(projection.nodes).toEqual(
        [...projection.nodes].sort((a, b) =>
          a.kind + '\u0000' + a.key < b.kind + '\u0000' + b.key ? -1 : 1,
        ),
      );
      const failure = await store
        .projection({ kinds: ['Segment'], rels: [], maxNodes: 2 })
        .catch((e: unknown) => e);
      expect((failure as Error).name).toBe('LimitExceededError');
    });

    describeScopedReads({ store: () => store, ns, ref, node, edge });
    describeFirstNodes({ store: () => store, ns, ref, node, edge });
    describeAggregates({ store: () => store, ns, ref, node, edge });
    describeRelationshipGroups({ store: () => store, ns, ref, node, edge });

    describe('bulk sessions', () => {
      const upsert = (kind: NodeRow['kind'], key: string, props: NodeRow['props']) =>
        node(kind, key, props) as UpsertOp;
      const link = (
        rel: EdgeRow['rel'],
        from: NodeRef,
        to: NodeRef,
        props: EdgeRow['props'] = {},
      ) => edge(rel, from, to, props) as UpsertOp;

      it('commits chunks written in several calls as one import', async () => {
        const before = await store.stats();
        const session = await store.beginBulk();
        const first = await session.write([
          upsert('Chain', 'bulk-chain', { name_zh: '批量链' }),
          upsert('Segment', 'bulk-s1', { name_zh: '环节一', position: 'upstream' }),
        ]);
        // The second chunk updates a node of the first and links nodes of both.
        const second = await session.write([
          upsert('Segment', 'bulk-s1', { order: 1 }),
          upsert('Segment', 'bulk-s2', { name_zh: '环节二', position: 'downstream' }),
          link('PART_OF', ref('Segment', 'bulk-s1'), ref('Chain', 'bulk-chain')),
          link('PART_OF', ref('Segment', 'bulk-s2'), ref('Chain', 'bulk-chain')),
          link('UPSTREAM_OF', ref('Segment', 'bulk-s1'), ref('Segment', 'bulk-s2'), { share: 0.5 }),
        ]);
        await session.commit();
        expect(first).toMatchObject({ nodesCreated: 2, nodesUpdated: 0 });
        expect(second).toMatchObject({ nodesCreated: 1, nodesUpdated: 1, edgesCreated: 3 });
        const after = await store.stats();
        expect(after.nodes - before.nodes).toBe(3);
        expect(after.edges - before.edges).toBe(3);
        expect(await store.getNode(ref('Segment', 'bulk-s1'))).toEqual({
          kind: 'Segment',
          key: ns('bulk-s1'),
          props: { name_zh: '环节一', position: 'upstream', order: 1 },
        });
        const { hits } = await store.search({ text: '环节二', limit: 5 });
        expect(hits.map((h) => h.key)).toContain(ns('bulk-s2'));
      });

      it('rolls back every chunk, restoring updated nodes and edges and removing created ones', async () => {
        await store.write([
          node('Occupation', 'bulk-o', { name_zh: '原职业', digital: false }),
          node('Competency', 'bulk-c', { name_zh: '原能力', dimension: 'skill' }),
          edge('REQUIRES', ref('Occupation', 'bulk-o'), ref('Competency', 'bulk-c'), {
            importance: 2,
          }),
        ]);
        const before = await store.stats();
        const exportBefore = await collect(store.exportAll());
        const session = await store.beginBulk();
        await session.write([
          upsert('Occupation', 'bulk-o', { name_zh: '改过的职业', green: true }),
          upsert('Competency', 'bulk-new', { name_zh: '新能力', dimension: 'knowledge' }),
        ]);
        await session.write([
          link('REQUIRES', ref('Occupation', 'bulk-o'), ref('Competency', 'bulk-c'), {
            importance: 5,
            level: 4,
          }),
          link('REQUIRES', ref('Occupation', 'bulk-o'), ref('Competency', 'bulk-new')),
          upsert('Competency', 'bulk-new', { name_en: 'New' }),
        ]);
        await session.rollback();
        expect(await store.stats()).toEqual(before);
        expect(await collect(store.exportAll())).toEqual(exportBefore);
        expect(await store.getNode(ref('Competency', 'bulk-new'))).toBeNull();
        // The session is over: more writes are refused, and ordinary writes go on.
        await expect(session.write([])).rejects.toThrow(/already/);
        await store.write([
          node('Competency', 'bulk-after', { name_zh: '之后', dimension: 'skill' }),
        ]);
        expect(await store.getNode(ref('Competency', 'bulk-after'))).not.toBeNull();
      });

      it('refuses an edge to a missing node without losing the session', async () => {
        const session = await store.beginBulk();
        await session.write([upsert('Chain', 'bulk-m', { name_zh: '链' })]);
        const failure = await session
          .write([
            upsert('Segment', 'bulk-m1', { name_zh: '环节', position: 'midstream' }),
            link('PART_OF', ref('Segment', 'bulk-m1'), ref('Chain', 'bulk-nowhere')),
          ])
          .catch((e: unknown) => e);
        expect(failure).toMatchObject({ name: 'MissingNodeError', opIndex: 1, field: 'to' });
        await session.commit();
        expect(await store.getNode(ref('Chain', 'bulk-m'))).not.toBeNull();
        // The failed call left none of its ops.
        expect(await store.getNode(ref('Segment', 'bulk-m1'))).toBeNull();
      });

      it('makes other writes wait until the session ends', async () => {
        const session = await store.beginBulk();
        const order: string[] = [];
        const other = store
          .write([node('Product', 'bulk-wait', { name_zh: '等待' })])
          .then(() => order.push('write'));
        await session.write([upsert('Product', 'bulk-first', { name_zh: '先' })]);
        await new Promise((resolve) => setTimeout(resolve, 50));
        order.push('commit');
        await session.commit();
        await other;
        expect(order).toEqual(['commit', 'write']);
      });
    });

    it('keeps everything across close and reopen', async () => {
      const before = await store.stats();
      const detail = await store.getEdge({
        rel: 'EMPLOYS',
        from: ref('Segment', 's1'),
        to: ref('Occupation', 't1'),
      });
      await store.close();
      store = await harness.open();
      expect(await store.stats()).toEqual(before);
      expect(
        await store.getEdge({
          rel: 'EMPLOYS',
          from: ref('Segment', 's1'),
          to: ref('Occupation', 't1'),
        }),
      ).toEqual(detail);
    });
  });
}
