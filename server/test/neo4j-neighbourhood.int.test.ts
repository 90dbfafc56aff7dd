/**
 * Neighbourhoods on Neo4j answer exactly as the embedded store does on a generated graph with
 * heavy-tailed degrees — whichever way the walk reaches a node's neighbours: expanding ordinary
 * nodes in runs, reading a hub whole, or walking a hub kind by kind (by expansion, or through the
 * kind's key index when the hub holds many of a large kind). A second store takes every node of
 * degree above 3 for a hub, and reads each the cheaper way (on a graph this small, mostly whole); a
 * third takes the same hubs and walks every one kind by kind.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NodeRef } from '@chanjiao/graph-schema';
import { streamImport } from '../src/import/stream-import.ts';
import { EmbeddedStore } from '../src/store/embedded/index.ts';
import { Neo4jStore } from '../src/store/neo4j/index.ts';
import type { GraphStore } from '../src/store/port.ts';
import { prefixedGraph, recordSource, removal } from './generated-graph.ts';
import { tempDir } from './helpers.ts';
import { neo4jOptions, requireNeo4j } from './neo4j-harness.ts';

const seed = 31;
const prefix = `nb${Date.now().toString(36)}-`;

if (requireNeo4j('neo4j neighbourhoods'))
  describe('neo4j neighbourhoods', () => {
    const graph = prefixedGraph(2500, seed, prefix);
    const now = new Date('2026-03-01T00:00:00.000Z');
    let embedded: GraphStore;
    let neo: Neo4jStore;
    let hubby: Neo4jStore;
    let byKind: Neo4jStore;

    beforeAll(async () => {
      embedded = EmbeddedStore.open({ dataDir: tempDir('atlas-nb-') });
      neo = await Neo4jStore.connect(neo4jOptions);
      hubby = await Neo4jStore.connect({ ...neo4jOptions, hubDegree: 3 });
      byKind = await Neo4jStore.connect({ ...neo4jOptions, hubDegree: 3, hubsKindByKind: true });
      await streamImport(embedded, [recordSource(graph)], { now });
      await streamImport(neo, [recordSource(graph)], { now });
    });

    afterAll(async () => {
      await neo?.write(removal(graph));
      await Promise.all([embedded?.close(), neo?.close(), hubby?.close(), byKind?.close()]);
    });

    /** Every 127th node, and the eight of highest degree. */
    function centres(): NodeRef[] {
      const degree = new Map<string, number>();
      const nodes: NodeRef[] = [];
      for (const r of graph)
        if (r.type === 'node') nodes.push({ kind: r.kind, key: r.key });
        else
          for (const end of [r.from, r.to]) {
            const id = `${end.kind}:${end.key}`;
            degree.set(id, (degree.get(id) ?? 0) + 1);
          }
      const byDegree = [...nodes].sort(
        (a, b) => (degree.get(`${b.kind}:${b.key}`) ?? 0) - (degree.get(`${a.kind}:${a.key}`) ?? 0),
      );
      return [...nodes.filter((_, i) => i % 127 === 0), ...byDegree.slice(0, 8)];
    }

    const queries = () =>
      centres().flatMap((center) =>
        (
          [
            [1, 1],
            [1, 40],
            [2, 3],
            [2, 60],
            [3, 150],
          ] as const
        ).map(([depth, limit]) => ({ center, depth, limit })),
      );

    // One test per way of walking, so each has the whole time budget on a busy machine.
    for (const [name, store] of [
      ['as configured', () => neo],
      ['every node of degree above 3 a hub', () => hubby],
      ['every hub walked kind by kind', () => byKind],
    ] as const)
      it(`answers every neighbourhood as the embedded store does (${name})`, async () => {
        let compared = 0;
        let truncated = 0;
        for (const query of queries()) {
          const expected = await embedded.neighbourhood(query);
          expect(await store().neighbourhood(query), JSON.stringify(query)).toEqual(expected);
          compared++;
          if (expected?.truncated) truncated++;
        }
        // Both outcomes were exercised.
        expect(truncated).toBeGreaterThan(10);
        expect(compared - truncated).toBeGreaterThan(10);
      });
  });
