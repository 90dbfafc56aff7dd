/**
 * How a list of write ops becomes few statements: ops are bucketed by what they touch (a kind, or
 * a relationship type between two kinds) and consecutive ops of one bucket and mode form a group
 * of at most `chunkSize` rows, one `UNWIND` statement each. Within a group, rows that name the same
 * node or relationship collapse into one, as if applied in order, so a statement never touches one
 * entity twice (which a CREATE could not do, and which would hide an update from the undo).
 */
import type { NodeKind, Props, RelType } from '@chanjiao/graph-schema';
import type { WriteOp } from '../port.ts';
import type { UpsertMode } from './cypher/upsert.ts';

export interface NodeUpsertGroup {
  op: 'upsertNode';
  kind: NodeKind;
  mode: UpsertMode;
  rows: { i: number; key: string; props: Props }[];
}

export interface EdgeUpsertGroup {
  op: 'upsertEdge';
  rel: RelType;
  from: NodeKind;
  to: NodeKind;
  mode: UpsertMode;
  rows: { i: number; from: string; to: string; props: Props }[];
}

export interface NodeRemoveGroup {
  op: 'removeNode';
  kind: NodeKind;
  rows: { i: number; key: string }[];
}

export interface EdgeRemoveGroup {
  op: 'removeEdge';
  rel: RelType;
  from: NodeKind;
  to: NodeKind;
  rows: { i: number; from: string; to: string }[];
}

export type Group = NodeUpsertGroup | EdgeUpsertGroup | NodeRemoveGroup | EdgeRemoveGroup;

/** What an upsert touches: ops with different targets never touch the same entity. */
function targetOf(op: WriteOp): string {
  if (op.op === 'upsertNode') return op.node.kind;
  if (op.op === 'upsertEdge') return `${op.edge.rel}|${op.edge.from.kind}|${op.edge.to.kind}`;
  return '';
}

/**
 * Within a run of consecutive upserts of one sort (nodes, or edges), ops with different targets
 * touch different entities, so they may be bucketed by target (keeping their order within a
 * bucket): an import then costs one statement per kind and relationship shape, not one per change
 * of shape. Removals keep their place.
 */
export function orderForBatching(ops: WriteOp[]): [WriteOp, number][] {
  const out: [WriteOp, number][] = [];
  let run: [WriteOp, number][] = [];
  const flush = () => {
    const buckets = new Map<string, [WriteOp, number][]>();
    for (const entry of run) {
      const target = targetOf(entry[0]);
      const bucket = buckets.get(target);
      if (bucket) bucket.push(entry);
      else buckets.set(target, [entry]);
    }
    for (const bucket of buckets.values()) out.push(...bucket);
    run = [];
  };
  ops.forEach((op, i) => {
    const sameSort = run.length > 0 && run[0]![0].op === op.op;
    if (!sameSort) flush();
    if (op.op === 'upsertNode' || op.op === 'upsertEdge') run.push([op, i]);
    else out.push([op, i]);
  });
  flush();
  return out;
}

/** Consecutive ops of the same target and mode form one group of at most `chunkSize` rows. */
export function groupOps(ordered: [WriteOp, number][], chunkSize: number): Group[] {
  const groups: Group[] = [];
  for (const [op, i] of ordered) {
    const last = groups[groups.length - 1];
    const room = last !== undefined && last.rows.length < chunkSize;
    switch (op.op) {
      case 'upsertNode': {
        const row = { i, key: op.node.key, props: op.node.props };
        if (room && last.op === 'upsertNode' && last.kind === op.node.kind && last.mode === op.mode)
          last.rows.push(row);
        else groups.push({ op: 'upsertNode', kind: op.node.kind, mode: op.mode, rows: [row] });
        break;
      }
      case 'upsertEdge': {
        const { edge } = op;
        const row = { i, from: edge.from.key, to: edge.to.key, props: edge.props };
        if (
          room &&
          last.op === 'upsertEdge' &&
          last.rel === edge.rel &&
          last.from === edge.from.kind &&
          last.to === edge.to.kind &&
          last.mode === op.mode
        )
          last.rows.push(row);
        else
          groups.push({
            op: 'upsertEdge',
            rel: edge.rel,
            from: edge.from.kind,
            to: edge.to.kind,
            mode: op.mode,
            rows: [row],
          });
        break;
      }
      case 'removeNode': {
        const row = { i, key: op.ref.key };
        if (room && last.op === 'removeNode' && last.kind === op.ref.kind) last.rows.push(row);
        else groups.push({ op: 'removeNode', kind: op.ref.kind, rows: [row] });
        break;
      }
      case 'removeEdge': {
        const { ref } = op;
        const row = { i, from: ref.from.key, to: ref.to.key };
        if (
          room &&
          last.op === 'removeEdge' &&
          last.rel === ref.rel &&
          last.from === ref.from.kind &&
          last.to === ref.to.kind
        )
          last.rows.push(row);
        else
          groups.push({
            op: 'removeEdge',
            rel: ref.rel,
            from: ref.from.kind,
            to: ref.to.kind,
            rows: [row],
          });
        break;
      }
    }
  }
  return groups;
}

/**
 * Rows naming the same entity collapse into one at the place of the first, keeping its op index
 * (the one a missing endpoint is reported at): merge mode merges the properties in order, replace
 * mode keeps the last.
 */
export function collapse<T extends { i: number; props: Props }>(
  rows: T[],
  idOf: (row: T) => string,
  mode: UpsertMode,
): T[] {
  const out = new Map<string, T>();
  for (const row of rows) {
    const id = idOf(row);
    const earlier = out.get(id);
    if (!earlier) out.set(id, row);
    else
      out.set(id, {
        ...earlier,
        props: mode === 'merge' ? { ...earlier.props, ...row.props } : row.props,
      });
  }
  return [...out.values()];
}

export const nodeRowId = (row: { key: string }): string => row.key;
export const edgeRowId = (row: { from: string; to: string }): string =>
  `${row.from}\u0000${row.to}`;
