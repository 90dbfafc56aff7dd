/**
 * The one write path of the embedded store: upserts and removals of single rows inside an open
 * SQLite transaction. Single batches and bulk sessions both call these, so a property merge or an
 * endpoint check behaves the same whichever way a record arrives. Reads go to SQLite inside the
 * transaction, which sees the transaction's own earlier writes.
 */
import { nodeId, type EdgeRef, type NodeRef, type Props } from '@chanjiao/graph-schema';
import { MissingNodeError } from '../../errors.ts';
import type { EdgeRow, NodeRow, WriteMode } from '../port.ts';
import { edgeFromSql, parseProps, type EdgeSqlRow } from './rows.ts';
import type { Statements } from './sql.ts';

export type Outcome = 'created' | 'updated';

function merged(before: string | undefined, props: Props, mode: WriteMode): Props {
  return mode === 'merge' && before !== undefined ? { ...parseProps(before), ...props } : props;
}

export function upsertNode(st: Statements, node: NodeRow, mode: WriteMode): Outcome {
  const before = st.nodeProps.get(node.kind, node.key) as string | undefined;
  st.upsertNode.run(node.kind, node.key, JSON.stringify(merged(before, node.props, mode)));
  return before === undefined ? 'created' : 'updated';
}

/** Throws MissingNodeError (with `opIndex`) when an endpoint does not exist. */
export function upsertEdge(
  st: Statements,
  edge: EdgeRow,
  mode: WriteMode,
  opIndex: number,
): Outcome {
  for (const end of ['from', 'to'] as const)
    if (st.nodeProps.get(edge[end].kind, edge[end].key) === undefined)
      throw new MissingNodeError(`${end}: node ${nodeId(edge[end])} does not exist`, opIndex, end);
  const ref = [edge.rel, edge.from.kind, edge.from.key, edge.to.kind, edge.to.key] as const;
  const before = st.edgeProps.get(...ref) as string | undefined;
  st.upsertEdge.run(...ref, JSON.stringify(merged(before, edge.props, mode)));
  return before === undefined ? 'created' : 'updated';
}

/** Whether the edge was there to remove. */
export function removeEdge(st: Statements, ref: EdgeRef): boolean {
  return (
    st.deleteEdge.run(ref.rel, ref.from.kind, ref.from.key, ref.to.kind, ref.to.key).changes > 0
  );
}

/** Removes the node and its edges; returns the removed edges, or null when the node was absent. */
export function removeNode(st: Statements, ref: NodeRef): EdgeRow[] | null {
  if (st.nodeProps.get(ref.kind, ref.key) === undefined) return null;
  const edges = (st.incidentEdges.all(ref.kind, ref.key, ref.kind, ref.key) as EdgeSqlRow[]).map(
    edgeFromSql,
  );
  for (const edge of edges) removeEdge(st, edge);
  st.deleteNode.run(ref.kind, ref.key);
  return edges;
}
