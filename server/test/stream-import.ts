/**
 * The streaming import's behaviour, as a suite both stores run: two passes (relationships may come
 * before their nodes, across files), all or nothing across many chunks, every problem located by
 * file, row and field, dry runs that count and write nothing, progress through the phases.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ImportProgress } from '@chanjiao/graph-schema';
import { ndjsonFileSource } from '../src/import/ndjson-source.ts';
import { ImportProblemsError, streamImport } from '../src/import/stream-import.ts';
import type { GraphStore } from '../src/store/port.ts';
import { ndjson, tempDir } from './helpers.ts';

async function exportText(store: GraphStore): Promise<string> {
  const out: string[] = [];
  for await (const item of store.exportAll()) out.push(JSON.stringify(item));
  return out.join('\n');
}

export function describeStreamImport(name: string, open: () => Promise<GraphStore>): void {
  describe(`streaming import: ${name}`, () => {
    const prefix = `si${Date.now().toString(36)}`;
    const dir = tempDir('atlas-stream-');

    // Leaves the store as it found it (the Neo4j one is shared with other suites).
    afterAll(async () => {
      const store = await open();
      try {
        const { hits } = await store.search({
          text: '',
          kinds: ['Occupation', 'Competency'],
          limit: 100_000,
        });
        const ours = hits.filter((h) => h.key.startsWith(prefix));
        if (ours.length)
          await store.write(
            ours.map((h) => ({ op: 'removeNode', ref: { kind: h.kind, key: h.key } })),
          );
      } finally {
        await store.close();
      }
    });
    const write = (file: string, records: unknown[] | string) => {
      const p = path.join(dir, file);
      fs.writeFileSync(p, typeof records === 'string' ? records : ndjson(records));
      return p;
    };
    const occ = (i: number) => ({ kind: 'Occupation' as const, key: `${prefix}-o${i}` });
    const comp = (i: number) => ({ kind: 'Competency' as const, key: `${prefix}-c${i}` });
    const nodes = (n: number) =>
      Array.from({ length: n }, (_, i) => [
        { type: 'node', ...occ(i), props: { name_zh: `职业${i}` } },
        { type: 'node', ...comp(i), props: { name_zh: `能力${i}`, dimension: 'skill' } },
      ]).flat();
    const requires = (n: number) =>
      Array.from({ length: n }, (_, i) => ({
        type: 'edge',
        rel: 'REQUIRES',
        from: occ(i),
        to: comp(i),
        props: { importance: 3 },
      }));

    it('imports relationships listed before their nodes, across files, in chunks', async () => {
      const store = await open();
      try {
        const before = await store.stats();
        // Relationships in the first file, their nodes in the second.
        const edgesFile = write('a-edges.ndjson', requires(30));
        const nodesFile = write('b-nodes.ndjson', nodes(30));
        const phases: ImportProgress['phase'][] = [];
        let last: ImportProgress | undefined;
        const outcome = await streamImport(
          store,
          [ndjsonFileSource(edgesFile), ndjsonFileSource(nodesFile)],
          {
            chunkSize: 7,
            onProgress: (p) => {
              if (phases[phases.length - 1] !== p.phase) phases.push(p.phase);
              last = p;
            },
          },
        );
        expect(outcome).toMatchObject({
          dryRun: false,
          records: 90,
          counts: { nodesCreated: 60, nodesUpdated: 0, edgesCreated: 30, edgesUpdated: 0 },
        });
        expect(phases).toEqual(['nodes', 'edges', 'commit', 'done']);
        expect(last).toMatchObject({ records: 90 });
        const after = await store.stats();
        expect(after.nodes - before.nodes).toBe(60);
        expect(after.edges - before.edges).toBe(30);
        expect(await store.getEdge({ rel: 'REQUIRES', from: occ(29), to: comp(29) })).toMatchObject(
          { props: { importance: 3 } },
        );
      } finally {
        await store.close();
      }
    });

    it('writes nothing when a problem comes after many written chunks, and lists every problem', async () => {
      const store = await open();
      try {
        const before = await exportText(store);
        const good = nodes(40).map((r) => ({
          ...r,
          key: r.key.replace(prefix, `${prefix}x`),
        }));
        const lines = ndjson(good).split('\n').filter(Boolean);
        lines.push('{"type":"node","kind":"Occupation"'); // line 81: malformed
        lines.push(
          JSON.stringify({
            type: 'node',
            kind: 'Competency',
            key: `${prefix}x-bad`,
            props: { name_zh: '坏', dimension: 'talent' },
          }),
        ); // line 82: bad value
        lines.push(
          JSON.stringify({
            type: 'edge',
            rel: 'REQUIRES',
            from: { kind: 'Occupation', key: `${prefix}x-o1` },
            to: { kind: 'Competency', key: `${prefix}x-nowhere` },
            props: {},
          }),
        ); // line 83: missing endpoint
        const file = write('bad.ndjson', lines.join('\n') + '\n');
        const failure = await streamImport(store, [ndjsonFileSource(file)], { chunkSize: 5 }).catch(
          (e: unknown) => e,
        );
        expect(failure).toBeInstanceOf(ImportProblemsError);
        const problems = (failure as ImportProblemsError).problems;
        expect((failure as ImportProblemsError).total).toBe(3);
        expect(problems.map((p) => [p.file, p.row, p.field ?? ''])).toEqual([
          ['bad.ndjson', 81, ''],
          ['bad.ndjson', 82, 'props.dimension'],
          ['bad.ndjson', 83, 'to'],
        ]);
        expect(problems[0]!.message).toMatch(/malformed JSON/);
        expect(problems[2]!.message).toMatch(/exists neither in the store nor in this import/);
        expect(await exportText(store)).toBe(before);
      } finally {
        await store.close();
      }
    });

    it('counts in a dry run what the import then does, writing nothing', async () => {
      const store = await open();
      try {
        const nodeRecords = nodes(12).map((r) => ({
          ...r,
          key: r.key.replace(prefix, `${prefix}d`),
        }));
        const records: unknown[] = [
          ...nodeRecords,
          ...requires(12).map((r) => ({
            ...r,
            from: { ...r.from, key: r.from.key.replace(prefix, `${prefix}d`) },
            to: { ...r.to, key: r.to.key.replace(prefix, `${prefix}d`) },
          })),
        ];
        // Half the nodes exist already; one node is repeated within the import.
        await store.write(
          nodeRecords.slice(0, 12).map((r) => ({
            op: 'upsertNode' as const,
            node: { kind: r.kind, key: r.key, props: r.props as never },
            mode: 'merge' as const,
          })),
        );
        records.push(records[20]!);
        const file = write('dry.ndjson', records);
        const before = await exportText(store);
        const dry = await streamImport(store, [ndjsonFileSource(file)], {
          dryRun: true,
          chunkSize: 4,
        });
        expect(await exportText(store)).toBe(before);
        const real = await streamImport(store, [ndjsonFileSource(file)], { chunkSize: 4 });
        expect(dry.counts).toEqual(real.counts);
        // The repeated node (in a later chunk) is counted once: 12 new and the 12 that existed.
        expect(real.counts).toEqual({
          nodesCreated: 12,
          nodesUpdated: 12,
          edgesCreated: 12,
          edgesUpdated: 0,
        });
      } finally {
        await store.close();
      }
    });
  });
}
