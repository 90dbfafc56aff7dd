/**
 * The one write path: applies grouped ops inside a transaction the caller owns and reports what
 * changed (changes.ts). The single-batch `write` runs it in one transaction; a bulk session runs it
 * once per chunk and stores the changes as the chunk's undo entry. A caller that must write more in
 * the same transaction (bookkeeping, an audit row) runs its statements on the same `tx` afterwards.
 *
 * A relationship upsert that writes fewer rows than it was given had a missing endpoint: the first
 * such row is looked up and reported as MissingNodeError, and the caller's transaction rolls back.
 */
import type { ManagedTransaction, QueryResult } from 'neo4j-driver';
import { nodeId, type NodeKind } from '@chanjiao/graph-schema';
import { MissingNodeError } from '../../errors.ts';
import {
  collapse,
  edgeRowId,
  nodeRowId,
  type EdgeUpsertGroup,
  type Group,
  type NodeUpsertGroup,
} from './batching.ts';
import type { ChangeSet } from './changes.ts';
import {
  createNodes,
  mergeNodes,
  missingEndpoint,
  removeEdges,
  removeNodes,
  upsertEdges,
  type UpsertStrategy,
} from './cypher/upsert.ts';
import { run, type Statement } from './executor.ts';
import { nodeProps, toNumber, toPlainProps } from './values.ts';

/**
 * Says which rows of an upsert group are known to be new, so they are CREATEd without a lookup
 * (the rest are MERGEd). The default knows nothing; a bulk session knows more (see known-new.ts).
 * Rows reach it collapsed, at most one per node or relationship.
 */
export interface NewRows {
  nodes(group: NodeUpsertGroup, rows: NodeUpsertGroup['rows']): boolean[];
  edges(group: EdgeUpsertGroup, rows: EdgeUpsertGroup['rows']): boolean[];
}

export const nothingKnown: NewRows = {
  nodes: (_group, rows) => rows.map(() => false),
  edges: (_group, rows) => rows.map(() => false),
};

/** Rows split by a flag, keeping their order. */
function split<T>(rows: T[], flags: boolean[]): { create: T[]; merge: T[] } {
  const create: T[] = [];
  const merge: T[] = [];
  rows.forEach((row, i) => (flags[i] ? create : merge).push(row));
  return { create, merge };
}

/** A statement of the write path and what to make of its answer. */
interface Step {
  statement: Statement;
  apply: (result: QueryResult) => void;
  /** For relationship upserts: the rows, to look up a missing endpoint when fewer were written. */
  edges?: { group: EdgeUpsertGroup; rows: EdgeUpsertGroup['rows'] };
}

/**
 * Applies the groups in one transaction: every statement is sent at once (the driver pipelines
 * them, and Neo4j runs them in order), then the answers are read in order. So a chunk costs one
 * round trip, not one per kind and relationship shape.
 */
export async function applyGroups(
  tx: ManagedTransaction,
  groups: Group[],
  changes: ChangeSet,
  known: NewRows = nothingKnown,
): Promise<void> {
  const steps = planSteps(groups, changes, known);
  const results = steps.map((step) => run(tx, step.statement));
  // After a failure the later statements fail too; the first failure is the one reported.
  for (const result of results) result.catch(() => undefined);
  let short: Step['edges'] | undefined;
  for (const [i, step] of steps.entries()) {
    const result = await results[i]!;
    step.apply(result);
    if (
      step.edges &&
      !short &&
      toNumber(result.records[0]?.get('written')) < step.edges.rows.length
    )
      short = step.edges;
  }
  if (short) await reportMissing(tx, short.group, short.rows);
}

function planSteps(groups: Group[], changes: ChangeSet, known: NewRows): Step[] {
  const steps: Step[] = [];
  // New nodes of consecutive node groups, of whatever kinds, go in one CREATE statement.
  let created: (NodeUpsertGroup['rows'][number] & { kind: NodeKind })[] = [];
  const flushCreated = () => {
    if (created.length === 0) return;
    const rows = created;
    created = [];
    steps.push({
      statement: createNodes(rows),
      apply: () => {
        for (const row of rows) changes.nodesCreated.push([row.kind, row.key]);
      },
    });
  };
  for (const group of groups) {
    if (group.op !== 'upsertNode') flushCreated();
    switch (group.op) {
      case 'upsertNode': {
        const rows = collapse(group.rows, nodeRowId, group.mode);
        const { create, merge } = split(rows, known.nodes(group, rows));
        for (const row of create) created.push({ ...row, kind: group.kind });
        if (merge.length) {
          // Ops apply in order: a merge may touch a node created just before.
          flushCreated();
          steps.push(mergeNodeStep(group, merge, changes));
        }
        break;
      }
      case 'upsertEdge': {
        const rows = collapse(group.rows, edgeRowId, group.mode);
        const { create, merge } = split(rows, known.edges(group, rows));
        if (create.length) steps.push(edgeStep(group, create, changes, 'create'));
        if (merge.length) steps.push(edgeStep(group, merge, changes, 'merge'));
        break;
      }
      case 'removeNode':
        steps.push({
          statement: removeNodes(
            group.kind,
            group.rows.map((r) => r.key),
          ),
          apply: (res) => {
            const record = res.records[0];
            if (!record) return;
            for (const [key, before] of record.get('before') as [string, Record<string, unknown>][])
              changes.nodesRemoved.push([group.kind, key, nodeProps(before)]);
            changes.edgesRemovedWithNodes += toNumber(record.get('edges'));
          },
        });
        break;
      case 'removeEdge':
        steps.push({
          statement: removeEdges(group, group.rows),
          apply: (res) => {
            const record = res.records[0];
            if (!record) return;
            for (const [from, to, before] of record.get('before') as [
              string,
              string,
              Record<string, unknown>,
            ][])
              changes.edgesRemoved.push([
                group.rel,
                group.from,
                from,
                group.to,
                to,
                toPlainProps(before),
              ]);
          },
        });
        break;
    }
  }
  flushCreated();
  return steps;
}

function mergeNodeStep(
  group: NodeUpsertGroup,
  rows: NodeUpsertGroup['rows'],
  changes: ChangeSet,
): Step {
  return {
    statement: mergeNodes(
      group.kind,
      group.mode,
      rows.map(({ key, props }) => ({ key, props })),
    ),
    apply: (res) => {
      const updated = new Map<string, Record<string, unknown>>(
        res.records[0]?.get('updated') as [string, Record<string, unknown>][],
      );
      for (const row of rows) {
        const before = updated.get(row.key);
        if (before) changes.nodesUpdated.push([group.kind, row.key, nodeProps(before)]);
        else changes.nodesCreated.push([group.kind, row.key]);
      }
    },
  };
}

function edgeStep(
  group: EdgeUpsertGroup,
  rows: EdgeUpsertGroup['rows'],
  changes: ChangeSet,
  strategy: UpsertStrategy,
): Step {
  return {
    statement: upsertEdges(
      group,
      group.mode,
      strategy,
      rows.map(({ from, to, props }) => ({ from, to, props })),
    ),
    edges: { group, rows },
    apply: (res) => {
      const updated = new Map<string, Record<string, unknown>>();
      if (strategy === 'merge')
        for (const [from, to, before] of (res.records[0]?.get('updated') ?? []) as [
          string,
          string,
          Record<string, unknown>,
        ][])
          updated.set(edgeRowId({ from, to }), before);
      for (const row of rows) {
        const before = updated.get(edgeRowId(row));
        if (before)
          changes.edgesUpdated.push([
            group.rel,
            group.from,
            row.from,
            group.to,
            row.to,
            toPlainProps(before),
          ]);
        else changes.edgesCreated.push([group.rel, group.from, row.from, group.to, row.to]);
      }
    },
  };
}

async function reportMissing(
  tx: ManagedTransaction,
  group: EdgeUpsertGroup,
  rows: EdgeUpsertGroup['rows'],
): Promise<never> {
  const res = await run(tx, missingEndpoint(group, rows));
  const first = res.records[0];
  if (!first) throw new Error(`${group.rel}: fewer relationships written than asked, none missing`);
  const i = toNumber(first.get('i'));
  const end = (first.get('noFrom') as boolean) ? 'from' : 'to';
  const row = rows.find((r) => r.i === i)!;
  const ref: { kind: NodeKind; key: string } =
    end === 'from' ? { kind: group.from, key: row.from } : { kind: group.to, key: row.to };
  throw new MissingNodeError(`${end}: node ${nodeId(ref)} does not exist`, i, end);
}
