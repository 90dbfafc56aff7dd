/**
 * The one write path of the embedded store: upserts and removals of single rows inside an open
 * SQLite transaction. Single batches and bulk sessions both call these, so a property merge, an
 * endpoint check or a count behaves the same whichever way a record arrives.
 *
 * Row ids come from counters in memory (never reused while the process runs, so the adjacency
 * never confuses a removed row with a new one). Merges happen in SQLite (`json_patch`, a flat
 * merge for flat properties): an update reads nothing into JavaScript. Each write collects what
 * the commit will change — count deltas and, when the adjacency wants them, the changes — and the
 * caller applies them after COMMIT. With an audit context, each write also records its change
 * (audit.ts) — before and after read in the same transaction, except what the write itself knows:
 * a created record's `after` is the text it inserted, and a bulk session keeps the privacy of the
 * nodes it wrote, so a relationship's change reads neither end.
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
import { compareEdgeRows } from '../order.ts';
import type { Codes } from './adjacency/codes.ts';
import {
  edgeRowById,
  privateOrgOfJson,
  recordEdge,
  recordNode,
  type AuditContext,
  type EndsPrivacy,
} from './audit.ts';
import type { Change } from './adjacency/graph.ts';
import type { CountDelta } from './counts.ts';
import type { EdgeSet } from './edge-set.ts';
import type { NodeRows } from './node-rows.ts';
import type { RowBuffer } from './row-buffer.ts';
import { addTrigrams, searchDoc, touchesSearch, type WrittenTerms } from './search-index.ts';
import { materialise, type LoadTrail } from './load-trail.ts';
import type { Statements } from './sql.ts';

export type Outcome = 'created' | 'updated';

/** The last row ids handed out. */
export interface RowIds {
  node: number;
  edge: number;
}

export interface WriteContext {
  st: Statements;
  /** Loads' change records: a loaded row's is written out before the row changes (load-trail.ts). */
  trail: LoadTrail;
  ids: RowIds;
  kinds: Codes<NodeKind>;
  rels: Codes<RelType>;
  delta: CountDelta;
  /** Collected for the adjacency; null when nothing needs them. */
  changes: Change[] | null;
  /** What this write indexed, for the search index's term list (search-index.ts). */
  terms: WrittenTerms;
  /** Row ids of nodes this write session has seen; the nodes learned by this write are listed in `learned`. */
  known?: NodeRows;
  learned?: NodeRef[];
  /**
   * A load into a store that was empty when it began: a node absent from `known` does not exist,
   * and relationships are found in this set instead of the (dropped) unique index.
   */
  fresh?: { edges: EdgeSet; added: number[] };
  /**
   * New rows wait here to be inserted many at a time (a load without an audit trail, whose
   * look-ups never read SQLite). Flushed before a row is read or updated by id.
   */
  rows?: RowBuffer;
  /** Who writes, when changes are recorded. */
  audit?: AuditContext;
  /**
   * A bulk session with an audit trail: the organisation ('' for none) of each private node the
   * session wrote, by row; a node in `known` and not here is public. A relationship's change finds
   * whether an end is private here rather than reading the node (two reads per relationship).
   * `privacyUndo` lists what this write changed in it (row, value before), undone with the write.
   */
  privateRows?: Map<number, string>;
  privacyUndo?: [number, string | undefined][];
}

/**
 * Writes a node's search document, `replacing` the one it had or not; its trigrams join the
 * write's (see flushSearchTerms).
 */
function indexNode(cx: WriteContext, row: number, doc: string, replacing: boolean): void {
  cx.st.indexNode.run(row, doc);
  addTrigrams(doc, cx.terms.grams);
  if (replacing) cx.terms.dropped++;
}

/**
 * Adds the trigrams of the documents this write indexed to the index's term list, and counts the
 * documents it replaced or removed, whose trigrams may stay listed.
 */
export function flushSearchTerms(cx: WriteContext): void {
  const { terms } = cx;
  if (terms.grams.size > 0) cx.st.addSearchTerms.run(JSON.stringify([...terms.grams]));
  if (terms.dropped > 0) cx.st.addStaleDocs.run(terms.dropped);
  terms.grams.clear();
  terms.dropped = 0;
}

export function upsertNode(cx: WriteContext, node: NodeRow, mode: WriteMode): Outcome {
  let row = cx.known?.get(node);
  if (row === undefined && !cx.fresh)
    row = cx.st.nodeIdByKey.get(node.kind, node.key) as number | undefined;
  const json = JSON.stringify(node.props);
  if (row !== undefined) {
    cx.rows?.flush();
    materialise(cx.trail, 'node', row);
    const before = cx.audit ? (cx.st.nodePropsById.get(row) as string) : null;
    if (mode === 'merge') {
      cx.st.mergeNodeProps.run(json, row);
      if (touchesSearch(node.props)) {
        const merged = JSON.parse(cx.st.nodePropsById.get(row) as string) as Props;
        indexNode(cx, row, searchDoc(node.key, merged), true);
      }
    } else {
      cx.st.setNodeProps.run(json, row);
      indexNode(cx, row, searchDoc(node.key, node.props), true);
    }
    if (cx.audit) {
      const after = cx.st.nodePropsById.get(row) as string;
      recordNode(cx.audit, node, before, after);
      notePrivacy(cx, row, after);
    }
    remember(cx, node, row);
    return 'updated';
  }
  row = ++cx.ids.node;
  if (cx.rows) cx.rows.node(row, node.kind, node.key, json, searchDoc(node.key, node.props));
  else {
    cx.st.insertNode.run(row, node.kind, node.key, json);
    indexNode(cx, row, searchDoc(node.key, node.props), false);
  }
  if (cx.audit) {
    // The properties as written are the change's `after`: nothing is read back.
    recordNode(cx.audit, node, null, json);
    notePrivacy(cx, row, json);
  }
  remember(cx, node, row);
  cx.delta.node(node.kind, 1);
  cx.changes?.push({
    type: 'addNode',
    node: row,
    kind: cx.kinds.code(node.kind),
    id: nodeId(node),
  });
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
    cx.rows?.flush();
    materialise(cx.trail, 'edge', row);
    const before = cx.audit ? (cx.st.edgePropsById.get(row) as string) : null;
    (mode === 'merge' ? cx.st.mergeEdgeProps : cx.st.setEdgeProps).run(json, row);
    if (cx.audit)
      recordEdge(
        cx.audit,
        edge,
        [src, dst],
        before,
        cx.st.edgePropsById.get(row) as string,
        endsPrivacy(cx, edge, src, dst),
      );
    return 'updated';
  }
  const created = ++cx.ids.edge;
  if (cx.rows) cx.rows.edge(created, edge.rel, src, dst, json);
  else cx.st.insertEdge.run(created, edge.rel, src, dst, json);
  if (cx.audit) recordEdge(cx.audit, edge, [src, dst], null, json, endsPrivacy(cx, edge, src, dst));
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
  materialise(cx.trail, 'edge', row);
  if (cx.audit) recordEdge(cx.audit, ref, [src, dst], cx.st.edgePropsById.get(row) as string, null);
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
  materialise(cx.trail, 'node', row);
  for (const edge of incident) materialise(cx.trail, 'edge', edge.id);
  if (cx.audit)
    recordNode(
      cx.audit,
      ref,
      cx.st.nodePropsById.get(row) as string,
      null,
      incident.map((edge) => edgeRowById(cx.audit!.st, edge.id)).sort(compareEdgeRows),
    );
  for (const edge of incident) {
    cx.st.deleteEdge.run(edge.id);
    cx.delta.rel(edge.rel, -1);
    cx.changes?.push({ type: 'removeEdge', edge: edge.id, src: edge.src, dst: edge.dst });
  }
  cx.st.deleteNode.run(row);
  cx.st.unindexNode.run(row);
  cx.terms.dropped++;
  cx.known?.delete(ref);
  cx.delta.node(ref.kind, -1);
  cx.changes?.push({ type: 'removeNode', node: row, id: nodeId(ref) });
  return incident.length;
}

function lookUp(cx: WriteContext, ref: NodeRef): number | undefined {
  const known = cx.known?.get(ref);
  if (known !== undefined || cx.fresh) return known;
  return cx.st.nodeIdByKey.get(ref.kind, ref.key) as number | undefined;
}

function endpoint(cx: WriteContext, ref: NodeRef, end: 'from' | 'to', opIndex: number): number {
  const row = lookUp(cx, ref);
  if (row === undefined)
    throw new MissingNodeError(`${end}: node ${nodeId(ref)} does not exist`, opIndex, end);
  return row;
}

/** Keeps a written node's privacy in `privateRows` (a bulk session with an audit trail). */
function notePrivacy(cx: WriteContext, row: number, props: string): void {
  const rows = cx.privateRows;
  if (!rows) return;
  const org = privateOrgOfJson(props);
  const was = rows.get(row);
  if (org === (was ?? null)) return;
  cx.privacyUndo?.push([row, was]);
  if (org === null) rows.delete(row);
  else rows.set(row, org);
}

/**
 * Each end's privacy when the session wrote that node (organisation, '' for none, or null for
 * public); undefined for an end it did not write, which the audit reads from the store.
 */
function endsPrivacy(cx: WriteContext, edge: EdgeRow, src: number, dst: number): EndsPrivacy {
  const rows = cx.privateRows;
  if (!rows || !cx.known) return [undefined, undefined];
  const of = (ref: NodeRef, row: number) =>
    cx.known!.get(ref) === row ? (rows.get(row) ?? null) : undefined;
  return [of(edge.from, src), of(edge.to, dst)];
}

function remember(cx: WriteContext, node: NodeRef, row: number): void {
  if (!cx.known || cx.known.has(node)) return;
  cx.known.set(node, row);
  cx.learned?.push(node);
}
