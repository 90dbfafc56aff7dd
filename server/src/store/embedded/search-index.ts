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
 */
import type Database from 'better-sqlite3';
import type { Props } from '@chanjiao/graph-schema';

export const fieldStart = '\u0002';
export const fieldEnd = '\u0003\u0003';

export const searchTables = `
CREATE VIRTUAL TABLE IF NOT EXISTS search USING fts5(doc, tokenize = 'trigram case_sensitive 1', content = '', contentless_delete = 1);
CREATE VIRTUAL TABLE IF NOT EXISTS search_trigrams USING fts5vocab(search, 'row');
`;

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

/** Merges the load's segments into one and restores FTS5's default settings. */
export function endSearchLoad(db: Database.Database): void {
  db.exec(
    "INSERT INTO search (search) VALUES ('optimize'); " +
      "INSERT INTO search (search, rank) VALUES ('hashsize', 1048576); " +
      "INSERT INTO search (search, rank) VALUES ('automerge', 4)",
  );
}

/** Creates the index when the file has none (an older file), filling it from the nodes. */
export function ensureSearchIndex(db: Database.Database): void {
  const exists = db.prepare("SELECT 1 FROM sqlite_master WHERE name = 'search'").get();
  if (exists) return;
  db.transaction(() => {
    db.exec(searchTables);
    const insert = db.prepare('INSERT INTO search (rowid, doc) VALUES (?, ?)');
    for (const [id, key, props] of db.prepare('SELECT id, key, props FROM nodes').raw().all() as [
      number,
      string,
      string,
    ][])
      insert.run(id, searchDoc(key, JSON.parse(props) as Props));
  }).immediate();
}
