/**
 * The contract of the store port's `aggregate` and of `privateOf` on `countNeighbours`, part of
 * the store contract suite: nodes found through a semi-join, each once however many places they
 * are located in, grouped by kind, by property values (text only) and by the end of a path, with
 * sums of numeric properties, private records of other organisations neither counted nor walked
 * through. Expected numbers are counted by hand below.
 *
 * Chain K1 ⊃ segments S1, S2 and private SP (org-b); chain K2 ⊃ S3. City R ⊃ county R1 ∋ park P;
 * Z is elsewhere. Enterprises (tier, scale; located; segments):
 *   E1 little-giant, small; R; S1 S2 SP      E2 specialised, medium; P; S1 S3
 *   E3 —, micro; R and P; S2                 E4 innovative; Z; S1
 *   E5 specialised, private to org-a; R; S1  E6 tier 7 (a number); R1; —
 * Postings (period, headcount; located): Q1 2024, 5, R · Q2 2025, 7, P · Q3 2025, "3" (text), R ·
 * Q4 —, 2.5, R1 · Q5 2025, 100, Z.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { NodeRef } from '@chanjiao/graph-schema';
import type { AggregateGroup, AggregateQuery } from '../src/store/port.ts';
import type { ContractHelpers } from './store-contract-scoped.ts';

export function describeAggregates({ store, ns, ref, node, edge }: ContractHelpers): void {
  describe('aggregates', () => {
    const [K1, K2] = ['ag-k1', 'ag-k2'].map((k) => ref('Chain', k)) as [NodeRef, NodeRef];
    const [S1, S2, S3, SP] = ['ag-s1', 'ag-s2', 'ag-s3', 'ag-sp'].map((k) => ref('Segment', k)) as [
      NodeRef,
      NodeRef,
      NodeRef,
      NodeRef,
    ];
    const R = ref('Region', 'ag-city');
    const R1 = ref('Region', 'ag-county');
    const Z = ref('Region', 'ag-elsewhere');
    const P = ref('Park', 'ag-park');
    const E = [1, 2, 3, 4, 5, 6].map((i) => ref('Enterprise', `ag-e${i}`));
    const [E1, E2, E3, E4, E5, E6] = E as [NodeRef, NodeRef, NodeRef, NodeRef, NodeRef, NodeRef];
    const Q = [1, 2, 3, 4, 5].map((i) => ref('Posting', `ag-q${i}`));
    const [Q1, Q2, Q3, Q4, Q5] = Q as [NodeRef, NodeRef, NodeRef, NodeRef, NodeRef];
    const bare = (r: NodeRef) => r.key.slice(ns('').length);
    const located = { rels: ['LOCATED_IN' as const], direction: 'out' as const, to: [R, R1, P] };
    const toSegment = {
      rels: ['OPERATES_IN' as const],
      direction: 'out' as const,
      kinds: ['Segment' as const],
    };
    const toChain = {
      rels: ['PART_OF' as const],
      direction: 'out' as const,
      kinds: ['Chain' as const],
    };
    /** Groups as [kind, via key, values, count, sums] for short expectations. */
    const rows = (groups: AggregateGroup[]) =>
      groups.map((g) => [g.kind, g.via && bare(g.via), g.values, g.count, g.sums]);
    const aggregate = async (query: AggregateQuery) => rows(await store().aggregate(query));

    beforeAll(async () => {
      const enterprise = (r: NodeRef, props: Record<string, string | number>) =>
        node('Enterprise', bare(r), { name_zh: bare(r), ...props });
      const posting = (r: NodeRef, props: Record<string, string | number>) =>
        node('Posting', bare(r), { name_zh: bare(r), ...props });
      await store().write([
        node('Chain', 'ag-k1', { name_zh: '链一' }),
        node('Chain', 'ag-k2', { name_zh: '链二' }),
        ...[S1, S2, S3].map((s) => node('Segment', bare(s), { name_zh: bare(s) })),
        node('Segment', 'ag-sp', { name_zh: '私有', visibility: 'private', org: 'org-b' }),
        node('Region', 'ag-city', { name_zh: '城市', level: 'city' }),
        node('Region', 'ag-county', { name_zh: '区县', level: 'county' }),
        node('Region', 'ag-elsewhere', { name_zh: '别处', level: 'city' }),
        node('Park', 'ag-park', { name_zh: '园区' }),
        enterprise(E1, { tier: 'little-giant', scale: 'small' }),
        enterprise(E2, { tier: 'specialised', scale: 'medium' }),
        enterprise(E3, { scale: 'micro' }),
        enterprise(E4, { tier: 'innovative' }),
        enterprise(E5, { tier: 'specialised', visibility: 'private', org: 'org-a' }),
        enterprise(E6, { tier: 7 }),
        posting(Q1, { period: '2024', headcount: 5 }),
        posting(Q2, { period: '2025', headcount: 7 }),
        posting(Q3, { period: '2025', headcount: '3' }),
        posting(Q4, { headcount: 2.5 }),
        posting(Q5, { period: '2025', headcount: 100 }),
        ...[S1, S2, SP].map((s) => edge('PART_OF', s, K1)),
        edge('PART_OF', S3, K2),
        edge('PART_OF', R1, R),
        edge('LOCATED_IN', P, R1),
        ...(
          [
            [E1, R],
            [E2, P],
            [E3, R],
            [E3, P],
            [E4, Z],
            [E5, R],
            [E6, R1],
            [Q1, R],
            [Q2, P],
            [Q3, R],
            [Q4, R1],
            [Q5, Z],
          ] as const
        ).map(([from, to]) => edge('LOCATED_IN', from, to)),
        ...(
          [
            [E1, S1],
            [E1, S2],
            [E1, SP],
            [E2, S1],
            [E2, S3],
            [E3, S2],
            [E4, S1],
            [E5, S1],
          ] as const
        ).map(([from, to]) => edge('OPERATES_IN', from, to)),
      ]);
    });

    it('counts each node once by kind and text values, and sums numbers', async () => {
      const query: AggregateQuery = {
        kinds: ['Enterprise', 'Posting'],
        where: located,
        groupBy: ['tier', 'period'],
        sum: ['headcount'],
      };
      // E3 is located twice, E6's tier is a number, Q3's headcount text, Q4 has no period.
      expect(await aggregate(query)).toEqual([
        ['Enterprise', null, [null, null], 2, [0]],
        ['Enterprise', null, ['little-giant', null], 1, [0]],
        ['Enterprise', null, ['specialised', null], 2, [0]],
        ['Posting', null, [null, null], 1, [2.5]],
        ['Posting', null, [null, '2024'], 1, [5]],
        ['Posting', null, [null, '2025'], 2, [7]],
      ]);
      const specialised = async (privateOf: string[]) =>
        (await aggregate({ ...query, kinds: ['Enterprise'], privateOf })).find(
          (g) => (g[2] as unknown[])[0] === 'specialised',
        )?.[3];
      expect(await specialised([])).toBe(1);
      expect(await specialised(['org-x'])).toBe(1);
      expect(await specialised(['org-x', 'org-a'])).toBe(2);
    });

    it('groups by the end of a path, each counted node once per end', async () => {
      const bySegment: AggregateQuery = {
        kinds: ['Enterprise'],
        where: located,
        via: [toSegment],
        groupBy: ['tier'],
      };
      expect(await aggregate(bySegment)).toEqual([
        ['Enterprise', 'ag-s1', ['little-giant'], 1, []],
        ['Enterprise', 'ag-s1', ['specialised'], 2, []],
        ['Enterprise', 'ag-s2', [null], 1, []],
        ['Enterprise', 'ag-s2', ['little-giant'], 1, []],
        ['Enterprise', 'ag-s3', ['specialised'], 1, []],
        ['Enterprise', 'ag-sp', ['little-giant'], 1, []],
      ]);
      // Neither E5 nor the private segment for an anonymous reader.
      expect(await aggregate({ ...bySegment, privateOf: [] })).toEqual([
        ['Enterprise', 'ag-s1', ['little-giant'], 1, []],
        ['Enterprise', 'ag-s1', ['specialised'], 1, []],
        ['Enterprise', 'ag-s2', [null], 1, []],
        ['Enterprise', 'ag-s2', ['little-giant'], 1, []],
        ['Enterprise', 'ag-s3', ['specialised'], 1, []],
      ]);
      // E1 reaches K1 through three segments: counted once.
      const byChain: AggregateQuery = {
        kinds: ['Enterprise'],
        where: located,
        via: [toSegment, toChain],
      };
      expect(await aggregate(byChain)).toEqual([
        ['Enterprise', 'ag-k1', [], 4, []],
        ['Enterprise', 'ag-k2', [], 1, []],
      ]);
      expect(await aggregate({ ...byChain, privateOf: ['org-b'] })).toEqual([
        ['Enterprise', 'ag-k1', [], 3, []],
        ['Enterprise', 'ag-k2', [], 1, []],
      ]);
    });

    it('answers nothing when nothing can match', async () => {
      const base: AggregateQuery = { kinds: ['Enterprise'], where: located };
      expect(await store().aggregate({ ...base, kinds: [] })).toEqual([]);
      expect(await store().aggregate({ ...base, where: { ...located, to: [] } })).toEqual([]);
      expect(
        await store().aggregate({ ...base, where: { ...located, to: [ref('Region', 'ag-none')] } }),
      ).toEqual([]);
      expect(await store().aggregate({ ...base, kinds: ['Course'] })).toEqual([]);
    });

    it('leaves private records of other organisations out of neighbour counts', async () => {
      const query = {
        from: [S1, SP],
        rels: ['OPERATES_IN' as const],
        direction: 'in' as const,
        kinds: ['Enterprise' as const],
      };
      const counts = async (privateOf?: string[]) => {
        const answer = await store().countNeighbours({ ...query, ...(privateOf && { privateOf }) });
        return [answer.counts.map((c) => c.count), answer.distinct];
      };
      const expectCounts = async () => {
        expect(await counts()).toEqual([[4, 1], 4]);
        expect(await counts([])).toEqual([[3, 1], 3]);
        expect(await counts(['org-a'])).toEqual([[4, 1], 4]);
      };
      await expectCounts();
      // Again once a neighbourhood has been walked: a store may count on what the walk built.
      await store().neighbourhood({ center: S1, depth: 1, limit: 10 });
      await expectCounts();
    });
  });
}
