/**
 * Upgrades a file written with the first layout (nodes keyed by (kind, key), relationships by
 * their endpoints' keys, no row ids, no counts) to the current one, in one transaction: copy the
 * nodes in (kind, key) order, the relationships with their endpoints' new ids, count both.
 */
import type Database from 'better-sqlite3';

export function migrateFromV1(db: Database.Database): void {
  db.transaction(() => {
    db.exec(`
      ALTER TABLE nodes RENAME TO nodes_v1;
      ALTER TABLE edges RENAME TO edges_v1;
      DROP INDEX IF EXISTS edges_by_from;
      DROP INDEX IF EXISTS edges_by_to;
      CREATE TABLE nodes (id INTEGER PRIMARY KEY, kind TEXT NOT NULL, key TEXT NOT NULL, props TEXT NOT NULL);
      CREATE TABLE edges (id INTEGER PRIMARY KEY, rel TEXT NOT NULL, src INTEGER NOT NULL, dst INTEGER NOT NULL, props TEXT NOT NULL);
      CREATE TABLE IF NOT EXISTS counts (name TEXT PRIMARY KEY, n INTEGER NOT NULL) WITHOUT ROWID;
      INSERT INTO nodes (kind, key, props) SELECT kind, key, props FROM nodes_v1 ORDER BY kind, key;
      CREATE UNIQUE INDEX nodes_by_key ON nodes (kind, key);
      INSERT INTO edges (rel, src, dst, props)
        SELECT e.rel, a.id, b.id, e.props FROM edges_v1 e
        JOIN nodes a ON a.kind = e.from_kind AND a.key = e.from_key
        JOIN nodes b ON b.kind = e.to_kind AND b.key = e.to_key
        ORDER BY e.rel, e.from_kind, e.from_key, e.to_kind, e.to_key;
      CREATE UNIQUE INDEX edges_by_ends ON edges (src, rel, dst);
      CREATE INDEX edges_by_dst ON edges (dst, rel, src);
      DROP TABLE edges_v1;
      DROP TABLE nodes_v1;
      DELETE FROM counts;
      INSERT INTO counts (name, n) SELECT 'node:' || kind, count(*) FROM nodes GROUP BY kind;
      INSERT INTO counts (name, n) SELECT 'rel:' || rel, count(*) FROM edges GROUP BY rel;
    `);
  }).immediate();
}
