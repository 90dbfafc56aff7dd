/**
 * Neighbourhoods on the embedded store: the walk runs on the adjacency (row ids, ranks), then only
 * the nodes and relationships of the answer are read from SQLite.
 */
import type { NodeKind, RelType } from '@chanjiao/graph-schema';
import { compareEdgeRows } from '../order.ts';
import type { EdgeRow, NeighbourhoodQuery, NodeRow, Subgraph } from '../port.ts';
import type { Walker } from './adjacency/bfs.ts';
import type { Codes } from './adjacency/codes.ts';
import type { Adjacency } from './adjacency/graph.ts';
import type { Reads } from './reads.ts';
import { parseProps } from './rows.ts';

export function neighbourhood(
  adjacency: Adjacency,
  walker: Walker,
  reads: Reads,
  rels: Codes<RelType>,
  query: NeighbourhoodQuery,
): Subgraph | null {
  const center = reads.nodeIdByKey.get(query.center.kind, query.center.key) as number | undefined;
  if (center === undefined) return null;
  // A node the adjacency does not know (written by another process since it was built) stands alone.
  const { nodes: ids, truncated } = adjacency.hasNode(center)
    ? walker.neighbourhood(center, query.depth, query.limit)
    : { nodes: [center], truncated: false };
  const byId = new Map<number, NodeRow>();
  const nodes: NodeRow[] = [];
  for (const id of ids) {
    const row = reads.nodeById.get(id) as [NodeKind, string, string] | undefined;
    if (!row) continue;
    const node: NodeRow = { kind: row[0], key: row[1], props: parseProps(row[2]) };
    byId.set(id, node);
    nodes.push(node);
  }
  const within = adjacency.hasNode(center) ? walker.edgesWithin(ids) : null;
  const edges: EdgeRow[] = [];
  if (within)
    for (let i = 0; i < within.edge.length; i++) {
      const from = byId.get(within.src[i]!);
      const to = byId.get(within.dst[i]!);
      const props = reads.edgeById.get(within.edge[i]!) as string | undefined;
      if (!from || !to || props === undefined) continue;
      edges.push({
        rel: rels.name(within.rel[i]!),
        from: { kind: from.kind, key: from.key },
        to: { kind: to.kind, key: to.key },
        props: parseProps(props),
      });
    }
  edges.sort(compareEdgeRows);
  return { nodes, edges, truncated };
}
