/**
 * The contract of the store port's `countRelationships`, part of the store contract suite: a
 * hop's relationships per start node, grouped by their properties' values — numbers, booleans
 * and text kept, anything else null — with the kind filter, the semi-join and private nodes of
 * other organisations applied as `countNeighbours` applies them, answered alike by every adapter.
 */
import { describe, expect, it } from 'vitest';
import type { RelType } from '@chanjiao/graph-schema';
import type { ContractHelpers } from './store-contract-scoped.ts';

export function describeRelationshipGroups({ store, ns, ref, node, edge }: ContractHelpers): void {
  describe('relationships grouped by their properties', () => {
    const requires = ['REQUIRES'] as RelType[];
    const o1 = ref('Occupation', 'rg-o1');
    const o2 = ref('Occupation', 'rg-o2');
    const o3 = ref('Occupation', 'rg-o3');
    const c = (i: number) => ref('Competency', `rg-c${i}`);

    it('counts each start node’s relationships by the values of the properties asked for', async () => {
      await store().write([
        ...[o1, o2, o3].map((o, i) =>
          node('Occupation', o.key.slice(ns('').length), { name_zh: `职业${i + 1}` }),
        ),
        ...[1, 2, 3, 4, 5, 6].map((i) =>
          node('Competency', `rg-c${i}`, {
            name_zh: `能力${i}`,
            dimension: 'skill',
            ...(i === 6 && { visibility: 'private', org: 'org-x' }),
          }),
        ),
        node('Task', 'rg-t1', { name_zh: '任务' }),
        edge('REQUIRES', o1, c(1), { importance: 4, essential: true }),
        edge('REQUIRES', o1, c(2), { importance: 4, essential: true }),
        edge('REQUIRES', o1, c(3), { importance: 2.5 }),
        edge('REQUIRES', o1, c(4), { essential: false }),
        edge('REQUIRES', o1, c(5), { level: 3 }),
        edge('REQUIRES', o1, c(6), { importance: 4, essential: true }),
        edge('REQUIRES', o2, c(1), { importance: 5 }),
        edge('PERFORMS', o1, ref('Task', 'rg-t1')),
      ]);
      const groups = await store().countRelationships({
        from: [o3, o2, o1, ref('Occupation', 'rg-missing')],
        rels: requires,
        direction: 'out',
        kinds: ['Competency'],
        groupBy: ['importance', 'essential', 'missing'],
      });
      // Sorted by start node, then values (null first, then booleans, numbers, text).
      expect(groups).toEqual([
        { node: o1, values: [null, null, null], count: 1 },
        { node: o1, values: [null, false, null], count: 1 },
        { node: o1, values: [2.5, null, null], count: 1 },
        { node: o1, values: [4, true, null], count: 3 },
        { node: o2, values: [5, null, null], count: 1 },
      ]);
      // A reader of another organisation does not count the private competency; of its own, does.
      const hidden = await store().countRelationships({
        from: [o1],
        rels: requires,
        direction: 'out',
        groupBy: ['essential'],
        privateOf: ['org-y'],
      });
      expect(hidden).toEqual([
        { node: o1, values: [null], count: 2 },
        { node: o1, values: [false], count: 1 },
        { node: o1, values: [true], count: 2 },
      ]);
      const own = await store().countRelationships({
        from: [o1],
        rels: requires,
        direction: 'out',
        groupBy: ['essential'],
        privateOf: ['org-x'],
      });
      expect(own.at(-1)).toEqual({ node: o1, values: [true], count: 3 });
      // Incoming, several types, no grouping property: one group per start node.
      const into = await store().countRelationships({
        from: [ref('Task', 'rg-t1'), c(1), c(2), c(5)],
        rels: ['REQUIRES', 'PERFORMS'],
        direction: 'in',
        groupBy: [],
      });
      expect(into).toEqual([
        { node: c(1), values: [], count: 2 },
        { node: c(2), values: [], count: 1 },
        { node: c(5), values: [], count: 1 },
        { node: ref('Task', 'rg-t1'), values: [], count: 1 },
      ]);
    });

    it('applies the kind filter and the semi-join, and answers nothing for an empty hop', async () => {
      // rg-o2 requires rg-c1, so a semi-join to rg-o2 keeps the competencies it requires.
      const shared = await store().countRelationships({
        from: [o1],
        rels: requires,
        direction: 'out',
        where: { rels: requires, direction: 'in', to: [o2] },
        groupBy: ['importance'],
      });
      expect(shared).toEqual([{ node: o1, values: [4], count: 1 }]);
      const tasks = await store().countRelationships({
        from: [o1],
        rels: ['REQUIRES', 'PERFORMS'],
        direction: 'out',
        kinds: ['Task'],
        groupBy: ['importance'],
      });
      expect(tasks).toEqual([{ node: o1, values: [null], count: 1 }]);
      for (const empty of [
        { from: [], rels: requires },
        { from: [o1], rels: [] },
        { from: [ref('Occupation', 'rg-missing')], rels: requires },
      ])
        expect(
          await store().countRelationships({ ...empty, direction: 'out', groupBy: ['importance'] }),
        ).toEqual([]);
      expect(
        await store().countRelationships({
          from: [o1],
          rels: requires,
          direction: 'out',
          where: { rels: requires, direction: 'in', to: [] },
          groupBy: [],
        }),
      ).toEqual([]);
    });
  });
}
