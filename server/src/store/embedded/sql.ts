/**
 * The embedded store's SQLite layout and its prepared statements. Nodes and relationships have
 * integer row ids — the ids the in-memory adjacency holds — with unique indexes on a node's
 * (kind, key) and a relationship's (source, type, target); `counts` keeps the number of nodes of
 * each kind and relationships of each type current in the same transaction as every write.
 * Everything that touches the file goes through these statements, so the layout lives here.
 */
import Database from 'better-sqlite3';
import { changeIndexes, changesTable } from './audit.ts';
import { loadsTable } from './load-trail.ts';
import { migrateFromV1 } from './migrate-v1.ts';
import { addStaleDocs, ensureSearchIndex, ensureSearchTerms } from './search-index.ts';

/** 3: a load's change records are one row of `loads` (load-trail.ts). */
export const schemaVersion = 3;

export const tables = `
CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS nodes (
  id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL,
  key TEXT NOT NULL,
  props TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS edges (
  id INTEGER PRIMARY KEY,
  rel TEXT NOT NULL,
  src INTEGER NOT NULL,
  dst INTEGER NOT NULL,
  props TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS counts (name TEXT PRIMARY KEY, n INTEGER NOT NULL) WITHOUT ROWID;
`;

/**
 * The indexes, apart so that a load into an empty store can build them once at the end.
 * `nodes_private` lists the few private nodes, so a count for a reader can leave them out without
 * reading every counted row.
 */
export const indexes = `
CREATE UNIQUE INDEX IF NOT EXISTS nodes_by_key ON nodes (kind, key);
CREATE UNIQUE INDEX IF NOT EXISTS edges_by_ends ON edges (src, rel, dst);
CREATE INDEX IF NOT EXISTS edges_by_dst ON edges (dst, rel, src);
CREATE INDEX IF NOT EXISTS nodes_private ON nodes (id) WHERE props ->> '$.visibility' = 'private';
`;

export const dropIndexes = `
DROP INDEX IF EXISTS nodes_by_key;
DROP INDEX IF EXISTS edges_by_ends;
DROP INDEX IF EXISTS edges_by_dst;
DROP INDEX IF EXISTS nodes_private;
`;

/** Opens (creating or upgrading if needed) the file with the durability settings the store relies on. */
export function openDatabase(file: string): Database.Database {
  const db = new Database(file);
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = OFF');
    // A large page cache keeps the indexes of a big import in memory (pages are allocated as used).
    db.pragma('cache_size = -262144');
    db.exec(
      'CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID',
    );
    const stored = db
      .prepare("SELECT value FROM meta WHERE name = 'schemaVersion'")
      .pluck()
      .get() as string | undefined;
    const version = stored === undefined ? null : Number(stored);
    if (version !== null && version > schemaVersion)
      throw new Error(
        `${file} was written by a newer version (schema ${version} > ${schemaVersion})`,
      );
    if (version === 1) migrateFromV1(db);
    else {
      db.exec(tables);
      db.exec(indexes);
    }
    ensureSearchIndex(db);
    ensureSearchTerms(db);
    db.exec(changesTable);
    db.exec(changeIndexes);
    db.exec(loadsTable);
    if (version !== schemaVersion)
      db.prepare("INSERT OR REPLACE INTO meta (name, value) VALUES ('schemaVersion', ?)").run(
        String(schemaVersion),
      );
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

export function prepareStatements(db: Database.Database) {
  return {
    nodeIdByKey: db.prepare('SELECT id FROM nodes WHERE kind = ? AND key = ?').pluck(),
    nodeByKey: db.prepare('SELECT id, props FROM nodes WHERE kind = ? AND key = ?'),
    nodeById: db.prepare('SELECT kind, key, props FROM nodes WHERE id = ?'),
    nodePropsById: db.prepare('SELECT props FROM nodes WHERE id = ?').pluck(),
    indexNode: db.prepare('INSERT OR REPLACE INTO search (rowid, doc) VALUES (?, ?)'),
    unindexNode: db.prepare('DELETE FROM search WHERE rowid = ?'),
    addSearchTerms: db.prepare(
      'INSERT OR IGNORE INTO search_terms (term) SELECT value FROM json_each(?)',
    ),
    addStaleDocs: db.prepare(addStaleDocs),
    nodeRefById: db.prepare('SELECT kind, key FROM nodes WHERE id = ?'),
    insertNode: db.prepare('INSERT INTO nodes (id, kind, key, props) VALUES (?, ?, ?, ?)'),
    setNodeProps: db.prepare('UPDATE nodes SET props = ? WHERE id = ?'),
    mergeNodeProps: db.prepare('UPDATE nodes SET props = json_patch(props, ?) WHERE id = ?'),
    deleteNode: db.prepare('DELETE FROM nodes WHERE id = ?'),
    edgeIdByEnds: db.prepare('SELECT id FROM edges WHERE src = ? AND rel = ? AND dst = ?').pluck(),
    edgeById: db.prepare('SELECT rel, src, dst, props FROM edges WHERE id = ?'),
    edgePropsById: db.prepare('SELECT props FROM edges WHERE id = ?').pluck(),
    insertEdge: db.prepare('INSERT INTO edges (id, rel, src, dst, props) VALUES (?, ?, ?, ?, ?)'),
    setEdgeProps: db.prepare('UPDATE edges SET props = ? WHERE id = ?'),
    mergeEdgeProps: db.prepare('UPDATE edges SET props = json_patch(props, ?) WHERE id = ?'),
    deleteEdge: db.prepare('DELETE FROM edges WHERE id = ?'),
    /** Every relationship of a node, a self-loop once. */
    incidentEdges: db.prepare(
      'SELECT id, rel, src, dst FROM edges WHERE src = @node UNION ALL SELECT id, rel, src, dst FROM edges WHERE dst = @node AND src <> @node',
    ),
    maxIds: db.prepare(
      'SELECT (SELECT coalesce(max(id), 0) FROM nodes) AS nodes, (SELECT coalesce(max(id), 0) FROM edges) AS edges',
    ),
    counts: db.prepare('SELECT name, n FROM counts'),
    addCount: db.prepare(
      'INSERT INTO counts (name, n) VALUES (?, ?) ON CONFLICT (name) DO UPDATE SET n = n + excluded.n',
    ),
  };
}

export type Statements = ReturnType<typeof prepareStatements>;
