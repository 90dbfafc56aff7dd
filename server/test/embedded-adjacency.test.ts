/**
 * The embedded store's adjacency over time: a store too large to build at once opens without
 * waiting (counts answer, health says loading), walks wait for the background build, and batches
 * committed while it builds are in the answers once it is ready — as are batches after it.
 */
import { describe, expect, it } from 'vitest';
import type { UpsertOp } from '../src/store/port.ts';
import { EmbeddedStore } from '../src/store/embedded/index.ts';
import { buildAtOnceLimit } from '../src/store/embedded/adjacency/live.ts';
import { tempDir, writtenStore } from './helpers.ts';
import { edgeOp, nodeOp } from './ops.ts';

/** A hub chain with `n` segments, each PART_OF it: n + 1 nodes, n relationships. */
function star(n: number): UpsertOp[] {
  const ops: UpsertOp[] = [
    {
      op: 'upsertNode',
      node: { kind: 'Chain', key: 'hub', props: { name_zh: '枢纽' } },
      mode: 'merge',
    },
  ];
  for (let i = 0; i < n; i++) {
    const key = `s${String(i).padStart(6, '0')}`;
    ops.push({
      op: 'upsertNode',
      node: { kind: 'Segment', key, props: { name_zh: key, position: 'upstream' } },
      mode: 'merge',
    });
    ops.push({
      op: 'upsertEdge',
      edge: {
        rel: 'PART_OF',
        from: { kind: 'Segment', key },
        to: { kind: 'Chain', key: 'hub' },
        props: {},
      },
      mode: 'merge',
    });
  }
  return ops;
}

describe('embedded adjacency lifecycle', () => {
  it(
    'opens without waiting, and answers walks with what was committed while it built',
    { timeout: 120_000 },
    async () => {
      const n = Math.ceil(buildAtOnceLimit / 2) + 1000;
      const dataDir = await writtenStore(star(n), { prefix: 'atlas-adjacency-', bulk: true });

      const store = EmbeddedStore.open({ dataDir });
      try {
        expect(store.ready()).toBe(false);
        expect(await store.stats()).toMatchObject({ nodes: n + 1, edges: n });
        // Committed while the adjacency builds from its snapshot.
        await store.write([
          nodeOp('Chain', 'late', { name_zh: '后来' }, 'merge'),
          edgeOp('PART_OF', ['Segment', 's000000'], ['Chain', 'late'], {}, 'merge'),
          {
            op: 'removeEdge',
            ref: {
              rel: 'PART_OF',
              from: { kind: 'Segment', key: 's000001' },
              to: { kind: 'Chain', key: 'hub' },
            },
          },
        ]);
        const hood = await store.neighbourhood({
          center: { kind: 'Segment', key: 's000000' },
          depth: 1,
          limit: 10,
        });
        expect(store.ready()).toBe(true);
        expect(hood?.nodes.map((node) => node.key)).toEqual(['s000000', 'hub', 'late']);
        const hub = await store.neighbourhood({
          center: { kind: 'Chain', key: 'hub' },
          depth: 1,
          limit: 4,
        });
        // s000001 was cut off the hub; the walk takes the next segments in key order.
        expect(hub?.nodes.map((node) => node.key)).toEqual([
          'hub',
          's000000',
          's000002',
          's000003',
        ]);
        expect(hub?.truncated).toBe(true);
        // And after it is ready.
        await store.write([{ op: 'removeNode', ref: { kind: 'Segment', key: 's000002' } }]);
        const after = await store.neighbourhood({
          center: { kind: 'Chain', key: 'hub' },
          depth: 1,
          limit: 4,
        });
        expect(after?.nodes.map((node) => node.key)).toEqual([
          'hub',
          's000000',
          's000003',
          's000004',
        ]);
        const relationships = await store.relationships({ kind: 'Chain', key: 'hub' }, 2);
        expect(relationships.total).toBe(n - 2);
        expect(relationships.items.map((r) => r.other.key)).toEqual(['s000000', 's000003']);
      } finally {
        await store.close();
      }
    },
  );

  it('takes up what another process wrote to the same file: counts, row ids, relationships', async () => {
    const dataDir = tempDir('atlas-adjacency-two-');
    const server = EmbeddedStore.open({ dataDir });
    const other = EmbeddedStore.open({ dataDir });
    try {
      await server.write(star(3));
      expect(server.ready()).toBe(true);
      // Another process (say `pnpm atlas import`) adds a segment and links it.
      await other.write([
        {
          op: 'upsertNode',
          node: { kind: 'Segment', key: 'x', props: { name_zh: 'x', position: 'upstream' } },
          mode: 'merge',
        },
        {
          op: 'upsertEdge',
          edge: {
            rel: 'PART_OF',
            from: { kind: 'Segment', key: 'x' },
            to: { kind: 'Chain', key: 'hub' },
            props: {},
          },
          mode: 'merge',
        },
      ]);
      expect(await server.stats()).toMatchObject({ nodes: 5, edges: 4 });
      const hub = await server.neighbourhood({
        center: { kind: 'Chain', key: 'hub' },
        depth: 1,
        limit: 10,
      });
      expect(hub?.nodes.map((node) => node.key)).toEqual([
        'hub',
        's000000',
        's000001',
        's000002',
        'x',
      ]);
      // The server's next rows take ids after the other process's.
      await server.write([
        {
          op: 'upsertNode',
          node: { kind: 'Segment', key: 'y', props: { name_zh: 'y', position: 'upstream' } },
          mode: 'merge',
        },
        {
          op: 'upsertEdge',
          edge: {
            rel: 'PART_OF',
            from: { kind: 'Segment', key: 'y' },
            to: { kind: 'Chain', key: 'hub' },
            props: {},
          },
          mode: 'merge',
        },
      ]);
      expect(await other.stats()).toMatchObject({ nodes: 6, edges: 5 });
      expect(
        (
          await other.neighbourhood({ center: { kind: 'Segment', key: 'y' }, depth: 1, limit: 10 })
        )?.nodes.map((n) => n.key),
      ).toEqual(['y', 'hub']);
    } finally {
      await server.close();
      await other.close();
    }
  });

  it('counts its own writes at once and another process’s from the next event-loop turn', async () => {
    const dataDir = tempDir('atlas-adjacency-turn-');
    const server = EmbeddedStore.open({ dataDir });
    const other = EmbeddedStore.open({ dataDir });
    try {
      expect(await server.stats()).toMatchObject({ nodes: 0, edges: 0 });
      await server.write(star(2));
      // In the same turn: this store's commit is in its counts already.
      expect(await server.stats()).toMatchObject({ nodes: 3, edges: 2 });
      await other.write(star(3));
      await new Promise((resolve) => setImmediate(resolve));
      expect(await server.stats()).toMatchObject({ nodes: 4, edges: 3 });
    } finally {
      await server.close();
      await other.close();
    }
  });
});
