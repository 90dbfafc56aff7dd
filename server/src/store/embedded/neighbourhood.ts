/**
 * Neighbourhoods on the embedded store: the walk runs on the adjacency (row ids, ranks), then only
 * the nodes and relationships of the answer are read from SQLite.
 */
import type { NodeKind, RelType } from '@chanjiao/graph-schema';
import { compareEdgeRows } from '../order.ts';
import type { NeighbourhoodQuery, Subgraph, SubgraphText } from '../port.ts';
import type { Walker } from './adjacency/bfs.ts';
import type { Codes } from './adjacency/codes.ts';
import type { Adjacency } from './adjacency/graph.ts';
import type { Reads } from './reads.ts';
import { parseProps } from './rows.ts';

export function neighbourhoodText(
  adjacency: Adjacency,
  walker: Walker,
  reads: Reads,
  rels: Codes<RelType>,
  query: NeighbourhoodQuery,
): SubgraphText | null {
  const center = reads.nodeIdByKey.get(query.center.kind, query.center.key) as number | undefined;
  if (center === undefined) return null;
  // A node the adjacency does not know (written by another process since it was built) stands alone.
  const known = adjacency.hasNode(center);
  const { nodes: ids, truncated } = known
    ? walker.neighbourhood(center, query.depth, query.limit)
    : { nodes: [center], truncated: false };
  // One query for the nodes and one for the relationships, row ids in order.
  const byId = new Map<number, SubgraphText['nodes'][number]>();
  for (const [id, kind, key, props] of reads.nodesByIds.all(idList(ids)) as [
    number,
    NodeKind,
    string,
    string,
  ][])
    byId.set(id, { kind, key, props });
  const nodes: SubgraphText['nodes'] = [];
  for (const id of ids) {
    const node = byId.get(id);
    if (node) nodes.push(node);
  }
  const within = known ? walker.edgesWithin(ids) : null;
  const edges: SubgraphText['edges'] = [];
  if (within && within.edge.length > 0) {
    const props = new Map(reads.edgePropsByIds.all(idList(within.edge)) as [number, string][]);
    for (let i = 0; i < within.edge.length; i++) {
      const from = byId.get(within.src[i]!);
      const to = byId.get(within.dst[i]!);
      const json = props.get(within.edge[i]!);
      if (!from || !to || json === undefined) continue;
      edges.push({
        rel: rels.name(within.rel[i]!),
        from: { kind: from.kind, key: from.key },
        to: { kind: to.kind, key: to.key },
        props: json,
      });
    }
  }
  edges.sort(compareEdgeRows);
  return { nodes, edges, truncated };
}

export function parsed(subgraph: SubgraphText): Subgraph {
  return {
    nodes: subgraph.nodes.map((n) => ({ kind: n.kind, key: n.key, props: parseProps(n.props) })),
    edges: subgraph.edges.map((e) => ({ ...e, props: parseProps(e.props) })),
    truncated: subgraph.truncated,
  };
}

/** A JSON array of row ids in ascending order. */
function idList(ids: readonly number[]): string {
  return `[${Float64Array.from(ids).sort().join(',')}]`;
}
