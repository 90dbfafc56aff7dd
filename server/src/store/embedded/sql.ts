/**
 * The embedded store's SQLite layout and its prepared statements. Everything that touches the file
 * goes through these statements, so the table layout lives in this one place.
 */
import Database from 'better-sqlite3';

export const schemaVersion = 1;

const ddl = `
CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS nodes (
  kind TEXT NOT NULL,
  key TEXT NOT NULL,
  props TEXT NOT NULL,
  PRIMARY KEY (kind, key)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS edges (
  rel TEXT NOT NULL,
  from_kind TEXT NOT NULL,
  from_key TEXT NOT NULL,
  to_kind TEXT NOT NULL,
  to_key TEXT NOT NULL,
  props TEXT NOT NULL,
  PRIMARY KEY (rel, from_kind, from_key, to_kind, to_key)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS edges_by_from ON edges (from_kind, from_key);
CREATE INDEX IF NOT EXISTS edges_by_to ON edges (to_kind, to_key);
`;

/** Opens (creating if needed) the database file with the durability settings the store relies on. */
export function openDatabase(file: string): Database.Database {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = OFF');
  db.exec(ddl);
  const version = db.prepare("SELECT value FROM meta WHERE name = 'schemaVersion'").get() as
    { value: string } | undefined;
  if (!version)
    db.prepare("INSERT INTO meta (name, value) VALUES ('schemaVersion', ?)").run(
      String(schemaVersion),
    );
  else if (Number(version.value) > schemaVersion) {
    db.close();
    throw new Error(
      `${file} was written by a newer version (schema ${version.value} > ${schemaVersion})`,
    );
  }
  return db;
}

export function prepareStatements(db: Database.Database) {
  return {
    upsertNode: db.prepare(
      'INSERT INTO nodes (kind, key, props) VALUES (?, ?, ?) ON CONFLICT (kind, key) DO UPDATE SET props = excluded.props',
    ),
    deleteNode: db.prepare('DELETE FROM nodes WHERE kind = ? AND key = ?'),
    upsertEdge: db.prepare(
      `INSERT INTO edges (rel, from_kind, from_key, to_kind, to_key, props) VALUES (?, ?, ?, ?, ?, ?)
       ON CONFLICT (rel, from_kind, from_key, to_kind, to_key) DO UPDATE SET props = excluded.props`,
    ),
    deleteEdge: db.prepare(
      'DELETE FROM edges WHERE rel = ? AND from_kind = ? AND from_key = ? AND to_kind = ? AND to_key = ?',
    ),
    nodeProps: db.prepare('SELECT props FROM nodes WHERE kind = ? AND key = ?').pluck(),
    edgeProps: db
      .prepare(
        'SELECT props FROM edges WHERE rel = ? AND from_kind = ? AND from_key = ? AND to_kind = ? AND to_key = ?',
      )
      .pluck(),
    incidentEdges: db.prepare(
      `SELECT rel, from_kind, from_key, to_kind, to_key, props FROM edges WHERE from_kind = ? AND from_key = ?
       UNION SELECT rel, from_kind, from_key, to_kind, to_key, props FROM edges WHERE to_kind = ? AND to_key = ?`,
    ),
    allNodes: db.prepare('SELECT kind, key, props FROM nodes'),
    allEdges: db.prepare('SELECT rel, from_kind, from_key, to_kind, to_key, props FROM edges'),
    countByKind: db.prepare('SELECT kind AS name, count(*) AS n FROM nodes GROUP BY kind'),
    countByRel: db.prepare('SELECT rel AS name, count(*) AS n FROM edges GROUP BY rel'),
  };
}

export type Statements = ReturnType<typeof prepareStatements>;
