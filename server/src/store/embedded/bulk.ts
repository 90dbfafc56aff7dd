/**
 * Bulk sessions on the embedded store: the whole session is one SQLite transaction, so an import of
 * any size commits or rolls back whole, and readers (on their own connection) keep seeing the graph
 * as it was until COMMIT. Each `write` call runs in a SAVEPOINT, so a failing call leaves none of
 * its ops and the session stays usable.
 *
 * The session remembers the row id of every node it wrote, so relationships resolve their ends
 * without reading SQLite. A session that begins on an empty store is a load: it drops the indexes,
 * writes rows without any look-up (absent from the session means absent), finds repeated
 * relationships in an EdgeSet, and builds the indexes once before COMMIT — faster than keeping
 * them up to date row by row. With an audit trail, its change records wait in a ChangeBuffer and
 * go in many at a time as well.
 */
import type Database from 'better-sqlite3';
import type { NodeKind, RelType } from '@chanjiao/graph-schema';
import { emptyWriteResult, type BulkSession, type UpsertOp, type WriteResult } from '../port.ts';
import type { Codes } from './adjacency/codes.ts';
import type { Change } from './adjacency/graph.ts';
import { CountDelta } from './counts.ts';
import { EdgeSet } from './edge-set.ts';
import { NodeRows } from './node-rows.ts';
import { RowBuffer, type RowStatements } from './row-buffer.ts';
import { dropIndexes, indexes, type Statements } from './sql.ts';
import { changeIndexes, dropChangeIndexes, type AuditContext } from './audit.ts';
import { ChangeBuffer } from './change-buffer.ts';
import { rowLoad } from './load-rows.ts';
import { recordLoad, type LoadTrail } from './load-trail.ts';
import { endSearchLoad, startSearchLoad, WrittenTerms } from './search-index.ts';
import {
  flushSearchTerms,
  upsertEdge,
  upsertNode,
  type RowIds,
  type WriteContext,
} from './upsert.ts';

/** Past this many changes the adjacency is rebuilt after COMMIT rather than patched. */
export const bulkChangeLimit = 250_000;

export interface BulkHost {
  db: Database.Database;
  st: Statements;
  /** Multi-row inserts, for a load into an empty store (row-buffer.ts). */
  rows: RowStatements;
  ids: RowIds;
  kinds: Codes<NodeKind>;
  rels: Codes<RelType>;
  /** Whether the store holds nothing (then the session loads without indexes); asked once the session holds the write lock. */
  empty(): boolean;
  /** Whether the adjacency wants the session's changes; asked after `empty()`. */
  wantsChanges(): boolean;
  assertOpen(): void;
  /** After COMMIT: the count deltas, and the changes (null: too many, rebuild instead). */
  committed(delta: CountDelta, changes: Change[] | null): void;
  /** The session is over (committed or rolled back): release the write lock. */
  finished(): void;
  /** Records each change in the session's transaction (audit.ts); none without. */
  audit?: AuditContext;
  /** Loads' change records, written out before a loaded row changes (load-trail.ts). */
  trail: LoadTrail;
}

/** Starts the session's transaction; the caller holds the write lock. */
export function startBulkSession(host: BulkHost): BulkSession {
  const { db, st } = host;
  db.exec('BEGIN IMMEDIATE');
  const fresh = host.empty() ? new EdgeSet() : null;
  if (fresh) {
    db.exec(dropIndexes);
    startSearchLoad(db);
  }
  const known = new NodeRows();
  // A load inserts its new rows many at a time: nothing reads them back by key (absent from the
  // session means absent), and their change records read neither them nor their ends (upsert.ts).
  const rows = fresh ? new RowBuffer(host.rows) : null;
  const audit = host.audit && {
    ...host.audit,
    buffer: new ChangeBuffer(host.audit.st.insert),
  };
  const privateRows = audit ? new Map<number, string>() : null;
  // A first load (an empty store with no history yet: the demo seeding, a first import) builds
  // the change feed's indexes once at commit too, as it does the graph's.
  const freshTrail = fresh !== null && audit !== undefined && audit.st.anyChange.get() === 0;
  if (freshTrail) db.exec(dropChangeIndexes);
  const delta = new CountDelta();
  const wantsChanges = host.wantsChanges();
  let changes: Change[] | null = wantsChanges ? [] : null;
  /** Rows went in through `load`: the session knows none of them, so it takes no `write`. */
  let loaded = false;
  /** The last row ids before the load's rows. */
  let loadBase: { node: number; edge: number } | null = null;

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
  const apply = db.transaction((cx: WriteContext, ops: UpsertOp[]): WriteResult => {
    const result = emptyWriteResult();
    ops.forEach((op, index) => {
      if (op.op === 'upsertNode') {
        if (upsertNode(cx, op.node, op.mode) === 'created') result.nodesCreated++;
        else result.nodesUpdated++;
      } else if (upsertEdge(cx, op.edge, op.mode, index) === 'created') result.edgesCreated++;
      else result.edgesUpdated++;
    });
    cx.rows?.flush();
    cx.audit?.buffer?.flush();
    flushSearchTerms(cx);
    return result;
  });

  return {
    write: async (ops) => {
      assertActive();
      if (loaded) throw new Error('a bulk session that loaded rows takes no further writes');
      const cx: WriteContext = {
        st,
        trail: host.trail,
        ids: host.ids,
        kinds: host.kinds,
        rels: host.rels,
        delta: new CountDelta(),
        changes: changes ? [] : null,
        terms: new WrittenTerms(),
        known,
        learned: [],
        ...(fresh && { fresh: { edges: fresh, added: [] } }),
        ...(rows && { rows }),
        ...(audit && { audit }),
        ...(privateRows && { privateRows, privacyUndo: [] }),
      };
      let result: WriteResult;
      try {
        result = apply(cx, ops);
      } catch (error) {
        // The savepoint is undone; so is what the session learned in this call.
        rows?.clear();
        audit?.buffer.clear();
        const undo = cx.privacyUndo ?? [];
        for (let i = undo.length - 1; i >= 0; i--) {
          const [row, org] = undo[i]!;
          if (org === undefined) privateRows!.delete(row);
          else privateRows!.set(row, org);
        }
        for (const ref of cx.learned!) known.delete(ref);
        const added = cx.fresh?.added ?? [];
        for (let i = 0; i < added.length; i += 3)
          fresh!.remove(added[i]!, added[i + 1]!, added[i + 2]!);
        throw error;
      }
      delta.add(cx.delta);
      if (changes && cx.changes) {
        if (changes.length + cx.changes.length > bulkChangeLimit) changes = null;
        else for (const change of cx.changes) changes.push(change);
      }
      return result;
    },
    commit: async () => {
      assertActive();
      try {
        // Rows that went in through `load` skipped the write path: their change records are the
        // load's one row (load-trail.ts).
        if (loaded && audit) recordLoad(db, audit, loadBase!, host.ids);
        if (fresh) {
          db.exec(indexes);
          endSearchLoad(db);
        }
        if (freshTrail) db.exec(changeIndexes);
        delta.persist(st);
        db.exec('COMMIT');
      } catch (error) {
        if (db.inTransaction) db.exec('ROLLBACK');
        finish();
        throw error;
      }
      try {
        host.committed(delta, wantsChanges ? changes : null);
      } finally {
        finish();
      }
    },
    ...(rows && {
      load: ((load) => ({
        base: (loadBase = load.base),
        rows: (batch) => {
          assertActive();
          loaded = true;
          // Too many changes to patch the adjacency with: it is rebuilt after COMMIT.
          changes = null;
          return load.rows(batch);
        },
      }))(rowLoad(rows, host.ids, delta)),
    }),
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
