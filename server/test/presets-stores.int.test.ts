/**
 * The O*NET and ESCO presets load into both stores alike: each preset's sample folder is imported
 * (streamed, through the mapping) into a fresh embedded store and into Neo4j; every node and
 * relationship the embedded store holds is found with the same properties in Neo4j, and search and
 * neighbourhoods answer the same. Each test removes what it loaded from Neo4j.
 */
import { describe, expect, it } from 'vitest';
import { presetSampleFolder } from '@chanjiao/seed-data';
import { expandFolders, loadPreset } from '../src/import/open-sources.ts';
import { openMappingSources } from '../src/import/mapping/index.ts';
import { streamImport } from '../src/import/stream-import.ts';
import { EmbeddedStore } from '../src/store/embedded/index.ts';
import { Neo4jStore } from '../src/store/neo4j/index.ts';
import type { EdgeRow, GraphStore, NodeRow } from '../src/store/port.ts';
import { tempDir } from './helpers.ts';
import { neo4jOptions, requireNeo4j } from './neo4j-harness.ts';

const now = new Date('2026-02-01T00:00:00.000Z');

async function importPreset(store: GraphStore, name: 'onet' | 'esco') {
  const { mapping, origin } = loadPreset(name);
  const files = expandFolders([presetSampleFolder(name)], mapping);
  return streamImport(store, await openMappingSources(mapping, files, { origin }), { now });
}

if (requireNeo4j('presets on both stores'))
  describe('presets on both stores', () => {
    for (const name of ['onet', 'esco'] as const)
      it(
        `imports the ${name} sample into both stores with the same result`,
        { timeout: 120_000 },
        async () => {
          const embedded = EmbeddedStore.open({ dataDir: tempDir(`atlas-preset-${name}-`) });
          const neo = await Neo4jStore.connect(neo4jOptions);
          try {
            const a = await importPreset(embedded, name);
            const b = await importPreset(neo, name);
            expect(b.records).toBe(a.records);
            expect(b.rowsSkipped).toBe(a.rowsSkipped);
            const nodes: NodeRow[] = [];
            const edges: EdgeRow[] = [];
            for await (const item of embedded.exportAll())
              if (item.type === 'node') nodes.push(item);
              else edges.push(item);
            expect(nodes.length).toBeGreaterThan(20);
            for (const n of nodes)
              expect(await neo.getNode(n)).toEqual({ kind: n.kind, key: n.key, props: n.props });
            for (const e of edges) expect(await neo.getEdge(e)).toEqual(e);
            const occupation = nodes.find(
              (n) => n.kind === 'Occupation' && n.props.scheme === name,
            )!;
            const query = { center: occupation, depth: 1, limit: 50 };
            expect(await neo.neighbourhood(query)).toEqual(await embedded.neighbourhood(query));
            const text = String(occupation.props.name_en).split(' ')[0]!;
            expect(await neo.search({ text, limit: 10 })).toEqual(
              await embedded.search({ text, limit: 10 }),
            );
          } finally {
            // Remove what the preset loaded into Neo4j (the embedded store holds the same nodes).
            const loaded: NodeRow[] = [];
            for await (const item of embedded.exportAll())
              if (item.type === 'node') loaded.push(item);
            await neo.write(
              loaded.map((n) => ({ op: 'removeNode', ref: { kind: n.kind, key: n.key } })),
            );
            await embedded.close();
            await neo.close();
          }
        },
      );
  });
