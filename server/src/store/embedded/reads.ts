/**
 * Reads of the embedded store over the in-memory mirror (with SQLite point look-ups where the
 * mirror is not built): single nodes and edges, existence checks, a node's relationships,
 * neighbourhoods, analysis projections and counts.
 */
import {
  edgeId,
  nodeId,
  type EdgeRef,
  type NodeRef,
  type RelationSummary,
  type Stats,
} from '@chanjiao/graph-schema';
import { projectionTooLarge } from '../limits.ts';
import { compareEdgeRows, compareNodeRows, compareStrings } from '../order.ts';
import type { EdgeRow, NeighbourhoodQuery, NodeRow, ProjectionSpec, Subgraph } from '../port.ts';
import { breadthFirst } from '../traverse.ts';
import type { GraphMirror } from './mirror.ts';
import { summaryOf } from './rows.ts';
import type { Statements } from './sql.ts';

export function existing(
  st: Statements,
  mirror: GraphMirror,
  nodes: NodeRef[],
  edges: EdgeRef[],
): { nodes: Set<string>; edges: Set<string> } {
  // Without the mirror (e.g. a command-line import), point look-ups in SQLite.
  if (!mirror.ready)
    return {
      nodes: new Set(
        nodes.filter((n) => st.nodeProps.get(n.kind, n.key) !== undefined).map(nodeId),
      ),
      edges: new Set(
        edges
          .filter(
            (e) =>
              st.edgeProps.get(e.rel, e.from.kind, e.from.key, e.to.kind, e.to.key) !== undefined,
          )
          .map(edgeId),
      ),
    };
  const { graph } = mirror;
  return {
    nodes: new Set(nodes.map(nodeId).filter((id) => graph.hasNode(id))),
    edges: new Set(edges.map(edgeId).filter((id) => graph.hasEdge(id))),
  };
}

export function getNode(mirror: GraphMirror, ref: NodeRef): NodeRow | null {
  const id = nodeId(ref);
  return mirror.graph.hasNode(id) ? mirror.nodeRow(id) : null;
}

export function getEdge(mirror: GraphMirror, ref: EdgeRef): EdgeRow | null {
  const id = edgeId(ref);
  return mirror.graph.hasEdge(id) ? mirror.edgeRow(id) : null;
}

export function relationships(
  mirror: GraphMirror,
  ref: NodeRef,
  limit: number,
): { items: RelationSummary[]; total: number } {
  const { graph } = mirror;
  const id = nodeId(ref);
  if (!graph.hasNode(id)) return { items: [], total: 0 };
  const items: (RelationSummary & { otherId: string })[] = [];
  graph.forEachEdge(id, (_edge, attrs, source, target) => {
    const direction = source === id ? 'out' : 'in';
    const otherId = direction === 'out' ? target : source;
    items.push({
      rel: attrs.rel,
      direction,
      other: summaryOf(mirror.nodeRow(otherId)),
      props: attrs.props,
      otherId,
    });
    // A self-loop is both out and in.
    if (source === target) items.push({ ...items[items.length - 1]!, direction: 'in' });
  });
  items.sort(
    (a, b) =>
      compareStrings(a.rel, b.rel) ||
      compareStrings(a.direction, b.direction) ||
      compareStrings(a.otherId, b.otherId),
  );
  return {
    items: items.slice(0, limit).map(({ otherId: _otherId, ...item }) => item),
    total: items.length,
  };
}

export function neighbourhood(mirror: GraphMirror, query: NeighbourhoodQuery): Subgraph | null {
  const { graph } = mirror;
  const center = nodeId(query.center);
  if (!graph.hasNode(center)) return null;
  const { ids, truncated } = breadthFirst(
    center,
    (id) => graph.neighbors(id),
    query.depth,
    query.limit,
  );
  const included = new Set(ids);
  const edgeIds: string[] = [];
  for (const id of ids)
    graph.forEachOutEdge(id, (edge, _attrs, _source, target) => {
      if (included.has(target)) edgeIds.push(edge);
    });
  const edges = edgeIds.map((e) => mirror.edgeRow(e)).sort(compareEdgeRows);
  return { nodes: ids.map((id) => mirror.nodeRow(id)), edges, truncated };
}

export function projection(mirror: GraphMirror, spec: ProjectionSpec): Subgraph {
  const { graph } = mirror;
  const kinds = new Set<string>(spec.kinds);
  const rels = new Set<string>(spec.rels);
  const count = spec.kinds.reduce((n, kind) => n + (mirror.byKind.get(kind) ?? 0), 0);
  if (count > spec.maxNodes) throw projectionTooLarge(count, spec.maxNodes);
  const nodes: NodeRow[] = [];
  const edges: EdgeRow[] = [];
  graph.forEachNode((id, attrs) => {
    if (!kinds.has(attrs.kind)) return;
    nodes.push(mirror.nodeRow(id));
    graph.forEachOutEdge(id, (edge, edgeAttrs, _source, target) => {
      if (rels.has(edgeAttrs.rel) && kinds.has(graph.getNodeAttribute(target, 'kind')))
        edges.push(mirror.edgeRow(edge));
    });
  });
  nodes.sort(compareNodeRows);
  edges.sort(compareEdgeRows);
  return { nodes, edges, truncated: false };
}

export function stats(st: Statements, mirror: GraphMirror): Stats {
  // Counted in SQLite while the mirror is not built (a large store opened by the CLI).
  const counts = mirror.ready
    ? { kinds: [...mirror.byKind], rels: [...mirror.byRel] }
    : {
        kinds: (st.countByKind.all() as { name: string; n: number }[]).map(
          (r) => [r.name, r.n] as [string, number],
        ),
        rels: (st.countByRel.all() as { name: string; n: number }[]).map(
          (r) => [r.name, r.n] as [string, number],
        ),
      };
  const sorted = (entries: [string, number][]) =>
    Object.fromEntries(entries.filter(([, n]) => n > 0).sort(([a], [b]) => compareStrings(a, b)));
  const byKind = sorted(counts.kinds);
  const byRel = sorted(counts.rels);
  const sum = (o: Record<string, number>) => Object.values(o).reduce((a, b) => a + b, 0);
  return { nodes: sum(byKind), edges: sum(byRel), byKind, byRel };
}
