/**
 * The embedded store keeps the rows neighbourhoods return in memory (row-cache.ts); an answer must
 * still show every committed change — a write through the store, a bulk batch, and a change
 * another process made to the same file — and never a row that is gone.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { NodeRef, Props } from '@chanjiao/graph-schema';
import type { UpsertOp } from '../src/store/port.ts';
import { EmbeddedStore } from '../src/store/embedded/index.ts';
import { RowCache } from '../src/store/embedded/row-cache.ts';
import { tempDir } from './helpers.ts';

const hub: NodeRef = { kind: 'Chain', key: 'hub' };
const segment = (key: string, name: string): UpsertOp => ({
  op: 'upsertNode',
  node: { kind: 'Segment', key, props: { name_zh: name, position: 'upstream' } },
  mode: 'merge',
});
const partOf = (key: string, props: Props = {}): UpsertOp => ({
  op: 'upsertEdge',
  edge: { rel: 'PART_OF', from: { kind: 'Segment', key }, to: hub, props },
  mode: 'merge',
});

async function names(store: EmbeddedStore) {
  const text = await store.neighbourhoodText({ center: hub, depth: 1, limit: 10 });
  return {
    nodes: text?.nodes.map((n) => `${n.key}=${String(JSON.parse(n.props).name_zh)}`),
    edges: text?.edges.map((e) => `${e.from.key}:${JSON.stringify(JSON.parse(e.props).weight)}`),
  };
}

describe('embedded neighbourhood row cache', () => {
  it('shows writes, bulk batches and another process’s changes made after a row was cached', async () => {
    const dataDir = tempDir('atlas-row-cache-');
    const store = EmbeddedStore.open({ dataDir });
    const other = EmbeddedStore.open({ dataDir });
    try {
      await store.write([
        { op: 'upsertNode', node: { ...hub, props: { name_zh: '链' } }, mode: 'merge' },
        segment('a', 'A1'),
        segment('b', 'B1'),
        partOf('a', { weight: 1 }),
        partOf('b'),
      ]);
      expect(await names(store)).toEqual({
        nodes: ['hub=链', 'a=A1', 'b=B1'],
        edges: ['a:1', 'b:undefined'],
      });
      // A write through the store.
      await store.write([segment('a', 'A2'), partOf('a', { weight: 2 })]);
      expect(await names(store)).toEqual({
        nodes: ['hub=链', 'a=A2', 'b=B1'],
        edges: ['a:2', 'b:undefined'],
      });
      // A bulk batch.
      const session = await store.beginBulk();
      await session.write([segment('b', 'B2')]);
      await session.commit();
      expect((await names(store)).nodes).toEqual(['hub=链', 'a=A2', 'b=B2']);
      // Another process writing to the same file, then deleting a node.
      await other.write([segment('a', 'A3'), partOf('a', { weight: 3 })]);
      expect(await names(store)).toEqual({
        nodes: ['hub=链', 'a=A3', 'b=B2'],
        edges: ['a:3', 'b:undefined'],
      });
      await other.write([{ op: 'removeNode', ref: { kind: 'Segment', key: 'b' } }]);
      expect(await names(store)).toEqual({ nodes: ['hub=链', 'a=A3'], edges: ['a:3'] });
    } finally {
      await other.close();
      await store.close();
    }
  });

  it('keeps within its budget, dropping the oldest rows first', () => {
    const cache = new RowCache<string>(10, (row) => row.length);
    cache.set(1, 'aaaa');
    cache.set(2, 'bbbb');
    cache.set(3, 'cccc');
    expect([cache.get(1), cache.get(2), cache.get(3)]).toEqual([undefined, 'bbbb', 'cccc']);
    expect(cache.count).toBe(2);
    cache.clear();
    expect(cache.get(2)).toBeUndefined();
  });

  it('holds what a plain first-in-first-out list would, over thousands of evictions', () => {
    // Long enough runs that the evicted ids are dropped from the order many times over.
    const op = fc.oneof(
      {
        weight: 3000,
        arbitrary: fc.record({ id: fc.nat(3_000), size: fc.integer({ min: 1, max: 9 }) }),
      },
      { weight: 1, arbitrary: fc.constant('clear' as const) },
    );
    fc.assert(
      fc.property(
        fc.array(op, { minLength: 2_000, maxLength: 6_000 }),
        fc.integer({ min: 5, max: 200 }),
        (ops, budget) => {
          const cache = new RowCache<string>(budget, (row) => row.length);
          let model: [number, string][] = [];
          for (const o of ops) {
            if (o === 'clear') {
              cache.clear();
              model = [];
              continue;
            }
            const row = 'x'.repeat(o.size);
            cache.set(o.id, row);
            if (!model.some(([id]) => id === o.id)) {
              model.push([o.id, row]);
              let size = model.reduce((n, [, r]) => n + r.length, 0);
              while (size > budget && model.length > 0) size -= model.shift()![1].length;
            }
          }
          expect(cache.count).toBe(model.length);
          for (const [id, row] of model) expect(cache.get(id)).toBe(row);
        },
      ),
      { numRuns: 40 },
    );
  });
});
