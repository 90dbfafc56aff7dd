/**
 * The search index of the embedded store: SQLite FTS5 with the trigram tokenizer over one document
 * per node — its key, names and aliases, each field wrapped in markers (U+0002 before, U+0003 twice
 * after). Trigrams find any substring of three characters or more; the markers make a whole field
 * or a field's start searchable too (`"\u0002电池\u0003"`, `"\u0002电池"`), and the doubled end
 * marker means every character of a field starts some trigram, so a word of one or two characters
 * is found through the trigrams that start with it (listed by an fts5vocab table).
 *
 * Documents are lower-cased here with JavaScript's rule, the same search-rank.ts applies to words
 * and fields, and the index is case-sensitive: SQLite's own case folding differs for some scripts
 * (Georgian capitals, for one), and a candidate it missed could never be found. The index is
 * contentless (the documents are not stored twice); answers read names from `nodes`.
 * It is written in the same transaction as the node, by the one write path in upsert.ts.
 *
 * `search_terms` lists the trigrams the index holds, so that a word of one or two characters finds
 * the trigrams starting with it by a range of a B-tree. The `fts5vocab` table lists them too, but
 * it counts each term's documents by reading its whole doclist: 26–46 ms at 1M nodes for a word
 * such as `业`. The write path gathers the trigrams of the documents it indexes and adds them once
 * per write, in its transaction (a write's documents share most of them); a load into an empty
 * store fills the list from the vocabulary once, at its end. Terms whose documents went are left
 * in the list by a write: they match nothing, but they make a short word's OR longer and count
 * against its cap of trigrams (search.ts). So each write adds to `meta.searchTermsStale` the
 * documents it replaced or removed, and a store that opens with more of them than `staleLimit`
 * lists its terms afresh (1.3–3.6 s at 1M nodes, the vocabulary read whole). A replaced document
 * counts whether or not its text changed: the index keeps no text to compare, and counting too
 * many only refreshes sooner.
 */
import type Database from 'better-sqlite3';
import type { Props } from '@chanjiao/graph-schema';

export const fieldStart = '\u0002';
export const fieldEnd = '\u0003\u0003';

export const searchTables = `
CREATE VIRTUAL TABLE IF NOT EXISTS search USING fts5(doc, tokenize = 'trigram case_sensitive 1', content = '', contentless_delete = 1);
CREATE VIRTUAL TABLE IF NOT EXISTS search_trigrams USING fts5vocab(search, 'row');
`;

const termsTable = 'CREATE TABLE IF NOT EXISTS search_terms (term TEXT PRIMARY KEY) WITHOUT ROWID';

/** Adds to `search_terms` every trigram the index holds (after a load, or for an older file). */
export function fillSearchTerms(db: Database.Database): void {
  db.exec('INSERT OR IGNORE INTO search_terms (term) SELECT term FROM search_trigrams');
}

/** Documents replaced or removed since the term list was made (see the head of this file). */
export function staleDocs(db: Database.Database): number {
  const value = db.prepare("SELECT value FROM meta WHERE name = 'searchTermsStale'").pluck().get();
  return value === undefined ? 0 : Number(value);
}

/** How many replaced or removed documents a store keeps in its term list before listing afresh. */
export function staleLimit(nodes: number): number {
  return Math.max(staleFloor, Math.ceil(nodes / 10));
}

/** The least `staleLimit` gives, whatever the store holds: below it, opening counts no nodes. */
export const staleFloor = 10_000;

/** Records, in the write's transaction, that a write replaced or removed `count` documents. */
export const addStaleDocs =
  "INSERT INTO meta (name, value) VALUES ('searchTermsStale', ?) " +
  'ON CONFLICT (name) DO UPDATE SET value = CAST(value AS INTEGER) + excluded.value';

/**
 * Runs `create` in a write transaction when the file has no table named `name`. The name is looked
 * up again inside the transaction: another process may have made it while this one waited.
 */
function ensureTable(db: Database.Database, name: string, create: () => void): void {
  const exists = db.prepare('SELECT 1 FROM sqlite_master WHERE name = ?').pluck();
  if (exists.get(name)) return;
  db.transaction(() => {
    if (!exists.get(name)) create();
  }).immediate();
}

/**
 * Creates the term list when the file has none, filling it from the index, and lists the terms
 * afresh when more documents than `staleLimit` were replaced or removed since it was made.
 */
export function ensureSearchTerms(db: Database.Database): void {
  ensureTable(db, 'search_terms', () => {
    db.exec(termsTable);
    fillSearchTerms(db);
  });
  if (staleDocs(db) <= staleFloor) return;
  db.transaction(() => {
    const nodes = db.prepare('SELECT count(*) FROM nodes').pluck().get() as number;
    if (staleDocs(db) <= staleLimit(nodes)) return;
    db.exec("DELETE FROM search_terms; DELETE FROM meta WHERE name = 'searchTermsStale'");
    fillSearchTerms(db);
  }).immediate();
}

/**
 * What one write indexed, for the term list: the trigrams of the documents it wrote, and how many
 * documents it replaced or removed.
 */
export class WrittenTerms {
  readonly grams = new Set<string>();
  dropped = 0;
}

const surrogate = /[\uD800-\uDFFF]/;

/**
 * Adds the trigrams of a search document to `terms`, as the trigram tokenizer cuts them: every
 * three consecutive code points (the document is lower-cased already; the index keeps case).
 * Without a character outside the BMP a code point is one UTF-16 unit, and slices are quicker.
 */
export function addTrigrams(doc: string, terms: Set<string>): void {
  if (!surrogate.test(doc)) {
    for (let i = 0; i + 3 <= doc.length; i++) terms.add(doc.slice(i, i + 3));
    return;
  }
  const points = Array.from(doc);
  for (let i = 0; i + 3 <= points.length; i++)
    terms.add(points[i]! + points[i + 1]! + points[i + 2]!);
}

/** Whether properties written in merge mode may change a node's search document. */
export function touchesSearch(props: Props): boolean {
  return 'name_zh' in props || 'name_en' in props || 'aliases' in props;
}

export function searchDoc(key: string, props: Props): string {
  let doc = fieldStart + key + fieldEnd;
  if (typeof props.name_zh === 'string') doc += fieldStart + props.name_zh + fieldEnd;
  if (typeof props.name_en === 'string') doc += fieldStart + props.name_en + fieldEnd;
  if (Array.isArray(props.aliases))
    for (const alias of props.aliases) doc += fieldStart + alias + fieldEnd;
  return doc.toLowerCase();
}

/**
 * FTS5 settings for a load into an empty store, in its transaction: pending documents gather in a
 * 64 MB hash instead of 1 MB, and segments are not merged while the load writes (each merge would
 * read back what the load just wrote); `endSearchLoad` merges them once and restores the defaults.
 * Measured on 200,000 nodes: 25 % less CPU for the index than with the defaults, one segment after.
 */
export function startSearchLoad(db: Database.Database): void {
  db.exec(
    "INSERT INTO search (search, rank) VALUES ('hashsize', 67108864); " +
      "INSERT INTO search (search, rank) VALUES ('automerge', 0)",
  );
}

/** Lists the load's trigrams, merges its segments into one and restores FTS5's default settings. */
export function endSearchLoad(db: Database.Database): void {
  fillSearchTerms(db);
  db.exec(
    "INSERT INTO search (search) VALUES ('optimize'); " +
      "INSERT INTO search (search, rank) VALUES ('hashsize', 1048576); " +
      "INSERT INTO search (search, rank) VALUES ('automerge', 4)",
  );
}

/** Creates the index when the file has none (an older file), filling it from the nodes. */
export function ensureSearchIndex(db: Database.Database): void {
  ensureTable(db, 'search', () => {
    db.exec(searchTables);
    const insert = db.prepare('INSERT INTO search (rowid, doc) VALUES (?, ?)');
    for (const [id, key, props] of db.prepare('SELECT id, key, props FROM nodes').raw().all() as [
      number,
      string,
      string,
    ][])
      insert.run(id, searchDoc(key, JSON.parse(props) as Props));
  });
}
