/**
 * The embedded store's list of the trigrams its search index holds (search-index.ts), which words
 * of one or two characters are looked up in: it must hold every trigram of the index — written
 * row by row, by a load into an empty store, and for a file written before the list existed —
 * or a short word would miss the nodes of the trigrams it lacks.
 */
import Database from 'better-sqlite3';
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { NodeRef } from '@chanjiao/graph-schema';
import { EmbeddedStore, embeddedDatabasePath } from '../src/store/embedded/index.ts';
import type { GraphStore, UpsertOp, WriteOp } from '../src/store/port.ts';
import { tempDir } from './helpers.ts';
import { staleDocs, staleLimit } from '../src/store/embedded/search-index.ts';

const node = (kind: NodeRef['kind'], key: string, props: Record<string, unknown>) =>
  ({ op: 'upsertNode', node: { kind, key, props }, mode: 'merge' }) as UpsertOp;

/** Names with CJK, capitals, a character outside the BMP (two UTF-16 units) and aliases. */
const created: UpsertOp[] = [
  node('Product', 'p-battery', { name_zh: '🔋动力电池', name_en: 'Power Battery' }),
  node('Product', 'p-cell', { name_zh: '电芯', aliases: ['Cell', '𠮷电'] }),
  node('Enterprise', 'e-1', { name_zh: '宁德企业' }),
  node('Product', 'p-gone', { name_zh: '将删除的产品' }),
];
const writes: WriteOp[][] = [
  created,
  [
    // A renamed node, and one removed (its trigrams stay listed, matching nothing).
    node('Enterprise', 'e-1', { name_zh: '宁德时代', name_en: 'CATL' }),
    { op: 'removeNode', ref: { kind: 'Product', key: 'p-gone' } },
  ],
];

/** Runs `read` on the store's file, opened read-only. */
function inFile<T>(dataDir: string, read: (db: Database.Database) => T): T {
  const db = new Database(embeddedDatabasePath(dataDir), { readonly: true });
  try {
    return read(db);
  } finally {
    db.close();
  }
}

/** Trigrams the index holds that the list lacks. */
const missing = (dataDir: string) =>
  inFile(dataDir, (db) =>
    db
      .prepare('SELECT term FROM search_trigrams EXCEPT SELECT term FROM search_terms')
      .pluck()
      .all(),
  );

/** Trigrams the list holds that the index does not (left by replaced or removed documents). */
const stale = (dataDir: string) =>
  inFile(dataDir, (db) =>
    db
      .prepare('SELECT term FROM search_terms EXCEPT SELECT term FROM search_trigrams')
      .pluck()
      .all(),
  );

const staleCount = (dataDir: string) => inFile(dataDir, staleDocs);

async function shortSearches(store: GraphStore): Promise<Record<string, string[]>> {
  const answers: Record<string, string[]> = {};
  for (const text of ['电', '电池', '🔋', '𠮷', '时代', 'ca', '删']) {
    const { hits } = await store.search({ text, limit: 10 });
    answers[text] = hits.map((h) => h.key).sort();
  }
  return answers;
}

const expected = {
  电: ['p-battery', 'p-cell'],
  电池: ['p-battery'],
  '🔋': ['p-battery'],
  '𠮷': ['p-cell'],
  时代: ['e-1'],
  ca: ['e-1'],
  删: [],
};

describe('the embedded search term list', () => {
  it('holds every trigram of the index, written row by row and by a load', async () => {
    const rowByRow = tempDir('atlas-terms-rows-');
    const loaded = tempDir('atlas-terms-load-');
    for (const dataDir of [rowByRow, loaded]) {
      const store = EmbeddedStore.open({ dataDir });
      try {
        if (dataDir === loaded) {
          // Into an empty store a bulk session is a load: the list is filled at its end.
          const session = await store.beginBulk();
          await session.write(created);
          await session.commit();
        } else await store.write(writes[0]!);
        await store.write(writes[1]!);
        expect(await shortSearches(store)).toEqual(expected);
      } finally {
        await store.close();
      }
      expect(missing(dataDir)).toEqual([]);
    }
  });

  it('is made from the index when an older file has none', async () => {
    const dataDir = tempDir('atlas-terms-old-');
    const store = EmbeddedStore.open({ dataDir });
    for (const ops of writes) await store.write(ops);
    await store.close();
    const db = new Database(embeddedDatabasePath(dataDir));
    db.exec('DROP TABLE search_terms');
    db.close();

    const reopened = EmbeddedStore.open({ dataDir });
    try {
      expect(await shortSearches(reopened)).toEqual(expected);
    } finally {
      await reopened.close();
    }
    expect(missing(dataDir)).toEqual([]);
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('counts replaced and removed documents, and lists its terms afresh past the limit', async () => {
    const dataDir = tempDir('atlas-terms-stale-');
    let store = EmbeddedStore.open({ dataDir });
    for (const ops of writes) await store.write(ops);
    await store.close();
    // One document replaced (the rename) and one removed; their trigrams stay listed.
    expect(staleCount(dataDir)).toBe(2);
    expect(stale(dataDir)).toContain('删除的');
    // Below the limit an open leaves the list as it is.
    await EmbeddedStore.open({ dataDir }).close();
    expect(stale(dataDir)).toContain('删除的');

    // Past it: 10,001 more documents removed, with trigrams no other document has.
    const keys = Array.from({ length: staleLimit(0) + 1 }, (_, i) => `old-${i}`);
    store = EmbeddedStore.open({ dataDir });
    await store.write(keys.map((key) => node('Product', key, { name_zh: `废弃产品${key}` })));
    await store.write(keys.map((key) => ({ op: 'removeNode', ref: { kind: 'Product', key } })));
    await store.close();
    expect(staleCount(dataDir)).toBe(staleLimit(0) + 3);
    expect(stale(dataDir)).toContain('废弃产');

    store = EmbeddedStore.open({ dataDir });
    try {
      expect(await shortSearches(store)).toEqual(expected);
    } finally {
      await store.close();
    }
    expect(stale(dataDir)).toEqual([]);
    expect(missing(dataDir)).toEqual([]);
    expect(staleCount(dataDir)).toBe(0);
    fs.rmSync(dataDir, { recursive: true, force: true });
  });
});
