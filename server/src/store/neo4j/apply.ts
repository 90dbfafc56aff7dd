/**
 * The one write path: applies grouped ops inside a transaction the caller owns and reports what
 * changed (changes.ts). The single-batch `write` runs it in one transaction; a bulk session runs it
 * once per chunk and stores the changes as the chunk's undo entry. A caller that must write more in
 * the same transaction (bookkeeping, an audit row) runs its statements on the same `tx` afterwards.
 *
 * A relationship upsert that writes fewer rows than it was given had a missing endpoint: the first
 * such row is looked up and reported as MissingNodeError, and the caller's transaction rolls back.
 */
import type { ManagedTransaction } from 'neo4j-driver';
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
  missingEndpoint,
  removeEdges,
  removeNodes,
  upsertEdges,
  upsertNodes,
  type UpsertStrategy,
} from './cypher/upsert.ts';
import { run } from './executor.ts';
import { nodeProps, toNumber, toPlainProps } from './values.ts';

/**
 * Chooses, per upsert group, between CREATE (every row is known to be new) and MERGE. The default
 * knows nothing and merges; a bulk session knows more (see bulk.ts).
 */
export type StrategyFor = (group: NodeUpsertGroup | EdgeUpsertGroup) => UpsertStrategy;

const alwaysMerge: StrategyFor = () => 'merge';

export async function applyGroups(
  tx: ManagedTransaction,
  groups: Group[],
  changes: ChangeSet,
  strategyFor: StrategyFor = alwaysMerge,
): Promise<void> {
  for (const group of groups) {
    switch (group.op) {
      case 'upsertNode':
        await upsertNodeGroup(tx, group, changes, strategyFor(group));
        break;
      case 'upsertEdge':
        await upsertEdgeGroup(tx, group, changes, strategyFor(group));
        break;
      case 'removeNode': {
        const res = await run(
          tx,
          removeNodes(
            group.kind,
            group.rows.map((r) => r.key),
          ),
        );
        const record = res.records[0];
        if (!record) break;
        for (const [key, before] of record.get('before') as [string, Record<string, unknown>][])
          changes.nodesRemoved.push([group.kind, key, nodeProps(before)]);
        changes.edgesRemovedWithNodes += toNumber(record.get('edges'));
        break;
      }
      case 'removeEdge': {
        const res = await run(tx, removeEdges(group, group.rows));
        const record = res.records[0];
        if (!record) break;
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
        break;
      }
    }
  }
}

async function upsertNodeGroup(
  tx: ManagedTransaction,
  group: NodeUpsertGroup,
  changes: ChangeSet,
  strategy: UpsertStrategy,
): Promise<void> {
  const rows = collapse(group.rows, nodeRowId, group.mode);
  const res = await run(
    tx,
    upsertNodes(
      group.kind,
      group.mode,
      strategy,
      rows.map(({ key, props }) => ({ key, props })),
    ),
  );
  if (strategy === 'create') {
    for (const row of rows) changes.nodesCreated.push([group.kind, row.key]);
    return;
  }
  const updated = new Map<string, Record<string, unknown>>(
    res.records[0]?.get('updated') as [string, Record<string, unknown>][],
  );
  for (const row of rows) {
    const before = updated.get(row.key);
    if (before) changes.nodesUpdated.push([group.kind, row.key, nodeProps(before)]);
    else changes.nodesCreated.push([group.kind, row.key]);
  }
}

async function upsertEdgeGroup(
  tx: ManagedTransaction,
  group: EdgeUpsertGroup,
  changes: ChangeSet,
  strategy: UpsertStrategy,
): Promise<void> {
  const rows = collapse(group.rows, edgeRowId, group.mode);
  const res = await run(
    tx,
    upsertEdges(
      group,
      group.mode,
      strategy,
      rows.map(({ from, to, props }) => ({ from, to, props })),
    ),
  );
  const record = res.records[0];
  if (toNumber(record?.get('written')) < rows.length) await reportMissing(tx, group, rows);
  const updated = new Map<string, Record<string, unknown>>();
  if (strategy === 'merge')
    for (const [from, to, before] of record!.get('updated') as [
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
