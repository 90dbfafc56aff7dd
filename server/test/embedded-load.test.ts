/**
 * A bulk session into an empty embedded store is a load: it writes without indexes and inserts
 * its new rows many at a time. What it leaves must be what the same writes leave on a store that
 * is not empty (row by row, through the indexes): the same records, counts and search answers —
 * with repeats that merge into rows still waiting to be inserted, and a failed call that leaves
 * none of its rows.
 */
import { describe, expect, it } from 'vitest';
import type { NodeRef } from '@chanjiao/graph-schema';
import type { GraphStore, UpsertOp } from '../src/store/port.ts';
import { EmbeddedStore } from '../src/store/embedded/index.ts';
import { rowsPerStatement } from '../src/store/embedded/row-buffer.ts';
import { tempDir } from './helpers.ts';

const ref = (kind: NodeRef['kind'], key: string): NodeRef => ({ kind, key });
const node = (kind: NodeRef['kind'], key: string, props: Record<string, string | number>) =>
  ({ op: 'upsertNode', node: { kind, key, props }, mode: 'merge' }) as UpsertOp;
const partOf = (segment: string, chain: string, props: Record<string, number> = {}) =>
  ({
    op: 'upsertEdge',
    edge: { rel: 'PART_OF', from: ref('Segment', segment), to: ref('Chain', chain), props },
    mode: 'merge',
  }) as UpsertOp;

/** More segments than one multi-row statement holds, so full statements and a rest are written. */
const segments = rowsPerStatement * 2 + 7;
const segmentKey = (i: number) => `seg-${String(i).padStart(4, '0')}`;

/** The calls of the load: creates, then repeats merging into them, then a call that fails. */
function calls(): UpsertOp[][] {
  const first: UpsertOp[] = [node('Chain', 'chain', { name_zh: '链' })];
  for (let i = 0; i < segments; i++) {
    first.push(node('Segment', segmentKey(i), { name_zh: `环节${i}`, position: 'upstream' }));
    first.push(partOf(segmentKey(i), 'chain', { share: 0.1 }));
  }
  // In the same call as their creation (still waiting to be inserted): a new share, a new name.
  first.push(partOf(segmentKey(segments - 1), 'chain', { share: 0.9 }));
  first.push(node('Segment', segmentKey(segments - 1), { name_en: 'Last segment' }));
  const second: UpsertOp[] = [
    node('Chain', 'chain', { name_zh: '改名的链', name_en: 'Renamed chain' }),
    partOf(segmentKey(0), 'chain', { share: 0.5 }),
    node('Segment', 'seg-late', { name_zh: '后来的环节', position: 'downstream' }),
    partOf('seg-late', 'chain'),
  ];
  return [first, second];
}

/** Fails on its last op: neither its new node nor its relationship may remain. */
const failing: UpsertOp[] = [
  node('Segment', 'seg-undone', { name_zh: '撤销的环节', position: 'midstream' }),
  ...Array.from({ length: rowsPerStatement }, (_, i) =>
    node('Segment', `seg-undone-${i}`, { name_zh: '撤销', position: 'midstream' }),
  ),
  partOf('seg-undone', 'chain'),
  partOf('seg-undone', 'nowhere'),
];

async function contents(store: GraphStore) {
  const items: unknown[] = [];
  for await (const item of store.exportAll()) items.push(item);
  const { hits } = await store.search({ text: '改名', limit: 5 });
  const { hits: english } = await store.search({ text: 'last segment', limit: 5 });
  return {
    items,
    stats: await store.stats(),
    search: [...hits, ...english].map((h) => `${h.kind}:${h.key}`),
  };
}

describe('embedded load into an empty store', () => {
  it('leaves what the same writes leave row by row, and nothing of a failed call', async () => {
    const loaded = EmbeddedStore.open({ dataDir: tempDir('atlas-load-') });
    // A store that is not empty writes row by row through its indexes; its one extra node is
    // removed again before comparing.
    const reference = EmbeddedStore.open({ dataDir: tempDir('atlas-load-ref-') });
    try {
      await reference.write([node('Product', 'placeholder', { name_zh: '占位' })]);
      for (const store of [loaded, reference]) {
        const session = await store.beginBulk();
        const results = [];
        for (const ops of calls()) results.push(await session.write(ops));
        const failure = await session.write(failing).catch((e: unknown) => e);
        expect(failure).toMatchObject({ name: 'MissingNodeError', field: 'to' });
        // The session goes on after the failed call.
        await session.write([
          node('Segment', 'seg-after', { name_zh: '之后', position: 'upstream' }),
        ]);
        await session.commit();
        expect(results).toMatchObject([
          { nodesCreated: segments + 1, nodesUpdated: 1, edgesCreated: segments, edgesUpdated: 1 },
          { nodesCreated: 1, nodesUpdated: 1, edgesCreated: 1, edgesUpdated: 1 },
        ]);
      }
      await reference.write([{ op: 'removeNode', ref: ref('Product', 'placeholder') }]);
      const got = await contents(loaded);
      expect(got).toEqual(await contents(reference));
      expect(got.stats).toMatchObject({ nodes: segments + 3, edges: segments + 1 });
      expect(got.search).toEqual(['Chain:chain', `Segment:${segmentKey(segments - 1)}`]);
      expect(await loaded.getNode(ref('Segment', 'seg-undone'))).toBeNull();
      expect(await loaded.getEdge({ rel: 'PART_OF', ...ends(0) })).toMatchObject({
        props: { share: 0.5 },
      });
      expect(await loaded.getEdge({ rel: 'PART_OF', ...ends(segments - 1) })).toMatchObject({
        props: { share: 0.9 },
      });
    } finally {
      await loaded.close();
      await reference.close();
    }
  });
});

function ends(i: number) {
  return { from: ref('Segment', segmentKey(i)), to: ref('Chain', 'chain') };
}
