/**
 * The contract of the store port's scoped reads (`expand`, `countNeighbours`), part of the store
 * contract suite: one hop from a set of nodes with kind filters, semi-joins, limits and counts
 * computed inside the store. A small chain, its enterprises and places, written under the run's
 * prefix, answered alike by every adapter.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { NodeKind, NodeRef, Props, RelType } from '@chanjiao/graph-schema';
import type { EdgeRow, GraphStore, WriteOp } from '../src/store/port.ts';

export interface ContractHelpers {
  store: () => GraphStore;
  ns: (key: string) => string;
  ref: (kind: NodeKind, key: string) => NodeRef;
  node: (kind: NodeKind, key: string, props: Props) => WriteOp;
  edge: (rel: RelType, from: NodeRef, to: NodeRef, props?: Props) => WriteOp;
}

export function describeScopedReads({ store, ns, ref, node, edge }: ContractHelpers): void {
  describe('scoped reads', () => {
    const K = ref('Chain', 'sc-chain');
    const S = [1, 2, 3].map((i) => ref('Segment', `sc-s${i}`));
    const [S1, S2, S3] = S as [NodeRef, NodeRef, NodeRef];
    const R = ref('Region', 'sc-city');
    const R1 = ref('Region', 'sc-county');
    const Z = ref('Region', 'sc-elsewhere');
    const P = ref('Park', 'sc-park');
    const E = [1, 2, 3, 4, 5].map((i) => ref('Enterprise', `sc-e${i}`));
    const [E1, E2, E3, E4] = E as [NodeRef, NodeRef, NodeRef, NodeRef];
    const O1 = ref('Occupation', 'sc-o1');
    const O2 = ref('Occupation', 'sc-o2');
    const C1 = ref('Competency', 'sc-c1');
    const short = (r: NodeRef) => `${r.kind}:${r.key.slice(ns('').length)}`;
    const edgeText = (e: EdgeRow) => `${e.rel} ${short(e.from)}→${short(e.to)}`;
    const big = 1_000_000;

    beforeAll(async () => {
      await store().write([
        node('Chain', 'sc-chain', { name_zh: '范围链' }),
        ...S.map((s, i) =>
          node('Segment', s.key.slice(ns('').length), {
            name_zh: `环节${i + 1}`,
            position: 'midstream',
            order: i + 1,
          }),
        ),
        node('Region', 'sc-city', { name_zh: '城市', level: 'city' }),
        node('Region', 'sc-county', { name_zh: '区县', level: 'county' }),
        node('Region', 'sc-elsewhere', { name_zh: '别处', level: 'city' }),
        node('Park', 'sc-park', { name_zh: '园区' }),
        ...E.map((_, i) => node('Enterprise', `sc-e${i + 1}`, { name_zh: `企业${i + 1}` })),
        node('Occupation', 'sc-o1', { name_zh: '职业一', name_en: 'Occupation one' }),
        node('Occupation', 'sc-o2', { name_zh: '职业二' }),
        node('Competency', 'sc-c1', { name_zh: '能力一', dimension: 'skill' }),
        ...S.map((s) => edge('PART_OF', s, K)),
        edge('PART_OF', R1, R),
        edge('LOCATED_IN', P, R1),
        edge('OPERATES_IN', E1, S1, { revenueShare: 0.6 }),
        edge('OPERATES_IN', E1, S2, { revenueShare: 0.4 }),
        edge('OPERATES_IN', E2, S1),
        edge('OPERATES_IN', E3, S2),
        edge('OPERATES_IN', E4, S3),
        edge('LOCATED_IN', E1, R),
        edge('LOCATED_IN', E2, P),
        edge('LOCATED_IN', E3, Z),
        edge('EMPLOYS', S1, O1, { demand: 10 }),
        edge('REQUIRES', O1, C1, { importance: 4, level: 3, essential: true }),
        edge('SAME_AS', O2, O1, { score: 0.9 }),
        edge('BROADER_MATCH', O2, O1),
      ]);
    });

    it('reads the nodes that exist among those asked for, each once, sorted', async () => {
      const nodes = await store().getNodes([O1, K, ref('Chain', 'sc-none'), K]);
      expect(nodes).toEqual([
        { kind: 'Chain', key: K.key, props: { name_zh: '范围链' } },
        {
          kind: 'Occupation',
          key: O1.key,
          props: { name_zh: '职业一', name_en: 'Occupation one' },
        },
      ]);
      expect(await store().getNodes([])).toEqual([]);
    });

    it('expands one hop out with the other ends’ properties and the relationships’ own', async () => {
      const hop = await store().expand({
        from: [S1],
        rels: ['EMPLOYS'],
        direction: 'out',
        limit: big,
      });
      expect(hop.nodes).toEqual([
        {
          kind: 'Occupation',
          key: O1.key,
          props: { name_zh: '职业一', name_en: 'Occupation one' },
        },
      ]);
      expect(hop.edges).toEqual([{ rel: 'EMPLOYS', from: S1, to: O1, props: { demand: 10 } }]);
    });

    it('expands inwards keeping each relationship’s stored direction, sorted', async () => {
      const hop = await store().expand({
        from: [K],
        rels: ['PART_OF'],
        direction: 'in',
        kinds: ['Segment'],
        limit: big,
      });
      expect(hop.nodes.map(short)).toEqual(['Segment:sc-s1', 'Segment:sc-s2', 'Segment:sc-s3']);
      expect(hop.nodes[0]?.props).toEqual({ name_zh: '环节1', position: 'midstream', order: 1 });
      expect(hop.edges.map(edgeText)).toEqual([
        'PART_OF Segment:sc-s1→Chain:sc-chain',
        'PART_OF Segment:sc-s2→Chain:sc-chain',
        'PART_OF Segment:sc-s3→Chain:sc-chain',
      ]);
    });

    it('lists a node reached from several starts once, with every relationship to it', async () => {
      const hop = await store().expand({
        from: [S2, S1, S1, ref('Segment', 'sc-nowhere')],
        rels: ['OPERATES_IN'],
        direction: 'in',
        limit: big,
      });
      expect(hop.nodes.map(short)).toEqual([
        'Enterprise:sc-e1',
        'Enterprise:sc-e2',
        'Enterprise:sc-e3',
      ]);
      expect(hop.edges.map(edgeText)).toEqual([
        'OPERATES_IN Enterprise:sc-e1→Segment:sc-s1',
        'OPERATES_IN Enterprise:sc-e1→Segment:sc-s2',
        'OPERATES_IN Enterprise:sc-e2→Segment:sc-s1',
        'OPERATES_IN Enterprise:sc-e3→Segment:sc-s2',
      ]);
      expect(hop.edges[0]?.props).toEqual({ revenueShare: 0.6 });
      expect(hop.edges[2]?.props).toEqual({});
    });

    it('follows several types at once and filters the other end by kind', async () => {
      const both = await store().expand({
        from: [S1],
        rels: ['EMPLOYS', 'PART_OF'],
        direction: 'out',
        limit: big,
      });
      expect(both.nodes.map(short)).toEqual(['Chain:sc-chain', 'Occupation:sc-o1']);
      const chainsOnly = await store().expand({
        from: [S1],
        rels: ['EMPLOYS', 'PART_OF'],
        direction: 'out',
        kinds: ['Chain', 'Program'],
        limit: big,
      });
      expect(chainsOnly.edges.map(edgeText)).toEqual(['PART_OF Segment:sc-s1→Chain:sc-chain']);
      const mapped = await store().expand({
        from: [O1],
        rels: ['SAME_AS', 'BROADER_MATCH'],
        direction: 'in',
        limit: big,
      });
      expect(mapped.nodes.map(short)).toEqual(['Occupation:sc-o2']);
      expect(mapped.edges.map(edgeText)).toEqual([
        'BROADER_MATCH Occupation:sc-o2→Occupation:sc-o1',
        'SAME_AS Occupation:sc-o2→Occupation:sc-o1',
      ]);
      expect(mapped.edges[1]?.props).toEqual({ score: 0.9 });
    });

    it('filters by a rare kind alike, walked from either side', async () => {
      // One segment among 41 employers of an occupation, and among what 40 enterprises are
      // located in or operate in: a store may walk these from the few nodes of the kind.
      const O3 = ref('Occupation', 'sc-o3');
      const S9 = ref('Segment', 'sc-s9');
      const Y = ref('Region', 'sc-far');
      const F = Array.from({ length: 40 }, (_, i) => ref('Enterprise', `sc-f${i + 1}`));
      await store().write([
        node('Occupation', 'sc-o3', { name_zh: '职业三' }),
        node('Segment', 'sc-s9', { name_zh: '环节9' }),
        node('Region', 'sc-far', { name_zh: '远处', level: 'city' }),
        ...F.map((_, i) => node('Enterprise', `sc-f${i + 1}`, { name_zh: `远企${i + 1}` })),
        edge('EMPLOYS', S9, O3, { demand: 2 }),
        ...F.map((f) => edge('EMPLOYS', f, O3)),
        ...F.map((f) => edge('LOCATED_IN', f, Y)),
        edge('OPERATES_IN', F[0]!, S9),
      ]);
      const segments = await store().expand({
        from: [O3],
        rels: ['EMPLOYS'],
        direction: 'in',
        kinds: ['Segment'],
        limit: big,
      });
      expect(segments.nodes).toEqual([
        { kind: 'Segment', key: S9.key, props: { name_zh: '环节9' } },
      ]);
      expect(segments.edges).toEqual([{ rel: 'EMPLOYS', from: S9, to: O3, props: { demand: 2 } }]);
      const employers = await store().expand({
        from: [O3],
        rels: ['EMPLOYS'],
        direction: 'in',
        kinds: ['Enterprise', 'Segment'],
        props: false,
        limit: big,
      });
      expect(employers.edges).toHaveLength(41);
      const out = await store().expand({
        from: F,
        rels: ['LOCATED_IN', 'OPERATES_IN'],
        direction: 'out',
        kinds: ['Segment'],
        props: false,
        limit: big,
      });
      expect(out.nodes).toEqual([{ kind: 'Segment', key: S9.key, props: {} }]);
      expect(out.edges.map(edgeText)).toEqual(['OPERATES_IN Enterprise:sc-f1→Segment:sc-s9']);
      const tooMany = await store()
        .expand({ from: [O3], rels: ['EMPLOYS'], direction: 'in', kinds: ['Segment'], limit: 0 })
        .catch((e: unknown) => e);
      expect((tooMany as Error).name).toBe('LimitExceededError');
    });

    it('lists a start node reached from another start among the nodes', async () => {
      const hop = await store().expand({
        from: [S1, K],
        rels: ['PART_OF'],
        direction: 'out',
        limit: big,
      });
      expect(hop.nodes.map(short)).toEqual(['Chain:sc-chain']);
      expect(hop.edges.map(edgeText)).toEqual(['PART_OF Segment:sc-s1→Chain:sc-chain']);
    });

    it('keeps only other ends related to a target set (a semi-join), in either direction', async () => {
      const local = await store().expand({
        from: S,
        rels: ['OPERATES_IN'],
        direction: 'in',
        kinds: ['Enterprise'],
        where: { rels: ['LOCATED_IN'], direction: 'out', to: [R, R1, P] },
        limit: big,
      });
      expect(local.nodes.map(short)).toEqual(['Enterprise:sc-e1', 'Enterprise:sc-e2']);
      expect(local.edges.map(edgeText)).toEqual([
        'OPERATES_IN Enterprise:sc-e1→Segment:sc-s1',
        'OPERATES_IN Enterprise:sc-e1→Segment:sc-s2',
        'OPERATES_IN Enterprise:sc-e2→Segment:sc-s1',
      ]);
      // The same filter from one segment (fewer relationships there than at the targets).
      const one = await store().expand({
        from: [S1],
        rels: ['OPERATES_IN'],
        direction: 'in',
        where: { rels: ['LOCATED_IN'], direction: 'out', to: [R, R1, P] },
        limit: big,
      });
      expect(one.edges.map(edgeText)).toEqual([
        'OPERATES_IN Enterprise:sc-e1→Segment:sc-s1',
        'OPERATES_IN Enterprise:sc-e2→Segment:sc-s1',
      ]);
      // Regions below the city that hold the park: the filter looks at what arrives at them.
      const withPark = await store().expand({
        from: [R, Z],
        rels: ['PART_OF'],
        direction: 'in',
        where: { rels: ['LOCATED_IN'], direction: 'in', to: [P, E1] },
        limit: big,
      });
      expect(withPark.nodes.map(short)).toEqual(['Region:sc-county']);
      const nothing = await store().expand({
        from: S,
        rels: ['OPERATES_IN'],
        direction: 'in',
        where: { rels: ['LOCATED_IN'], direction: 'out', to: [] },
        limit: big,
      });
      expect(nothing).toEqual({ nodes: [], edges: [] });
    });

    it('walks a semi-join back from few targets to many start nodes of two kinds', async () => {
      // 20 competencies and a task as starts, required (performed) by four occupations: 82
      // relationships there; the one target segment employs two of them: 2 there.
      const C = Array.from({ length: 20 }, (_, i) =>
        ref('Competency', `sb-c${String(i).padStart(2, '0')}`),
      );
      const O = [1, 2, 3, 4].map((i) => ref('Occupation', `sb-o${i}`));
      const task = ref('Task', 'sb-task');
      const segment = ref('Segment', 'sb-seg');
      await store().write([
        ...C.map((c) =>
          node('Competency', c.key.slice(ns('').length), { name_zh: c.key, dimension: 'skill' }),
        ),
        ...O.map((o) => node('Occupation', o.key.slice(ns('').length), { name_zh: o.key })),
        node('Task', 'sb-task', { name_zh: '任务' }),
        node('Segment', 'sb-seg', { name_zh: '环节', position: 'midstream', order: 1 }),
        ...O.flatMap((o) => C.map((c) => edge('REQUIRES', o, c, { importance: 3 }))),
        edge('PERFORMS', O[0]!, task),
        edge('PERFORMS', O[2]!, task),
        edge('EMPLOYS', segment, O[0]!),
        edge('EMPLOYS', segment, O[1]!),
      ]);
      const employed = await store().expand({
        from: [task, ...C],
        rels: ['REQUIRES', 'PERFORMS'],
        direction: 'in',
        kinds: ['Occupation'],
        where: { rels: ['EMPLOYS'], direction: 'in', to: [segment] },
        props: false,
        limit: big,
      });
      expect(employed.nodes.map(short)).toEqual(['Occupation:sb-o1', 'Occupation:sb-o2']);
      expect(employed.edges.map(edgeText)).toEqual([
        'PERFORMS Occupation:sb-o1→Task:sb-task',
        ...C.map((c) => `REQUIRES Occupation:sb-o1→${short(c)}`),
        ...C.map((c) => `REQUIRES Occupation:sb-o2→${short(c)}`),
      ]);
      expect(
        employed.edges.filter((e) => e.rel === 'REQUIRES').every((e) => e.props.importance === 3),
      ).toBe(true);
    });

    it('leaves properties out when asked, keeping the relationships’ own', async () => {
      const hop = await store().expand({
        from: [O1],
        rels: ['REQUIRES'],
        direction: 'out',
        props: false,
        limit: big,
      });
      expect(hop.nodes).toEqual([{ kind: 'Competency', key: C1.key, props: {} }]);
      expect(hop.edges[0]?.props).toEqual({ importance: 4, level: 3, essential: true });
    });

    it('answers nothing for no start, no type or unknown starts', async () => {
      const empty = { nodes: [], edges: [] };
      expect(
        await store().expand({ from: [], rels: ['PART_OF'], direction: 'in', limit: 5 }),
      ).toEqual(empty);
      expect(await store().expand({ from: [K], rels: [], direction: 'in', limit: 5 })).toEqual(
        empty,
      );
      expect(
        await store().expand({
          from: [ref('Chain', 'sc-none')],
          rels: ['PART_OF'],
          direction: 'in',
          limit: 5,
        }),
      ).toEqual(empty);
    });

    it('refuses, returning nothing, more relationships than the limit', async () => {
      const query = { from: S, rels: ['OPERATES_IN'] as RelType[], direction: 'in' as const };
      expect((await store().expand({ ...query, limit: 5 })).edges).toHaveLength(5);
      const failure = await store()
        .expand({ ...query, limit: 4 })
        .catch((e: unknown) => e);
      expect((failure as Error).name).toBe('LimitExceededError');
    });

    it('counts distinct other ends per start node and over all of them', async () => {
      const all = await store().countNeighbours({
        from: [S3, S1, S2, ref('Segment', 'sc-nowhere')],
        rels: ['OPERATES_IN'],
        direction: 'in',
        kinds: ['Enterprise'],
      });
      expect(all.counts.map((c) => [short(c.node), c.count])).toEqual([
        ['Segment:sc-nowhere', 0],
        ['Segment:sc-s1', 2],
        ['Segment:sc-s2', 2],
        ['Segment:sc-s3', 1],
      ]);
      // E1 operates in two segments: the chain has four distinct enterprises, not five.
      expect(all.distinct).toBe(4);
      const local = await store().countNeighbours({
        from: S,
        rels: ['OPERATES_IN'],
        direction: 'in',
        where: { rels: ['LOCATED_IN'], direction: 'out', to: [R, R1, P] },
      });
      expect(local.counts.map((c) => c.count)).toEqual([2, 1, 0]);
      expect(local.distinct).toBe(2);
      const twoTypes = await store().countNeighbours({
        from: [O1],
        rels: ['SAME_AS', 'BROADER_MATCH'],
        direction: 'in',
      });
      expect(twoTypes).toEqual({ counts: [{ node: O1, count: 1 }], distinct: 1 });
      const none = await store().countNeighbours({
        from: [K],
        rels: ['PART_OF'],
        direction: 'out',
      });
      expect(none).toEqual({ counts: [{ node: K, count: 0 }], distinct: 0 });
    });

    it('answers a hop of hundreds of relationships whole and in order, from starts of several kinds', async () => {
      // More than an answer row of the Neo4j adapter holds (cypher/scoped.ts), so the answer
      // comes in several parts that must be put together again.
      const M = [1, 2].map((i) => ref('Occupation', `sc-many-o${i}`));
      const [M1, M2] = M as [NodeRef, NodeRef];
      const C = Array.from({ length: 260 }, (_, i) =>
        ref('Competency', `sc-many-c${String(i).padStart(3, '0')}`),
      );
      await store().write([
        ...M.map((m) => node('Occupation', m.key.slice(ns('').length), { name_zh: m.key })),
        ...C.map((c, i) =>
          node('Competency', c.key.slice(ns('').length), {
            name_zh: `能力${i}`,
            dimension: 'skill',
          }),
        ),
        ...C.map((c, i) =>
          edge('REQUIRES', M2, c, { importance: (i % 5) + 1, essential: i % 2 === 0 }),
        ),
        ...C.filter((_, i) => i % 2).map((c) => edge('REQUIRES', M1, c, { importance: 2 })),
        edge('LOCATED_IN', M1, R),
      ]);
      const hop = await store().expand({
        from: [P, M2, M1],
        rels: ['REQUIRES', 'LOCATED_IN'],
        direction: 'out',
        limit: big,
      });
      expect(hop.nodes.map(short)).toEqual([...C.map(short), 'Region:sc-city', 'Region:sc-county']);
      expect(hop.nodes[7]?.props).toEqual({ name_zh: '能力7', dimension: 'skill' });
      expect(hop.edges).toHaveLength(260 + 130 + 2);
      expect(hop.edges.map(edgeText)).toEqual([
        'LOCATED_IN Occupation:sc-many-o1→Region:sc-city',
        'LOCATED_IN Park:sc-park→Region:sc-county',
        ...C.filter((_, i) => i % 2).map((c) => `REQUIRES Occupation:sc-many-o1→${short(c)}`),
        ...C.map((c) => `REQUIRES Occupation:sc-many-o2→${short(c)}`),
      ]);
      expect(hop.edges.at(-1)?.props).toEqual({ importance: 5, essential: false });
      const failure = await store()
        .expand({ from: [M2, M1], rels: ['REQUIRES'], direction: 'out', limit: 389 })
        .catch((e: unknown) => e);
      expect((failure as Error).name).toBe('LimitExceededError');
      // A projection of a whole kind comes in parts as well.
      const whole = await store().projection({ kinds: ['Competency'], rels: [], maxNodes: big });
      const many = whole.nodes.filter((n) => n.key.startsWith(ns('sc-many-')));
      expect(many.map(short)).toEqual(C.map(short));
      expect(many[259]?.props).toEqual({ name_zh: '能力259', dimension: 'skill' });
      // Without properties: the same nodes, in the same order, each with empty props.
      const bare = await store().projection({
        kinds: ['Competency'],
        rels: [],
        maxNodes: big,
        props: false,
      });
      expect(bare.nodes.map(short)).toEqual(whole.nodes.map(short));
      expect(bare.nodes.every((n) => Object.keys(n.props).length === 0)).toBe(true);
    });
  });
}
