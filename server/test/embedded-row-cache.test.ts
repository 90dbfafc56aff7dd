/**
 * The embedded store keeps the rows neighbourhoods return, and whole answers, in memory
 * (row-cache.ts); an answer must still show every committed change — a write through the store,
 * a bulk batch, and a change another process made to the same file — and never a row that is gone.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { NodeRef, Props } from '@chanjiao/graph-schema';
import type { UpsertOp } from '../src/store/port.ts';
import { EmbeddedStore } from '../src/store/embedded/index.ts';
import { RowCache } from '../src/store/embedded/row-cache.ts';
import { everything, type ReadScope } from '../src/trust/scope.ts';
import { scopedStore } from '../src/trust/scoped-store.ts';
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

  it('answers a neighbourhood asked again before a commit with the same answer', async () => {
    const store = EmbeddedStore.open({ dataDir: tempDir('atlas-answer-cache-') });
    try {
      await store.write([
        { op: 'upsertNode', node: { ...hub, props: { name_zh: '链' } }, mode: 'merge' },
        segment('a', 'A1'),
        partOf('a'),
      ]);
      const query = { center: hub, depth: 1, limit: 10 };
      const first = await store.neighbourhoodText(query);
      expect(await store.neighbourhoodText(query)).toBe(first);
      // Another depth or limit is another question.
      expect(await store.neighbourhoodText({ ...query, limit: 11 })).not.toBe(first);
      await store.write([segment('b', 'B1'), partOf('b')]);
      const after = await store.neighbourhoodText(query);
      expect(after).not.toBe(first);
      expect(after?.nodes.map((n) => n.key)).toEqual(['hub', 'a', 'b']);
      expect(first?.nodes.map((n) => n.key)).toEqual(['hub', 'a']);
    } finally {
      await store.close();
    }
  });

  it('filters a kept answer for each reader without changing it', async () => {
    const store = EmbeddedStore.open({ dataDir: tempDir('atlas-answer-scope-') });
    try {
      await store.write([
        { op: 'upsertNode', node: { ...hub, props: { name_zh: '链' } }, mode: 'merge' },
        segment('open', '公开'),
        {
          op: 'upsertNode',
          node: {
            kind: 'Segment',
            key: 'closed',
            props: { name_zh: '保密', position: 'upstream', visibility: 'private', org: 'o1' },
          },
          mode: 'merge',
        },
        partOf('open'),
        partOf('closed'),
      ]);
      const query = { center: hub, depth: 1, limit: 10 };
      const keys = async (scope: ReadScope) =>
        (await scopedStore(store, scope).neighbourhoodText!(query))?.nodes.map((n) => n.key);
      // An administrator first: the whole answer is kept.
      expect(await keys(everything)).toEqual(['hub', 'closed', 'open']);
      expect(await keys({ all: false, organisations: [] })).toEqual(['hub', 'open']);
      expect(await keys({ all: false, organisations: ['o2'] })).toEqual(['hub', 'open']);
      expect(await keys({ all: false, organisations: ['o1'] })).toEqual(['hub', 'closed', 'open']);
      expect(await keys(everything)).toEqual(['hub', 'closed', 'open']);
    } finally {
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
