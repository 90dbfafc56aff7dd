/**
 * The Neo4j export on a generated graph: the same records in the same order as the embedded
 * store's export, and every read bounded by the page size (or by one node's relationships of one
 * type, when they alone fill a page) — whatever the graph's size, which is what keeps the export
 * in constant memory. Small pages make a few thousand nodes take every path: several pages per
 * kind and pair, pages cut inside a node's relationships, nodes read alone, small pairs at once.
 * Keys that Neo4j and JavaScript's `<` order differently (above U+FFFF against U+E000–U+FFFF) come
 * out in the port's order (code points) across page boundaries, and a neighbourhood cut between
 * such keys chooses the same nodes on both stores.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { QueryResult } from 'neo4j-driver';
import { streamImport } from '../src/import/stream-import.ts';
import { EmbeddedStore } from '../src/store/embedded/index.ts';
import { Executor, type Statement } from '../src/store/neo4j/executor.ts';
import { exportAll, type ExportReader } from '../src/store/neo4j/export.ts';
import { compareStrings } from '../src/store/order.ts';
import { Neo4jStore } from '../src/store/neo4j/index.ts';
import type { ExportItem, GraphStore, WriteOp } from '../src/store/port.ts';
import { prefixedGraph, recordSource, removal } from './generated-graph.ts';
import { tempDir } from './helpers.ts';
import { neo4jOptions, requireNeo4j } from './neo4j-harness.ts';

const prefix = `ex${Date.now().toString(36)}-`;

function mine(item: ExportItem): boolean {
  return item.type === 'node' ? item.key.startsWith(prefix) : item.from.key.startsWith(prefix);
}

/** An executor that remembers how many rows each read returned. */
function counting(exec: Executor): ExportReader & { largest: number; reads: number } {
  const reader = {
    largest: 0,
    reads: 0,
    async readOne(operation: string, statement: Statement): Promise<QueryResult> {
      const result = await exec.readOne(operation, statement);
      reader.reads++;
      reader.largest = Math.max(reader.largest, result.records.length);
      return result;
    },
  };
  return reader;
}

async function collect(items: AsyncIterable<ExportItem>): Promise<ExportItem[]> {
  const out: ExportItem[] = [];
  for await (const item of items) if (mine(item)) out.push(item);
  return out;
}

if (requireNeo4j('neo4j export'))
  describe('neo4j export', () => {
    const graph = prefixedGraph(2000, 7, prefix);
    const now = new Date('2026-03-01T00:00:00.000Z');
    let embedded: GraphStore;
    let neo: Neo4jStore;
    let exec: Executor;

    beforeAll(async () => {
      embedded = EmbeddedStore.open({ dataDir: tempDir('atlas-export-') });
      neo = await Neo4jStore.connect(neo4jOptions);
      exec = await Executor.connect(neo4jOptions);
      await streamImport(embedded, [recordSource(graph)], { now });
      await streamImport(neo, [recordSource(graph)], { now });
    });

    afterAll(async () => {
      await neo?.write(removal(graph));
      await Promise.all([embedded?.close(), neo?.close(), exec?.close()]);
    });

    /** The most relationships of one type leaving one node. */
    function largestFanOut(): number {
      const fanOut = new Map<string, number>();
      for (const r of graph)
        if (r.type === 'edge') {
          const id = `${r.rel}|${r.from.kind}|${r.from.key}`;
          fanOut.set(id, (fanOut.get(id) ?? 0) + 1);
        }
      return Math.max(...fanOut.values());
    }

    it('exports what the embedded store exports, in the same order, with the default pages', async () => {
      const expected = await collect(embedded.exportAll());
      expect(expected.length).toBe(graph.length);
      expect(await collect(neo.exportAll())).toEqual(expected);
    });

    it('reads at most a page, or one node’s relationships of one type, at a time', async () => {
      const expected = await collect(embedded.exportAll());
      const fanOut = largestFanOut();
      expect(fanOut).toBeGreaterThan(10); // so some nodes fill a page on their own
      for (const pageSize of [10, 250]) {
        const reader = counting(exec);
        expect(await collect(exportAll(reader, { pageSize })), `page ${pageSize}`).toEqual(
          expected,
        );
        expect(reader.largest).toBeLessThanOrEqual(Math.max(pageSize, fanOut));
        // Many pages were read: the bound comes from paging, not from a small graph.
        expect(reader.reads).toBeGreaterThan(graph.length / pageSize / 2);
      }
    });
  });

if (requireNeo4j('neo4j export order'))
  describe('neo4j export order', () => {
    let neo: Neo4jStore;
    let exec: Executor;

    beforeAll(async () => {
      neo = await Neo4jStore.connect(neo4jOptions);
      exec = await Executor.connect(neo4jOptions);
    });

    afterAll(async () => {
      await Promise.all([neo?.close(), exec?.close()]);
    });

    it('pages keys in one order where Neo4j and JavaScript compare them differently', async () => {
      const keys = ['a', '\uff01', '\u{1f600}', '\uff01\u{1f600}', '\u{1f600}\uff01', '中'].map(
        (k) => `${prefix}u-${k}`,
      );
      const ops: WriteOp[] = keys.map((key) => ({
        op: 'upsertNode',
        mode: 'merge',
        node: { kind: 'Competency', key, props: { name_zh: key } },
      }));
      await neo.write(ops);
      try {
        for (const pageSize of [1, 2, 5000]) {
          const exported = (await collect(exportAll(exec, { pageSize })))
            .filter((i) => i.type === 'node' && i.key.startsWith(`${prefix}u-`))
            .map((i) => (i.type === 'node' ? i.key : ''));
          expect(exported, `page ${pageSize}`).toEqual([...keys].sort(compareStrings));
        }
      } finally {
        await neo.write(
          keys.map((key) => ({ op: 'removeNode', ref: { kind: 'Competency', key } })),
        );
      }
    });

    it('chooses the same neighbours as the embedded store where those orders differ', async () => {
      // By code points `a` < `！` (U+FF01) < `𠀀` (U+20000); by UTF-16 code units `𠀀` comes second.
      const chain = { kind: 'Chain' as const, key: `${prefix}v-chain` };
      const segments = ['\u{20000}', '\uff01', 'a'].map((k) => ({
        kind: 'Segment' as const,
        key: `${prefix}v-${k}`,
      }));
      const ops: WriteOp[] = [
        { op: 'upsertNode', mode: 'merge', node: { ...chain, props: { name_zh: '链' } } },
        ...segments.map((ref): WriteOp => ({
          op: 'upsertNode',
          mode: 'merge',
          node: { ...ref, props: { name_zh: ref.key } },
        })),
        ...segments.map((ref): WriteOp => ({
          op: 'upsertEdge',
          mode: 'merge',
          edge: { rel: 'PART_OF', from: ref, to: chain, props: {} },
        })),
      ];
      const embedded = EmbeddedStore.open({ dataDir: tempDir('atlas-order-') });
      await neo.write(ops);
      await embedded.write(ops);
      try {
        // The nodes chosen (answers list them in walk order; compared as sets).
        const keysOf = async (store: GraphStore) =>
          (await store.neighbourhood({ center: chain, depth: 1, limit: 3 }))!.nodes
            .map((n) => n.key)
            .sort(compareStrings);
        const expected = [chain.key, `${prefix}v-a`, `${prefix}v-\uff01`].sort(compareStrings);
        expect(await keysOf(embedded)).toEqual(expected);
        expect(await keysOf(neo)).toEqual(expected);
      } finally {
        await embedded.close();
        await neo.write([chain, ...segments].map((ref) => ({ op: 'removeNode', ref })));
      }
    });
  });
