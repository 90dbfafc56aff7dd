/**
 * Single-batch writes: every op of a batch in one SQLite transaction (BEGIN IMMEDIATE), counts
 * included, so the batch is all or nothing on disk. The caller applies the count deltas and the
 * adjacency changes the batch returns only after the commit, so a failed batch never reaches
 * memory either.
 */
import type Database from 'better-sqlite3';
import { emptyWriteResult, type WriteOp, type WriteResult } from '../port.ts';
import type { AuditContext } from './audit.ts';
import type { Change } from './adjacency/graph.ts';
import { CountDelta } from './counts.ts';
import { WrittenTerms } from './search-index.ts';
import {
  flushSearchTerms,
  removeEdge,
  removeNode,
  upsertEdge,
  upsertNode,
  type WriteContext,
} from './upsert.ts';

export interface BatchOutcome {
  result: WriteResult;
  delta: CountDelta;
  changes: Change[] | null;
}

export function writeBatch(
  db: Database.Database,
  base: Omit<WriteContext, 'delta' | 'changes' | 'terms'>,
  ops: WriteOp[],
  collectChanges: boolean,
  /** Runs first inside the transaction, once it holds the write lock. */
  begin: () => void = () => undefined,
  /** Records each change in the same transaction (audit.ts); none without. */
  audit?: AuditContext,
): BatchOutcome {
  const result = emptyWriteResult();
  const cx: WriteContext = {
    ...base,
    delta: new CountDelta(),
    changes: collectChanges ? [] : null,
    terms: new WrittenTerms(),
    ...(audit && { audit }),
  };
  const run = db.transaction(() => {
    begin();
    ops.forEach((op, index) => {
      switch (op.op) {
        case 'upsertNode':
          if (upsertNode(cx, op.node, op.mode) === 'created') result.nodesCreated++;
          else result.nodesUpdated++;
          break;
        case 'upsertEdge':
          if (upsertEdge(cx, op.edge, op.mode, index) === 'created') result.edgesCreated++;
          else result.edgesUpdated++;
          break;
        case 'removeEdge':
          if (removeEdge(cx, op.ref)) result.edgesRemoved++;
          break;
        case 'removeNode': {
          const edges = removeNode(cx, op.ref);
          if (edges === null) break;
          result.nodesRemoved++;
          result.edgesRemoved += edges;
          break;
        }
      }
    });
    flushSearchTerms(cx);
    cx.delta.persist(cx.st);
  });
  run.immediate();
  return { result, delta: cx.delta, changes: cx.changes };
}
