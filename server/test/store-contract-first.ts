/**
 * The contract of the store port's `firstNodes`, part of the store contract suite: the first nodes
 * of a kind by key, with or without a semi-join, scanned in key order or collected from the
 * targets, private nodes of other organisations left out — answered alike by every adapter.
 */
import { describe, expect, it } from 'vitest';
import type { NodeRef, RelType } from '@chanjiao/graph-schema';
import type { ContractHelpers } from './store-contract-scoped.ts';

export function describeFirstNodes({ store, ns, ref, node, edge }: ContractHelpers): void {
  describe('first nodes by key', () => {
    const short = (r: NodeRef) => `${r.kind}:${r.key.slice(ns('').length)}`;

    it('lists the first nodes of a kind by key, with how many there are', async () => {
      await store().write([
        node('Segment', 'sc-first-seg', { name_zh: '环节甲', position: 'upstream', order: 1 }),
      ]);
      const stats = await store().stats();
      const all = await store().firstNodes({ kind: 'Segment', limit: 100_000 });
      expect(all.total).toBe(stats.byKind.Segment);
      expect(all.nodes).toHaveLength(all.total);
      const keys = all.nodes.map((n) => n.key);
      expect(keys).toEqual([...keys].sort());
      expect(all.nodes.find((n) => n.key === ns('sc-first-seg'))?.props).toEqual({
        name_zh: '环节甲',
        position: 'upstream',
        order: 1,
      });
      const two = await store().firstNodes({ kind: 'Segment', limit: 2 });
      expect(two).toEqual({ nodes: all.nodes.slice(0, 2), total: all.total });
    });

    it('lists the first nodes passing a semi-join, scanned by key or collected from the targets', async () => {
      const many = ref('Region', 'sc-many');
      const few = ref('Region', 'sc-few');
      const G = Array.from({ length: 30 }, (_, i) =>
        ref('Enterprise', `sc-g${String(i + 1).padStart(2, '0')}`),
      );
      await store().write([
        node('Region', 'sc-many', { name_zh: '多处', level: 'city' }),
        node('Region', 'sc-few', { name_zh: '少处', level: 'city' }),
        ...G.map((g) =>
          node('Enterprise', g.key.slice(ns('').length), { name_zh: g.key.slice(-2) }),
        ),
        node('Enterprise', 'sc-h1', { name_zh: '公开一' }),
        node('Enterprise', 'sc-h2', { name_zh: '私有', visibility: 'private', org: 'org-x' }),
        node('Enterprise', 'sc-h3', { name_zh: '公开三' }),
        ...G.map((g) => edge('LOCATED_IN', g, many)),
        ...['sc-h1', 'sc-h2', 'sc-h3'].map((k) => edge('LOCATED_IN', ref('Enterprise', k), few)),
        edge('LOCATED_IN', ref('Enterprise', 'sc-h3'), many),
      ]);
      const located = (to: NodeRef[]) => ({
        rels: ['LOCATED_IN'] as RelType[],
        direction: 'out' as const,
        to,
      });
      // 31 of the kind's nodes pass: the first ones are found scanning the kind by key.
      const head = await store().firstNodes({
        kind: 'Enterprise',
        where: located([many]),
        limit: 3,
      });
      expect(head.total).toBe(31);
      expect(head.nodes.map(short)).toEqual([
        'Enterprise:sc-g01',
        'Enterprise:sc-g02',
        'Enterprise:sc-g03',
      ]);
      expect(head.nodes[0]?.props).toEqual({ name_zh: '01' });
      // 3 pass: collected from the region and sorted.
      const small = await store().firstNodes({
        kind: 'Enterprise',
        where: located([few]),
        limit: 2,
      });
      expect(small.total).toBe(3);
      expect(small.nodes.map(short)).toEqual(['Enterprise:sc-h1', 'Enterprise:sc-h2']);
      // Both regions, a node in both counted once; a private node of another organisation left out.
      const both = await store().firstNodes({
        kind: 'Enterprise',
        where: located([few, many]),
        limit: 100,
        privateOf: ['org-y'],
      });
      expect(both.total).toBe(32);
      expect(both.nodes.map(short)).toEqual([
        ...G.map(short),
        'Enterprise:sc-h1',
        'Enterprise:sc-h3',
      ]);
      const own = await store().firstNodes({
        kind: 'Enterprise',
        where: located([few]),
        limit: 5,
        privateOf: ['org-x'],
      });
      expect(own.nodes.map(short)).toEqual([
        'Enterprise:sc-h1',
        'Enterprise:sc-h2',
        'Enterprise:sc-h3',
      ]);
      const none = await store().firstNodes({ kind: 'Enterprise', where: located([]), limit: 5 });
      expect(none).toEqual({ nodes: [], total: 0 });
      const elsewhere = await store().firstNodes({
        kind: 'Segment',
        where: located([few]),
        limit: 5,
      });
      expect(elsewhere).toEqual({ nodes: [], total: 0 });
    });
  });
}
