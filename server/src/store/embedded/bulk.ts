/**
 * Bulk sessions on the embedded store: the whole session is one SQLite transaction, so an import of
 * any size commits or rolls back whole, and readers keep seeing the graph as it was until COMMIT.
 * Each `write` call runs in a SAVEPOINT, so a failing call leaves none of its ops and the session
 * stays usable. The keys a session touches are listed in temporary tables (on disk, not in the JS
 * heap) so that memory can be brought up to date from exactly those rows after the commit.
 */
import type Database from 'better-sqlite3';
import type { EdgeRef, NodeKind, NodeRef, RelType } from '@chanjiao/graph-schema';
import { emptyWriteResult, type BulkSession, type UpsertOp, type WriteResult } from '../port.ts';
import type { Statements } from './sql.ts';
import { upsertEdge, upsertNode } from './upsert.ts';

export interface BulkHost {
  db: Database.Database;
  st: Statements;
  assertOpen(): void;
  /**
   * After COMMIT: the number of rows the session touched and readers over them (nodes, then
   * edges), to bring memory up to date.
   */
  committed(touched: number, nodes: () => Iterable<NodeRef>, edges: () => Iterable<EdgeRef>): void;
  /** The session is over (committed or rolled back): release the write lock. */
  finished(): void;
}

/** Starts the session's transaction; the caller holds the write lock. */
export function startBulkSession(host: BulkHost): BulkSession {
  const { db, st } = host;
  db.exec(`
    CREATE TEMP TABLE IF NOT EXISTS bulk_nodes (kind TEXT NOT NULL, key TEXT NOT NULL, PRIMARY KEY (kind, key)) WITHOUT ROWID;
    CREATE TEMP TABLE IF NOT EXISTS bulk_edges (rel TEXT NOT NULL, from_kind TEXT NOT NULL, from_key TEXT NOT NULL,
      to_kind TEXT NOT NULL, to_key TEXT NOT NULL, PRIMARY KEY (rel, from_kind, from_key, to_kind, to_key)) WITHOUT ROWID;
    DELETE FROM bulk_nodes; DELETE FROM bulk_edges;`);
  db.exec('BEGIN IMMEDIATE');
  const touchNode = db.prepare('INSERT OR IGNORE INTO bulk_nodes (kind, key) VALUES (?, ?)');
  const touchEdge = db.prepare(
    'INSERT OR IGNORE INTO bulk_edges (rel, from_kind, from_key, to_kind, to_key) VALUES (?, ?, ?, ?, ?)',
  );
  let finished = false;
  const finish = (): void => {
    if (finished) return;
    finished = true;
    host.finished();
  };
  const assertActive = (): void => {
    if (finished) throw new Error('the bulk session is already committed or rolled back');
    host.assertOpen();
  };
  // Nested in the open transaction, better-sqlite3 runs each call in a SAVEPOINT.
  const apply = db.transaction((ops: UpsertOp[]): WriteResult => {
    const result = emptyWriteResult();
    ops.forEach((op, index) => {
      if (op.op === 'upsertNode') {
        if (upsertNode(st, op.node, op.mode) === 'created') result.nodesCreated++;
        else result.nodesUpdated++;
        touchNode.run(op.node.kind, op.node.key);
      } else {
        const { edge } = op;
        if (upsertEdge(st, edge, op.mode, index) === 'created') result.edgesCreated++;
        else result.edgesUpdated++;
        touchEdge.run(edge.rel, edge.from.kind, edge.from.key, edge.to.kind, edge.to.key);
      }
    });
    return result;
  });

  const touchedNodes = function* (): Iterable<NodeRef> {
    for (const row of db.prepare('SELECT kind, key FROM temp.bulk_nodes').all() as {
      kind: NodeKind;
      key: string;
    }[])
      yield { kind: row.kind, key: row.key };
  };
  const touchedEdges = function* (): Iterable<EdgeRef> {
    for (const row of db
      .prepare('SELECT rel, from_kind, from_key, to_kind, to_key FROM temp.bulk_edges')
      .all() as {
      rel: RelType;
      from_kind: NodeKind;
      from_key: string;
      to_kind: NodeKind;
      to_key: string;
    }[])
      yield {
        rel: row.rel,
        from: { kind: row.from_kind, key: row.from_key },
        to: { kind: row.to_kind, key: row.to_key },
      };
  };

  return {
    write: async (ops) => {
      assertActive();
      return apply(ops);
    },
    commit: async () => {
      assertActive();
      try {
        db.exec('COMMIT');
      } catch (error) {
        if (db.inTransaction) db.exec('ROLLBACK');
        finish();
        throw error;
      }
      try {
        const touched =
          (db.prepare('SELECT count(*) FROM temp.bulk_nodes').pluck().get() as number) +
          (db.prepare('SELECT count(*) FROM temp.bulk_edges').pluck().get() as number);
        host.committed(touched, touchedNodes, touchedEdges);
        db.exec('DELETE FROM temp.bulk_nodes; DELETE FROM temp.bulk_edges;');
      } finally {
        finish();
      }
    },
    rollback: async () => {
      if (finished) return;
      try {
        if (db.inTransaction) db.exec('ROLLBACK');
      } finally {
        finish();
      }
    },
  };
}
