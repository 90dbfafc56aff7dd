/**
 * A load of NDJSON files into an empty embedded store read and validated in a worker thread: the
 * same rows, counts, search documents and progress as the import on the main thread; input the
 * worker does not take (repeats, relationships before their nodes, problems) goes through the
 * general import, with the same located problems and nothing written.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ImportProgress } from '@chanjiao/graph-schema';
import { ndjsonFileSource } from '../src/import/ndjson-source.ts';
import { ImportProblemsError, streamImport } from '../src/import/stream-import.ts';
import type { OffThread } from '../src/import/worker-load.ts';
import { EmbeddedStore } from '../src/store/embedded/index.ts';
import type { GraphStore } from '../src/store/port.ts';
import { ndjson, tempDir } from './helpers.ts';

const now = new Date('2026-03-01T00:00:00Z');

const records = (n: number) => [
  ...Array.from({ length: n }, (_, i) => ({
    type: 'node',
    kind: 'Occupation',
    key: `o${i}`,
    props: { name_zh: `职业${i}`, name_en: `Occupation ${i}`, aliases: [`别名${i}`] },
  })),
  ...Array.from({ length: n }, (_, i) => ({
    type: 'node',
    kind: 'Competency',
    key: `c${i}`,
    props: { name_zh: `能力${i}`, dimension: 'skill', updatedAt: '2020-01-01T00:00:00.000Z' },
  })),
  ...Array.from({ length: n }, (_, i) => ({
    type: 'edge',
    rel: 'REQUIRES',
    from: { kind: 'Occupation', key: `o${i}` },
    to: { kind: 'Competency', key: `c${(i * 7) % n}` },
    props: i % 2 ? { importance: (i % 5) + 1 } : {},
  })),
];

async function exportText(store: GraphStore): Promise<string> {
  const out: string[] = [];
  for await (const item of store.exportAll()) out.push(JSON.stringify(item));
  return out.sort().join('\n');
}

/** Imports the file into a new empty store; answers the outcome (or the error) and the export. */
async function load(file: string, offThread: OffThread) {
  const store = EmbeddedStore.open({ dataDir: tempDir() });
  try {
    const phases: ImportProgress['phase'][] = [];
    let last: ImportProgress | undefined;
    const outcome = await streamImport(store, [ndjsonFileSource(file)], {
      now,
      offThread,
      onProgress: (p) => {
        if (phases.at(-1) !== p.phase) phases.push(p.phase);
        if (p.phase === 'nodes') last = p;
      },
    }).catch((error: unknown) => error);
    const hits = (await store.search({ text: '别名1', limit: 50 })).hits.map((h) => h.key);
    return {
      outcome,
      phases,
      last,
      exported: await exportText(store),
      stats: await store.stats(),
      hits,
    };
  } finally {
    await store.close();
  }
}

function write(lines: unknown[] | string): string {
  const file = path.join(tempDir(), 'load.ndjson');
  fs.writeFileSync(file, typeof lines === 'string' ? lines : ndjson(lines));
  return file;
}

describe('streaming import off the main thread', () => {
  it('writes the same rows, counts and search documents as the main thread', async () => {
    const file = write(records(3000));
    const off = await load(file, 'always');
    const on = await load(file, 'never');
    expect(off.outcome).toMatchObject({
      records: 9000,
      counts: { nodesCreated: 6000, nodesUpdated: 0, edgesCreated: 3000, edgesUpdated: 0 },
    });
    expect(on.outcome).toMatchObject({ counts: (off.outcome as { counts: object }).counts });
    expect(off.exported).toBe(on.exported);
    expect(off.stats).toEqual(on.stats);
    expect(off.hits.sort()).toEqual(on.hits.sort());
    expect(off.hits).toContain('o1');
    // A record's own updatedAt is kept; the others carry the import's.
    expect(off.exported).toContain('"updatedAt":"2020-01-01T00:00:00.000Z"');
    expect(off.exported).toContain(`"updatedAt":"${now.toISOString()}"`);
    expect(off.phases).toEqual(['nodes', 'commit', 'done']);
    expect(off.last).toMatchObject({ records: 9000, rows: 9000 });
    expect(off.last!.bytesRead).toBe(fs.statSync(file).size);
  });

  it('hands repeats and relationships listed before their nodes to the general import', async () => {
    const base = records(200);
    const repeated = [
      base[0],
      ...base.slice(400),
      ...base.slice(0, 400),
      {
        type: 'node',
        kind: 'Occupation',
        key: 'o0',
        props: { name_zh: '职业0', name_en: 'Renamed' },
      },
    ];
    const file = write(repeated);
    const off = await load(file, 'always');
    const on = await load(file, 'never');
    expect(off.outcome).toMatchObject({
      counts: { nodesCreated: 400, nodesUpdated: 0, edgesCreated: 200 },
    });
    expect(off.outcome).toMatchObject({ counts: (on.outcome as { counts: object }).counts });
    expect(off.exported).toBe(on.exported);
    expect(off.exported).toContain('Renamed');
  });

  it('rejects an import with a problem, naming its line and field, and writes nothing', async () => {
    const lines = records(500).map((r) => JSON.stringify(r));
    lines[700] = JSON.stringify({
      type: 'node',
      kind: 'Occupation',
      key: 'bad',
      props: { name_zh: 5 },
    });
    lines[1200] = '{"type":"edge",';
    const off = await load(write(lines.join('\n')), 'always');
    expect(off.outcome).toBeInstanceOf(ImportProblemsError);
    const problems = (off.outcome as ImportProblemsError).problems;
    expect(problems.map((p) => [p.row, p.field ?? ''])).toEqual([
      [701, 'props.name_zh'],
      // The relationship to the node that line 701 should have defined.
      [1101, 'to'],
      [1201, ''],
    ]);
    expect(problems[2]!.message).toMatch(/malformed JSON/);
    expect(off.stats).toMatchObject({ nodes: 0, edges: 0 });
    expect(off.phases.at(-1)).toBe('rollback');
  });

  it('takes the rest of the session on the main thread when the store is not empty', async () => {
    const dir = tempDir();
    const store = EmbeddedStore.open({ dataDir: dir });
    try {
      await streamImport(store, [ndjsonFileSource(write(records(10)))], { offThread: 'always' });
      const second = await streamImport(store, [ndjsonFileSource(write(records(20)))], {
        offThread: 'always',
      });
      expect(second.counts).toEqual({
        nodesCreated: 20,
        nodesUpdated: 20,
        edgesCreated: 13,
        edgesUpdated: 7,
      });
      expect((await store.stats()).nodes).toBe(40);
    } finally {
      await store.close();
    }
  });
});

describe('an audited load off the main thread', () => {
  const stamp = { by: 'atlas-cli', at: '2026-03-01T00:00:00.000Z', requestId: 'cli-load-1' };

  async function changesOf(file: string, offThread: OffThread) {
    const store = EmbeddedStore.open({ dataDir: tempDir() });
    try {
      await streamImport(store, [ndjsonFileSource(file)], { now, offThread, audit: stamp });
      const changes = await store.changes({ since: 0, limit: 10_000 });
      return changes.map(({ seq: _seq, ...change }) => JSON.stringify(change)).sort();
    } finally {
      await store.close();
    }
  }

  it('records one creation per record, as the import on the main thread records them', async () => {
    const file = write([
      ...records(40),
      {
        type: 'node',
        kind: 'Occupation',
        key: 'hidden',
        props: { name_zh: '内部职业', visibility: 'private', org: 'org-a' },
      },
      {
        type: 'edge',
        rel: 'REQUIRES',
        from: { kind: 'Occupation', key: 'hidden' },
        to: { kind: 'Competency', key: 'c1' },
        props: {},
      },
    ]);
    const general = await changesOf(file, 'never');
    const worker = await changesOf(file, 'always');
    expect(general.length).toBe(40 * 3 + 2);
    expect(worker).toEqual(general);
  });
});
