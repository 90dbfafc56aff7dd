/**
 * The O*NET and ESCO presets load into both stores alike: each preset's sample folder is imported
 * (streamed, through the mapping) into a fresh embedded store and into Neo4j; every node and
 * relationship the embedded store holds is found with the same properties in Neo4j, and search and
 * neighbourhoods answer the same; so does a partial O*NET download (three of its files). Each test
 * removes what it loaded from Neo4j.
 */
import { describe, expect, it } from 'vitest';
import { presetSampleFolder } from '@chanjiao/seed-data';
import { expandFolders, loadPreset } from '../src/import/open-sources.ts';
import { openMappingImport } from '../src/import/mapping/index.ts';
import { streamImport } from '../src/import/stream-import.ts';
import { EmbeddedStore } from '../src/store/embedded/index.ts';
import { Neo4jStore } from '../src/store/neo4j/index.ts';
import type { EdgeRow, GraphStore, NodeRow } from '../src/store/port.ts';
import { tempDir } from './helpers.ts';
import { onetPartial, partialDownload } from './partial-download.ts';
import { neo4jOptions, requireNeo4j } from './neo4j-harness.ts';

const now = new Date('2026-02-01T00:00:00.000Z');

async function importPreset(store: GraphStore, name: 'onet' | 'esco', folder?: string) {
  const { mapping, origin } = loadPreset(name);
  const files = expandFolders([folder ?? presetSampleFolder(name)], mapping);
  const opened = await openMappingImport(mapping, files, { origin });
  return streamImport(store, opened.sources, { now, notices: opened.notices });
}

/** Every node and relationship of the embedded store is in Neo4j with the same properties. */
async function expectSameGraph(embedded: GraphStore, neo: GraphStore): Promise<NodeRow[]> {
  const nodes: NodeRow[] = [];
  const edges: EdgeRow[] = [];
  for await (const item of embedded.exportAll())
    if (item.type === 'node') nodes.push(item);
    else edges.push(item);
  for (const n of nodes)
    expect(await neo.getNode(n)).toEqual({ kind: n.kind, key: n.key, props: n.props });
  for (const e of edges) expect(await neo.getEdge(e)).toEqual(e);
  return nodes;
}

/** Removes from Neo4j what an import loaded (the embedded store holds the same nodes). */
async function removeLoaded(embedded: GraphStore, neo: GraphStore): Promise<void> {
  const loaded: NodeRow[] = [];
  for await (const item of embedded.exportAll()) if (item.type === 'node') loaded.push(item);
  await neo.write(loaded.map((n) => ({ op: 'removeNode', ref: { kind: n.kind, key: n.key } })));
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
            const nodes = await expectSameGraph(embedded, neo);
            expect(nodes.length).toBeGreaterThan(20);
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
            await removeLoaded(embedded, neo);
            await embedded.close();
            await neo.close();
          }
        },
      );

    it(
      'imports a partial O*NET download (Occupation Data, Skills, Knowledge) alike, reporting the absent files',
      { timeout: 120_000 },
      async () => {
        const folder = partialDownload('onet', onetPartial);
        const embedded = EmbeddedStore.open({ dataDir: tempDir('atlas-preset-partial-') });
        const neo = await Neo4jStore.connect(neo4jOptions);
        try {
          const a = await importPreset(embedded, 'onet', folder);
          const b = await importPreset(neo, 'onet', folder);
          for (const outcome of [a, b]) {
            // By hand from the samples: 4 occupations; 28 rating rows read, naming 7 distinct
            // competencies and 15 distinct occupation × element pairs (the IM and LV rows of a pair
            // are one edge).
            expect(outcome.counts).toEqual({
              nodesCreated: 11,
              nodesUpdated: 0,
              edgesCreated: 15,
              edgesUpdated: 0,
            });
            expect(outcome.notices.absentFiles.map((f) => f.match)).toEqual([
              'Abilities.txt',
              'Task Statements.txt',
              'Related Occupations.txt',
              'Content Model Reference.txt',
            ]);
          }
          expect(b).toMatchObject({ records: a.records, rowsSkipped: a.rowsSkipped });
          expect(b.notices).toEqual(a.notices);
          expect((await expectSameGraph(embedded, neo)).length).toBe(11);
          expect(
            await neo.getEdge({
              rel: 'REQUIRES',
              from: { kind: 'Occupation', key: '15-1252.00' },
              to: { kind: 'Competency', key: '2.C.3.a' },
            }),
          ).toMatchObject({ props: { importance: 4.51, level: 4.07, levelRaw: 5.37 } });
        } finally {
          await removeLoaded(embedded, neo);
          await embedded.close();
          await neo.close();
        }
      },
    );
  });
