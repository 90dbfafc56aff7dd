/**
 * The one write path of the embedded store: upserts and removals of single rows inside an open
 * SQLite transaction. Single batches and bulk sessions both call these, so a property merge, an
 * endpoint check or a count behaves the same whichever way a record arrives.
 *
 * Row ids come from counters in memory (never reused while the process runs, so the adjacency
 * never confuses a removed row with a new one). Merges happen in SQLite (`json_patch`, a flat
 * merge for flat properties): an update reads nothing into JavaScript. Each write collects what
 * the commit will change — count deltas and, when the adjacency wants them, the changes — and the
 * caller applies them after COMMIT.
 */
import {
  nodeId,
  type EdgeRef,
  type NodeKind,
  type NodeRef,
  type Props,
  type RelType,
} from '@chanjiao/graph-schema';
import { MissingNodeError } from '../../errors.ts';
import type { EdgeRow, NodeRow, WriteMode } from '../port.ts';
import type { Codes } from './adjacency/codes.ts';
import type { Change } from './adjacency/graph.ts';
import type { CountDelta } from './counts.ts';
import type { EdgeSet } from './edge-set.ts';
import { searchDoc, touchesSearch } from './search-index.ts';
import type { Statements } from './sql.ts';

export type Outcome = 'created' | 'updated';

/** The last row ids handed out. */
export interface RowIds {
  node: number;
  edge: number;
}

export interface WriteContext {
  st: Statements;
  ids: RowIds;
  kinds: Codes<NodeKind>;
  rels: Codes<RelType>;
  delta: CountDelta;
  /** Collected for the adjacency; null when nothing needs them. */
  changes: Change[] | null;
  /** Row ids of nodes this write session has seen (`Kind:key` → id); undone keys are listed in `learned`. */
  known?: Map<string, number>;
  learned?: string[];
  /**
   * A load into a store that was empty when it began: a node absent from `known` does not exist,
   * and relationships are found in this set instead of the (dropped) unique index.
   */
  fresh?: { edges: EdgeSet; added: number[] };
}

export function upsertNode(cx: WriteContext, node: NodeRow, mode: WriteMode): Outcome {
  const id = nodeId(node);
  let row = cx.known?.get(id);
  if (row === undefined && !cx.fresh)
    row = cx.st.nodeIdByKey.get(node.kind, node.key) as number | undefined;
  const json = JSON.stringify(node.props);
  if (row !== undefined) {
    if (mode === 'merge') {
      cx.st.mergeNodeProps.run(json, row);
      if (touchesSearch(node.props)) {
        const merged = JSON.parse(cx.st.nodePropsById.get(row) as string) as Props;
        cx.st.indexNode.run(row, searchDoc(node.key, merged));
      }
    } else {
      cx.st.setNodeProps.run(json, row);
      cx.st.indexNode.run(row, searchDoc(node.key, node.props));
    }
    remember(cx, id, row);
    return 'updated';
  }
  row = ++cx.ids.node;
  cx.st.insertNode.run(row, node.kind, node.key, json);
  cx.st.indexNode.run(row, searchDoc(node.key, node.props));
  remember(cx, id, row);
  cx.delta.node(node.kind, 1);
  cx.changes?.push({ type: 'addNode', node: row, kind: cx.kinds.code(node.kind), id });
  return 'created';
}

/** Throws MissingNodeError (with `opIndex`) when an endpoint does not exist. */
export function upsertEdge(
  cx: WriteContext,
  edge: EdgeRow,
  mode: WriteMode,
  opIndex: number,
): Outcome {
  const src = endpoint(cx, edge.from, 'from', opIndex);
  const dst = endpoint(cx, edge.to, 'to', opIndex);
  const rel = cx.rels.code(edge.rel);
  const row = cx.fresh
    ? cx.fresh.edges.get(src, rel, dst)
    : ((cx.st.edgeIdByEnds.get(src, edge.rel, dst) as number | undefined) ?? 0);
  const json = JSON.stringify(edge.props);
  if (row !== 0) {
    (mode === 'merge' ? cx.st.mergeEdgeProps : cx.st.setEdgeProps).run(json, row);
    return 'updated';
  }
  const created = ++cx.ids.edge;
  cx.st.insertEdge.run(created, edge.rel, src, dst, json);
  if (cx.fresh) {
    cx.fresh.edges.add(src, rel, dst, created);
    cx.fresh.added.push(src, rel, dst);
  }
  cx.delta.rel(edge.rel, 1);
  cx.changes?.push({ type: 'addEdge', edge: created, src, dst, rel });
  return 'created';
}

/** Whether the edge was there to remove. */
export function removeEdge(cx: WriteContext, ref: EdgeRef): boolean {
  const src = lookUp(cx, ref.from);
  const dst = lookUp(cx, ref.to);
  if (src === undefined || dst === undefined) return false;
  const row = cx.st.edgeIdByEnds.get(src, ref.rel, dst) as number | undefined;
  if (row === undefined) return false;
  cx.st.deleteEdge.run(row);
  cx.delta.rel(ref.rel, -1);
  cx.changes?.push({ type: 'removeEdge', edge: row, src, dst });
  return true;
}

/** Removes the node and its relationships; returns how many relationships went, or null when the node was absent. */
export function removeNode(cx: WriteContext, ref: NodeRef): number | null {
  const row = lookUp(cx, ref);
  if (row === undefined) return null;
  const incident = cx.st.incidentEdges.all({ node: row }) as {
    id: number;
    rel: RelType;
    src: number;
    dst: number;
  }[];
  for (const edge of incident) {
    cx.st.deleteEdge.run(edge.id);
    cx.delta.rel(edge.rel, -1);
    cx.changes?.push({ type: 'removeEdge', edge: edge.id, src: edge.src, dst: edge.dst });
  }
  cx.st.deleteNode.run(row);
  cx.st.unindexNode.run(row);
  cx.known?.delete(nodeId(ref));
  cx.delta.node(ref.kind, -1);
  cx.changes?.push({ type: 'removeNode', node: row, id: nodeId(ref) });
  return incident.length;
}

function lookUp(cx: WriteContext, ref: NodeRef): number | undefined {
  const id = nodeId(ref);
  const known = cx.known?.get(id);
  if (known !== undefined || cx.fresh) return known;
  return cx.st.nodeIdByKey.get(ref.kind, ref.key) as number | undefined;
}

function endpoint(cx: WriteContext, ref: NodeRef, end: 'from' | 'to', opIndex: number): number {
  const row = lookUp(cx, ref);
  if (row === undefined)
    throw new MissingNodeError(`${end}: node ${nodeId(ref)} does not exist`, opIndex, end);
  return row;
}

function remember(cx: WriteContext, id: string, row: number): void {
  if (!cx.known || cx.known.has(id)) return;
  cx.known.set(id, row);
  cx.learned?.push(id);
}
