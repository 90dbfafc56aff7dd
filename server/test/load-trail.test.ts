/**
 * A load's change records kept as one row of `loads` (store/embedded/load-trail.ts) read as the
 * per-record rows the general import writes: after the same import and the same later writes —
 * updates that change a record's privacy, removals of loaded relationships and of a loaded node
 * with its relationships, writes without an audit stamp, and a second load into the emptied store
 * reopened (so that row ids are handed out again) — the feed, its pages, a node's history and the
 * feed another organisation reads are the same, change numbers included.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { ChangeRecord, NodeRef } from '@chanjiao/graph-schema';
import { ndjsonFileSource } from '../src/import/ndjson-source.ts';
import { streamImport } from '../src/import/stream-import.ts';
import type { OffThread } from '../src/import/worker-load.ts';
import { EmbeddedStore } from '../src/store/embedded/index.ts';
import type { ChangeQuery, GraphStore, WriteOp } from '../src/store/port.ts';
import { ndjson, tempDir } from './helpers.ts';

const now = new Date('2026-03-01T00:00:00Z');
const n = 40;
const occupation = (i: number): NodeRef => ({ kind: 'Occupation', key: `o${i}` });
const competency = (i: number): NodeRef => ({ kind: 'Competency', key: `c${i}` });

const file = (() => {
  let written: string | undefined;
  return () => {
    if (written) return written;
    written = path.join(tempDir(), 'load.ndjson');
    fs.writeFileSync(
      written,
      ndjson([
        ...Array.from({ length: n }, (_, i) => ({
          type: 'node',
          ...occupation(i),
          props: { name_zh: `职业${i}`, ...(i === 9 && { visibility: 'private', org: 'org-b' }) },
        })),
        ...Array.from({ length: n }, (_, i) => ({
          type: 'node',
          ...competency(i),
          props: { name_zh: `能力${i}`, dimension: 'skill' },
        })),
        ...Array.from({ length: n }, (_, i) => ({
          type: 'edge',
          rel: 'REQUIRES',
          from: occupation(i),
          to: competency((i * 7) % n),
          props: { importance: (i % 5) + 1 },
        })),
        ...Array.from({ length: n }, (_, i) => ({
          type: 'edge',
          rel: 'REQUIRES',
          from: occupation(i),
          to: competency((i * 3 + 1) % n),
          props: {},
        })),
      ]),
    );
    return written;
  };
})();

const stamp = (requestId: string) => ({ by: 'tester', at: '2026-03-02T00:00:00.000Z', requestId });
const requires = (from: number, to: number) => ({
  rel: 'REQUIRES' as const,
  from: occupation(from),
  to: competency(to),
});

/** The writes after the import: each kind of touch a loaded row can take. */
const later: { ops: WriteOp[]; audited: boolean }[] = [
  // A loaded node made private (its earlier changes and its relationships' are re-marked).
  {
    ops: [
      {
        op: 'upsertNode',
        node: { ...occupation(1), props: { visibility: 'private', org: 'org-a' } },
        mode: 'merge',
      },
    ],
    audited: true,
  },
  // A private loaded node made public again.
  {
    ops: [
      {
        op: 'upsertNode',
        node: { ...occupation(9), props: { name_zh: '职业9' } },
        mode: 'replace',
      },
    ],
    audited: true,
  },
  {
    ops: [
      { op: 'upsertEdge', edge: { ...requires(2, 14), props: { importance: 5 } }, mode: 'merge' },
    ],
    audited: true,
  },
  { ops: [{ op: 'removeEdge', ref: requires(3, 21) }], audited: true },
  { ops: [{ op: 'removeNode', ref: competency(35) }], audited: true },
  // Writes without a stamp leave no change of their own, but the load's records stay as loaded.
  {
    ops: [
      { op: 'upsertNode', node: { ...occupation(6), props: { name_en: 'quiet' } }, mode: 'merge' },
    ],
    audited: false,
  },
  { ops: [{ op: 'removeNode', ref: occupation(7) }], audited: false },
  {
    ops: [
      { op: 'upsertEdge', edge: { ...requires(8, 25), props: { importance: 1 } }, mode: 'replace' },
    ],
    audited: false,
  },
];

async function importFile(store: GraphStore, offThread: OffThread, requestId: string) {
  await streamImport(store, [ndjsonFileSource(file())], {
    now,
    offThread,
    audit: stamp(requestId),
  });
}

async function removeAll(store: GraphStore): Promise<void> {
  const ops: WriteOp[] = [];
  for (let i = 0; i < n; i++) ops.push({ op: 'removeNode', ref: occupation(i) });
  for (let i = 0; i < n; i++) ops.push({ op: 'removeNode', ref: competency(i) });
  await store.write(ops, stamp('clear'));
}

const feed = async (store: GraphStore, query: Partial<ChangeQuery> = {}) =>
  store.changes({ since: 0, limit: 100_000, ...query });

/** Every page of `size` changes from the start, one after another. */
async function pages(store: GraphStore, size: number, query: Partial<ChangeQuery> = {}) {
  const all: ChangeRecord[] = [];
  for (let since = 0; ;) {
    const page = await store.changes({ since, limit: size, ...query });
    all.push(...page);
    if (page.length < size) return all;
    since = page.at(-1)!.seq;
  }
}

async function views(store: GraphStore) {
  return {
    feed: await feed(store),
    pages: await pages(store, 7),
    privatePages: await pages(store, 5, { privateOf: [] }),
    orgA: await feed(store, { privateOf: ['org-a'] }),
    orgB: await feed(store, { privateOf: ['org-b'] }),
    since: await feed(store, { since: 50, limit: 30 }),
    o1: await feed(store, { node: occupation(1) }),
    o9: await feed(store, { node: occupation(9), privateOf: ['org-a'] }),
    c14: await feed(store, { node: competency(14) }),
    c35: await feed(store, { node: competency(35) }),
    o7: await feed(store, { node: occupation(7) }),
    afterTime: await feed(store, { sinceTime: '2026-03-02T00:00:00.000Z' }),
  };
}

/** The rows of `changes` and of `loads` in the store's file, read on a connection of their own. */
function changeRows(dir: string) {
  const db = new Database(path.join(dir, 'atlas.sqlite'), { readonly: true });
  try {
    const count = (table: string) =>
      db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
    return { changes: count('changes'), loads: count('loads') };
  } finally {
    db.close();
  }
}

/** The import, the later writes, then (reopened) everything removed and the file loaded again. */
async function scenario(offThread: OffThread) {
  const dir = tempDir();
  let store = EmbeddedStore.open({ dataDir: dir });
  let first: Awaited<ReturnType<typeof views>>;
  let afterImport: { changes: number; loads: number };
  try {
    await importFile(store, offThread, 'import-1');
    afterImport = changeRows(dir);
    for (const [i, { ops, audited }] of later.entries())
      await store.write(ops, audited ? stamp(`write-${i}`) : undefined);
    first = await views(store);
    await removeAll(store);
  } finally {
    await store.close();
  }
  store = EmbeddedStore.open({ dataDir: dir });
  try {
    await importFile(store, offThread, 'import-2');
    await store.write(later[0]!.ops, stamp('again'));
    return { first, second: await views(store), afterImport, atEnd: changeRows(dir) };
  } finally {
    await store.close();
  }
}

describe('a load’s change records kept as one row', () => {
  it('read as the per-record rows of the general import, through later writes and a second load', async () => {
    const general = await scenario('never');
    const loaded = await scenario('always');
    expect(loaded.first).toEqual(general.first);
    expect(loaded.second).toEqual(general.second);

    // What the views hold, so that equal views cannot both be empty or unfiltered.
    const { first, second } = loaded;
    expect(first.feed.filter((c) => c.requestId === 'import-1')).toHaveLength(4 * n);
    expect(first.pages).toEqual(first.feed);
    expect(first.o1.map((c) => [c.action, c.node ? 'node' : 'edge', c.requestId])).toEqual([
      ['create', 'node', 'import-1'],
      ['create', 'edge', 'import-1'],
      ['create', 'edge', 'import-1'],
      ['update', 'node', 'write-0'],
    ]);
    // o1's creation is re-marked private to org-a; its relationships follow it.
    const o1Changes = (c: ChangeRecord) => c.node?.key === 'o1' || c.edge?.from.key === 'o1';
    expect(first.feed.filter(o1Changes)).toHaveLength(4);
    expect(first.privatePages.filter(o1Changes)).toHaveLength(0);
    expect(first.orgA.filter(o1Changes)).toHaveLength(4);
    // o9 was private to org-b when loaded and public since: its creation is in every feed.
    expect(first.o9.map((c) => c.action)).toEqual(['create', 'create', 'create', 'update']);
    // Removed with c35: its relationships' creations stay, with the properties they were loaded with.
    expect(first.c35.map((c) => c.action)).toEqual(['create', 'create', 'create', 'remove']);
    // o7 went without a stamp: its creations are still there as loaded.
    expect(first.o7.map((c) => c.action)).toEqual(['create', 'create', 'create']);
    const quiet = first.feed.find((c) => c.node?.key === 'o6')!;
    expect(quiet.after).not.toHaveProperty('name_en');
    const edge8 = first.feed.find((c) => c.edge?.from.key === 'o8' && c.edge.to.key === 'c25')!;
    expect(edge8.after).not.toHaveProperty('importance');
    expect(second.feed.filter((c) => c.requestId === 'import-2')).toHaveLength(4 * n);
    expect(second.since).toHaveLength(30);
    expect(second.since[0]!.seq).toBe(51);
  });

  it('writes one row for a load, and a change row for a loaded record only once it is touched', async () => {
    const general = await scenario('never');
    const loaded = await scenario('always');
    expect(general.afterImport).toEqual({ changes: 4 * n, loads: 0 });
    expect(loaded.afterImport).toEqual({ changes: 0, loads: 1 });
    // The second load's records stay one row; the one write after it touched o1 (1 creation
    // written out, 1 update), on top of the first load's 160 records written out as everything was
    // removed and the writes' own changes.
    expect(loaded.atEnd.loads).toBe(2);
    expect(general.atEnd.changes - loaded.atEnd.changes).toBe(4 * n - 1);
  });
});
