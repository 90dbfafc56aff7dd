/**
 * Single-batch writes: every op of a batch in one SQLite transaction (BEGIN IMMEDIATE), so the
 * batch is all or nothing on disk. The caller refreshes memory from the refs it returns, after the
 * commit, so a failed batch never reaches memory either.
 */
import type Database from 'better-sqlite3';
import type { EdgeRef, NodeRef } from '@chanjiao/graph-schema';
import { emptyWriteResult, type WriteOp, type WriteResult } from '../port.ts';
import type { Statements } from './sql.ts';
import { removeEdge, removeNode, upsertEdge, upsertNode } from './upsert.ts';

export interface BatchOutcome {
  result: WriteResult;
  /** Nodes and edges the batch created, changed or removed. */
  nodes: NodeRef[];
  edges: EdgeRef[];
}

export function writeBatch(db: Database.Database, st: Statements, ops: WriteOp[]): BatchOutcome {
  const result = emptyWriteResult();
  const nodes: NodeRef[] = [];
  const edges: EdgeRef[] = [];
  const run = db.transaction(() => {
    ops.forEach((op, index) => {
      switch (op.op) {
        case 'upsertNode':
          if (upsertNode(st, op.node, op.mode) === 'created') result.nodesCreated++;
          else result.nodesUpdated++;
          nodes.push(op.node);
          break;
        case 'upsertEdge':
          if (upsertEdge(st, op.edge, op.mode, index) === 'created') result.edgesCreated++;
          else result.edgesUpdated++;
          edges.push(op.edge);
          break;
        case 'removeEdge':
          if (removeEdge(st, op.ref)) {
            result.edgesRemoved++;
            edges.push(op.ref);
          }
          break;
        case 'removeNode': {
          const removed = removeNode(st, op.ref);
          if (!removed) break;
          result.nodesRemoved++;
          result.edgesRemoved += removed.length;
          nodes.push(op.ref);
          edges.push(...removed);
          break;
        }
      }
    });
  });
  run.immediate();
  return { result, nodes, edges };
}
