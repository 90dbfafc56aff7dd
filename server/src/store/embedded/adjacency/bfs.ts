/**
 * Breadth-first neighbourhood over the adjacency, with the same rule as traverse.ts (each level
 * visits its frontier in id order and each node's unseen neighbours in id order, stopping at the
 * node budget) but on node row ids and ranks: neighbour ranges are already in id order, so a hub
 * with 100,000 relationships costs only as many steps as the budget allows.
 */
import type { Adjacency } from './graph.ts';

export class Walker {
  /** `mark[node] === stamp` means the node is in the current answer. */
  private mark = new Uint32Array(0);
  private stamp = 0;

  constructor(readonly graph: Adjacency) {}

  /** Node row ids in visiting order, and whether the budget cut the walk short. */
  neighbourhood(
    center: number,
    depth: number,
    limit: number,
  ): { nodes: number[]; truncated: boolean } {
    this.begin();
    const mark = this.mark;
    const stamp = this.stamp;
    const rank = this.graph.ranks.rank;
    const nodes = [center];
    mark[center] = stamp;
    let frontier = [center];
    let truncated = false;
    for (let level = 1; level <= depth && frontier.length > 0 && !truncated; level++) {
      const next: number[] = [];
      for (const node of frontier) {
        this.graph.forEachNeighbourInOrder(node, (nbr) => {
          if (mark[nbr] === stamp) return true;
          if (nodes.length >= limit) {
            truncated = true;
            return false;
          }
          mark[nbr] = stamp;
          nodes.push(nbr);
          next.push(nbr);
          return true;
        });
        if (truncated) break;
      }
      frontier = next.sort((a, b) => rank[a]! - rank[b]!);
    }
    return { nodes, truncated };
  }

  /** Relationships whose both ends are in the last answer: [edge, src, dst, rel] per entry. */
  edgesWithin(nodes: readonly number[]): {
    edge: number[];
    src: number[];
    dst: number[];
    rel: number[];
  } {
    const mark = this.mark;
    const stamp = this.stamp;
    const found = {
      edge: [] as number[],
      src: [] as number[],
      dst: [] as number[],
      rel: [] as number[],
    };
    for (const node of nodes)
      this.graph.forEachOut(node, (nbr, edge, rel) => {
        if (mark[nbr] !== stamp) return;
        found.edge.push(edge);
        found.src.push(node);
        found.dst.push(nbr);
        found.rel.push(rel);
      });
    return found;
  }

  private begin(): void {
    const bound = this.graph.kind.length;
    if (this.mark.length < bound) {
      this.mark = new Uint32Array(bound);
      this.stamp = 0;
    }
    if (++this.stamp === 0xffffffff) {
      this.mark.fill(0);
      this.stamp = 1;
    }
  }
}
