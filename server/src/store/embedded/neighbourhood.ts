/**
 * Neighbourhoods on the embedded store: the walk runs on the adjacency (row ids, ranks), then only
 * the nodes and relationships of the answer are read — from the row cache, and from SQLite for
 * those it does not hold. Whole answers are kept by their query too, so a neighbourhood asked
 * again before the next commit is the same object: the route keeps its text with it
 * (routes/api/explore/wire.ts), and a repeated question costs no walk and no writing.
 */
import type { NodeKind, RelType } from '@chanjiao/graph-schema';
import { compareEdgeRows } from '../order.ts';
import type { NeighbourhoodQuery, Subgraph, SubgraphText } from '../port.ts';
import type { Walker } from './adjacency/bfs.ts';
import type { Codes } from './adjacency/codes.ts';
import type { Adjacency } from './adjacency/graph.ts';
import type { Reads } from './reads.ts';
import type { RowCache } from './row-cache.ts';
import { parseProps } from './rows.ts';

export interface NeighbourhoodCaches {
  nodes: RowCache<SubgraphText['nodes'][number]>;
  edges: RowCache<SubgraphText['edges'][number]>;
  /** Whole answers by query (`answerKey`); emptied with the row caches on every commit. */
  answers: RowCache<SubgraphText, string>;
}

/**
 * The answer cache's budget, as `answerCache` (row-cache.ts) weighs answers: at 1M nodes it held
 * 201 of 220 sampled depth-2 answers (275 KB of text each on average), and the serving process
 * peaked at 1,210 MB instead of 1,033 in the scale benchmark (docs/performance.md).
 */
export const answerCacheBytes = 128 * 1024 * 1024;

/** Kinds and keys hold no control characters (validation refuses them), so NUL separates. */
function answerKey(query: NeighbourhoodQuery): string {
  return `${query.center.kind}\u0000${query.center.key}\u0000${query.depth}\u0000${query.limit}`;
}

/** What a walk reads: the adjacency and its walker, the SQL reads, the relationship type codes. */
export interface WalkSources {
  adjacency: Adjacency;
  walker: Walker;
  reads: Reads;
  rels: Codes<RelType>;
}

export function neighbourhoodText(
  sources: WalkSources,
  query: NeighbourhoodQuery,
  caches: NeighbourhoodCaches,
): SubgraphText | null {
  const key = answerKey(query);
  const kept = caches.answers.get(key);
  if (kept) return kept;
  const answer = walkAndRead(sources, query, caches);
  if (answer) caches.answers.set(key, answer);
  return answer;
}

function walkAndRead(
  { adjacency, walker, reads, rels }: WalkSources,
  query: NeighbourhoodQuery,
  caches: NeighbourhoodCaches,
): SubgraphText | null {
  const center = reads.nodeIdByKey.get(query.center.kind, query.center.key) as number | undefined;
  if (center === undefined) return null;
  // A node the adjacency does not know (written by another process since it was built) stands alone.
  const known = adjacency.hasNode(center);
  const { nodes: ids, truncated } = known
    ? walker.neighbourhood(center, query.depth, query.limit)
    : { nodes: [center], truncated: false };
  // Rows the cache lacks: one query for the nodes and one for the relationships, row ids in order.
  const byId = new Map<number, SubgraphText['nodes'][number]>();
  const missing: number[] = [];
  for (const id of ids) {
    const row = caches.nodes.get(id);
    if (row) byId.set(id, row);
    else missing.push(id);
  }
  if (missing.length > 0)
    for (const [id, kind, key, props] of reads.nodesByIds.all(idList(missing)) as [
      number,
      NodeKind,
      string,
      string,
    ][]) {
      const row = { kind, key, props, wire: undefined };
      byId.set(id, row);
      caches.nodes.set(id, row);
    }
  const nodes: SubgraphText['nodes'] = [];
  for (const id of ids) {
    const node = byId.get(id);
    if (node) nodes.push(node);
  }
  const within = known ? walker.edgesWithin(ids) : null;
  const edges: SubgraphText['edges'] = [];
  if (within && within.edge.length > 0) {
    // Cached relationship rows are whole rows (the same object every time, until a commit).
    const unread = new Map<number, number>();
    for (let i = 0; i < within.edge.length; i++) {
      const row = caches.edges.get(within.edge[i]!);
      if (row) edges.push(row);
      else unread.set(within.edge[i]!, i);
    }
    if (unread.size > 0)
      for (const [edge, json] of reads.edgePropsByIds.all(idList([...unread.keys()])) as [
        number,
        string,
      ][]) {
        const i = unread.get(edge)!;
        const from = byId.get(within.src[i]!);
        const to = byId.get(within.dst[i]!);
        if (!from || !to) continue;
        const row = {
          rel: rels.name(within.rel[i]!),
          from: { kind: from.kind, key: from.key },
          to: { kind: to.kind, key: to.key },
          props: json,
          wire: undefined,
        };
        edges.push(row);
        caches.edges.set(edge, row);
      }
  }
  edges.sort(compareEdgeRows);
  return { nodes, edges, truncated, wire: undefined, mayBePrivate: undefined };
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
