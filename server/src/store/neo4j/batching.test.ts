import { describe, expect, it } from 'vitest';
import type { Props } from '@chanjiao/graph-schema';
import type { WriteOp } from '../port.ts';
import { collapse, groupOps, orderForBatching } from './batching.ts';

const node = (
  kind: 'Chain' | 'Segment',
  key: string,
  mode: 'merge' | 'replace' = 'merge',
  props = {},
): WriteOp => ({
  op: 'upsertNode',
  node: { kind, key, props },
  mode,
});
const edge = (from: string, to: string): WriteOp => ({
  op: 'upsertEdge',
  edge: {
    rel: 'PART_OF',
    from: { kind: 'Segment', key: from },
    to: { kind: 'Chain', key: to },
    props: {},
  },
  mode: 'merge',
});

describe('batching', () => {
  it('buckets a run of upserts by kind, keeping the order within a kind', () => {
    const ops = [node('Chain', 'a'), node('Segment', 's'), node('Chain', 'b'), edge('s', 'a')];
    expect(orderForBatching(ops).map(([, i]) => i)).toEqual([0, 2, 1, 3]);
  });

  it('keeps a removal in its place between upserts', () => {
    const ops: WriteOp[] = [
      node('Chain', 'a'),
      { op: 'removeNode', ref: { kind: 'Chain', key: 'a' } },
      node('Chain', 'a'),
    ];
    expect(orderForBatching(ops).map(([, i]) => i)).toEqual([0, 1, 2]);
    expect(groupOps(orderForBatching(ops), 100).map((g) => g.op)).toEqual([
      'upsertNode',
      'removeNode',
      'upsertNode',
    ]);
  });

  it('keeps merge and replace of one node in their order', () => {
    const ops = [
      node('Chain', 'a', 'merge'),
      node('Chain', 'a', 'replace'),
      node('Chain', 'a', 'merge'),
    ];
    const groups = groupOps(orderForBatching(ops), 100);
    expect(groups.map((g) => (g.op === 'upsertNode' ? g.mode : ''))).toEqual([
      'merge',
      'replace',
      'merge',
    ]);
  });

  it('splits a long run into chunks', () => {
    const ops = Array.from({ length: 7 }, (_, i) => node('Chain', `c${i}`));
    expect(groupOps(orderForBatching(ops), 3).map((g) => g.rows.length)).toEqual([3, 3, 1]);
  });

  it('collapses rows of one entity at the first one’s place', () => {
    const rows: { i: number; key: string; props: Props }[] = [
      { i: 0, key: 'a', props: { x: 1, y: 1 } },
      { i: 1, key: 'b', props: {} },
      { i: 2, key: 'a', props: { y: 2 } },
    ];
    expect(collapse(rows, (r) => r.key, 'merge')).toEqual([
      { i: 0, key: 'a', props: { x: 1, y: 2 } },
      { i: 1, key: 'b', props: {} },
    ]);
    expect(collapse(rows, (r) => r.key, 'replace')[0]).toEqual({ i: 0, key: 'a', props: { y: 2 } });
  });
});
