/**
 * `countNeighbours` on the in-memory adjacency, once it is built, for a hop without a semi-join:
 * per start node the distinct other ends of the given types and kinds, and the distinct ends over
 * all start nodes — a walk over typed arrays, where SQLite would read every counted row to learn
 * its kind (a chain's enterprises anywhere are most of a province's). The private nodes a reader
 * may not see come from SQLite's `nodes_private` index and are skipped.
 */
import type { NodeKind, RelType } from '@chanjiao/graph-schema';
import type { Direction } from '../port.ts';
import type { Codes } from './adjacency/codes.ts';
import type { Adjacency } from './adjacency/graph.ts';

export interface AdjacencyCount {
  /** Distinct other ends per start row id. */
  perStart: Map<number, number>;
  distinct: number;
}

export function countOnAdjacency(
  adjacency: Adjacency,
  codes: { kinds: Codes<NodeKind>; rels: Codes<RelType> },
  query: {
    starts: Iterable<number>;
    rels: RelType[];
    direction: Direction;
    kinds?: NodeKind[];
    hidden: ReadonlySet<number> | null;
  },
): AdjacencyCount {
  const rels = new Set(query.rels.map((r) => codes.rels.code(r)));
  const kinds = query.kinds ? new Set(query.kinds.map((k) => codes.kinds.code(k))) : null;
  const bound = adjacency.kind.length;
  // seen[node] === stamp: already counted for this start; any[node]: counted for some start.
  const seen = new Uint32Array(bound);
  const any = new Uint8Array(bound);
  const perStart = new Map<number, number>();
  let distinct = 0;
  let stamp = 0;
  for (const start of query.starts) {
    stamp += 1;
    let count = 0;
    if (adjacency.hasNode(start)) {
      const visit = (nbr: number, _edge: number, rel: number) => {
        if (!rels.has(rel) || nbr >= bound || seen[nbr] === stamp) return;
        if (kinds && !kinds.has(adjacency.kind[nbr]!)) return;
        if (query.hidden?.has(nbr)) return;
        seen[nbr] = stamp;
        count += 1;
        if (any[nbr] === 0) {
          any[nbr] = 1;
          distinct += 1;
        }
      };
      if (query.direction === 'out') adjacency.forEachOut(start, visit);
      else adjacency.forEachIn(start, visit);
    }
    perStart.set(start, count);
  }
  return { perStart, distinct };
}
