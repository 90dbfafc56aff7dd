/**
 * Reads of the embedded store that SQLite answers directly, on a read-only connection of their own
 * (so an open bulk session's uncommitted rows stay invisible to them): single nodes and edges,
 * existence checks, analysis projections. Relationships and neighbourhoods, which walk the graph,
 * are in relationships.ts and neighbourhood.ts.
 */
import Database from 'better-sqlite3';
import {
  edgeId,
  nodeId,
  type EdgeRef,
  type NodeKind,
  type NodeRef,
  type RelType,
} from '@chanjiao/graph-schema';
import { projectionTooLarge } from '../limits.ts';
import { compareEdgeRows, compareNodeRows } from '../order.ts';
import type { EdgeRow, NodeRow, ProjectionSpec, Subgraph } from '../port.ts';
import type { Counts } from './counts.ts';
import { parseProps } from './rows.ts';

/**
 * The read connection's page cache, in KiB. Measured at 1M nodes / 6.3M records: the serving
 * process's peak was 1,190 MB with 256 MB here, 1,035 MB with 64 and 933 MB with 32 (quick.ts, the
 * same neighbourhoods, searches and analyses). Rows read for the first time cost the same at every
 * size (2.6–2.8 ms of CPU for a depth-2 neighbourhood's rows, 4.0 ms a search); only rereading the
 * same pages gains from a larger cache — 256 MB held 100 neighbourhoods' rows and reread them in
 * 1.9 ms instead of 2.7, searches in 3.6 ms instead of 4.0 — and the row cache (row-cache.ts)
 * already keeps a neighbourhood's rows. The analyses answered as at 256 MB with 64; with 32 some
 * lost 7–12 ms.
 */
const readerCacheKiB = 64 * 1024;

export function openReader(file: string): Database.Database {
  const reader = new Database(file, { readonly: true, fileMustExist: true });
  reader.pragma(`cache_size = -${readerCacheKiB}`);
  return reader;
}

export function prepareReads(reader: Database.Database) {
  return {
    nodeIdByKey: reader.prepare('SELECT id FROM nodes WHERE kind = ? AND key = ?').pluck(),
    nodeByKey: reader.prepare('SELECT id, props FROM nodes WHERE kind = ? AND key = ?'),
    nodeById: reader.prepare('SELECT kind, key, props FROM nodes WHERE id = ?').raw(),
    nodeIdOf: reader.prepare("SELECT kind || ':' || key FROM nodes WHERE id = ?").pluck(),
    edgeByRef: reader
      .prepare(
        `SELECT e.props FROM edges e
         WHERE e.src = (SELECT id FROM nodes WHERE kind = ? AND key = ?) AND e.rel = ?
           AND e.dst = (SELECT id FROM nodes WHERE kind = ? AND key = ?)`,
      )
      .pluck(),
    edgeById: reader.prepare('SELECT props FROM edges WHERE id = ?').pluck(),
    /** Rows of many nodes / edges at once, from a JSON array of row ids (sorted: the B-tree is read in order). */
    nodesByIds: reader
      .prepare(
        'SELECT n.id, n.kind, n.key, n.props FROM json_each(?) j JOIN nodes n ON n.id = j.value',
      )
      .raw(),
    edgePropsByIds: reader
      .prepare('SELECT e.id, e.props FROM json_each(?) j JOIN edges e ON e.id = j.value')
      .raw(),
  };
}

export type Reads = ReturnType<typeof prepareReads>;

export function existing(
  reads: Reads,
  nodes: NodeRef[],
  edges: EdgeRef[],
): { nodes: Set<string>; edges: Set<string> } {
  return {
    nodes: new Set(
      nodes.filter((n) => reads.nodeIdByKey.get(n.kind, n.key) !== undefined).map(nodeId),
    ),
    edges: new Set(
      edges
        .filter(
          (e) =>
            reads.edgeByRef.get(e.from.kind, e.from.key, e.rel, e.to.kind, e.to.key) !== undefined,
        )
        .map(edgeId),
    ),
  };
}

export function getNode(reads: Reads, ref: NodeRef): NodeRow | null {
  const row = reads.nodeByKey.get(ref.kind, ref.key) as { props: string } | undefined;
  return row ? { kind: ref.kind, key: ref.key, props: parseProps(row.props) } : null;
}

export function getEdge(reads: Reads, ref: EdgeRef): EdgeRow | null {
  const props = reads.edgeByRef.get(
    ref.from.kind,
    ref.from.key,
    ref.rel,
    ref.to.kind,
    ref.to.key,
  ) as string | undefined;
  return props === undefined
    ? null
    : { rel: ref.rel, from: ref.from, to: ref.to, props: parseProps(props) };
}

/** Nodes of the kinds, relationships of the types between them; the limit checked on the counts. */
export function projection(
  reader: Database.Database,
  counts: Counts,
  spec: ProjectionSpec,
): Subgraph {
  const count = spec.kinds.reduce((n, kind) => n + counts.kind(kind), 0);
  if (count > spec.maxNodes) throw projectionTooLarge(count, spec.maxNodes);
  if (spec.kinds.length === 0) return { nodes: [], edges: [], truncated: false };
  const kinds = JSON.stringify(spec.kinds);
  const withProps = spec.props !== false;
  const nodes = (
    reader
      .prepare(
        `SELECT kind, key${withProps ? ', props' : ''} FROM nodes WHERE kind IN (SELECT value FROM json_each(?)) ORDER BY kind, key`,
      )
      .raw()
      .all(kinds) as [NodeKind, string, string?][]
  ).map(([kind, key, props]) => ({ kind, key, props: withProps ? parseProps(props!) : {} }));
  const edges: EdgeRow[] =
    spec.rels.length === 0
      ? []
      : (
          reader
            .prepare(
              `SELECT e.rel, a.kind, a.key, b.kind, b.key, e.props FROM edges e
               JOIN nodes a ON a.id = e.src JOIN nodes b ON b.id = e.dst
               WHERE e.rel IN (SELECT value FROM json_each(@rels))
                 AND a.kind IN (SELECT value FROM json_each(@kinds)) AND b.kind IN (SELECT value FROM json_each(@kinds))`,
            )
            .raw()
            .all({ kinds, rels: JSON.stringify(spec.rels) }) as [
            RelType,
            NodeKind,
            string,
            NodeKind,
            string,
            string,
          ][]
        ).map(([rel, fromKind, fromKey, toKind, toKey, props]) => ({
          rel,
          from: { kind: fromKind, key: fromKey },
          to: { kind: toKind, key: toKey },
          props: parseProps(props),
        }));
  // Relationships come in no order, and nodes by kind and key: sort here, as every store does.
  nodes.sort(compareNodeRows);
  edges.sort(compareEdgeRows);
  return { nodes, edges, truncated: false };
}
