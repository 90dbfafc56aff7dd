/**
 * The compact in-memory adjacency of the embedded store: which nodes exist (a kind code per node
 * row id), their ranks in id order, and their relationships in both directions — a base in CSR
 * form (csr.ts) plus an overlay of the changes committed since the base was built. No property and
 * no key is held here; answers read those from SQLite for the few rows they return.
 *
 * The overlay: base relationships removed since the build are flagged in a byte array by edge row
 * id; relationships added since are kept per node in small arrays sorted by the neighbour's rank;
 * nodes added get a rank from Ranks. Changes arrive in commit order (`apply`), only after COMMIT.
 */
import type { Csr } from './csr.ts';
import type { Ranks } from './ranks.ts';

/** One change a commit made, in the order the batch made them. */
export type Change =
  | { type: 'addNode'; node: number; kind: number; id: string }
  | { type: 'removeNode'; node: number; id: string }
  | { type: 'addEdge'; edge: number; src: number; dst: number; rel: number }
  | { type: 'removeEdge'; edge: number; src: number; dst: number };

/** Relationships added since the build, for one node and one direction, sorted by rank. */
interface Added {
  nbr: number[];
  edge: number[];
  rel: number[];
}

export type EdgeVisitor = (nbr: number, edge: number, rel: number) => void;

export class Adjacency {
  /** Kind code per node row id; 0: no such node. */
  kind: Uint8Array;
  private removedEdge: Uint8Array;
  private readonly addedOut = new Map<number, Added>();
  private readonly addedIn = new Map<number, Added>();
  private overlayEdges = 0;
  private removedEdges = 0;

  constructor(
    kind: Uint8Array,
    readonly ranks: Ranks,
    private readonly out: Csr,
    private readonly inn: Csr,
    /** Exceeds every base edge row id. */
    edgeBound: number,
  ) {
    this.kind = kind;
    this.removedEdge = new Uint8Array(edgeBound);
  }

  /** Changes held in the overlay; past a threshold the store rebuilds the base. */
  get overlaySize(): number {
    return this.overlayEdges + this.removedEdges + this.ranks.placed;
  }

  hasNode(node: number): boolean {
    return node < this.kind.length && this.kind[node] !== 0;
  }

  apply(changes: readonly Change[]): void {
    // Removed nodes' rows are gone from the file: their ids must be known before any placement.
    for (const change of changes)
      if (change.type === 'removeNode') this.ranks.noteRemoved(change.node, change.id);
    for (const change of changes) {
      switch (change.type) {
        case 'addNode':
          this.growNodes(change.node + 1);
          this.kind[change.node] = change.kind;
          this.ranks.insert(change.node, change.id);
          break;
        case 'removeNode':
          // Its relationships were removed by earlier changes of the same batch.
          this.kind[change.node] = 0;
          this.ranks.remove(change.node, change.id);
          break;
        case 'addEdge':
          this.insertAdded(this.addedOut, change.src, change.dst, change.edge, change.rel);
          this.insertAdded(this.addedIn, change.dst, change.src, change.edge, change.rel);
          this.overlayEdges++;
          break;
        case 'removeEdge':
          if (this.deleteAdded(this.addedOut, change.src, change.edge)) {
            this.deleteAdded(this.addedIn, change.dst, change.edge);
            this.overlayEdges--;
          } else if (change.edge < this.removedEdge.length) {
            this.removedEdge[change.edge] = 1;
            this.removedEdges++;
          }
          break;
      }
    }
  }

  /** Outgoing relationships of a node (base then added, each in rank order). */
  forEachOut(node: number, visit: EdgeVisitor): void {
    this.visitRange(this.out, this.addedOut, node, visit);
  }

  /** Incoming relationships of a node (base then added, each in rank order). */
  forEachIn(node: number, visit: EdgeVisitor): void {
    this.visitRange(this.inn, this.addedIn, node, visit);
  }

  /**
   * Every neighbour (either direction) in rank order, once per relationship — a neighbour joined
   * by several relationships comes several times in a row. `visit` returns false to stop.
   */
  forEachNeighbourInOrder(node: number, visit: (nbr: number) => boolean): void {
    const rank = this.ranks.rank;
    const removed = this.removedEdge;
    const base = node + 1 < this.out.offsets.length;
    let op = base ? this.out.offsets[node]! : 0;
    const oe = base ? this.out.offsets[node + 1]! : 0;
    let ip = base ? this.inn.offsets[node]! : 0;
    const ie = base ? this.inn.offsets[node + 1]! : 0;
    const addedOut = this.addedOut.get(node);
    const addedIn = this.addedIn.get(node);
    let ao = 0;
    let ai = 0;
    const aoe = addedOut ? addedOut.nbr.length : 0;
    const aie = addedIn ? addedIn.nbr.length : 0;
    const outNbr = this.out.nbr;
    const outEdge = this.out.edge;
    const inNbr = this.inn.nbr;
    const inEdge = this.inn.edge;
    for (;;) {
      // Skip removed base relationships.
      while (op < oe && removed[outEdge[op]!] === 1) op++;
      while (ip < ie && removed[inEdge[ip]!] === 1) ip++;
      let best = -1;
      let bestRank = Infinity;
      let source = 0;
      if (op < oe) {
        best = outNbr[op]!;
        bestRank = rank[best]!;
        source = 1;
      }
      if (ip < ie) {
        const n = inNbr[ip]!;
        const r = rank[n]!;
        if (r < bestRank) {
          best = n;
          bestRank = r;
          source = 2;
        }
      }
      if (ao < aoe) {
        const n = addedOut!.nbr[ao]!;
        const r = rank[n]!;
        if (r < bestRank) {
          best = n;
          bestRank = r;
          source = 3;
        }
      }
      if (ai < aie) {
        const n = addedIn!.nbr[ai]!;
        const r = rank[n]!;
        if (r < bestRank) {
          best = n;
          source = 4;
        }
      }
      if (source === 0) return;
      if (source === 1) op++;
      else if (source === 2) ip++;
      else if (source === 3) ao++;
      else ai++;
      if (!visit(best)) return;
    }
  }

  /** The base range and the added list of one direction. */
  private visitRange(csr: Csr, added: Map<number, Added>, node: number, visit: EdgeVisitor): void {
    if (node + 1 < csr.offsets.length) {
      const removed = this.removedEdge;
      for (let p = csr.offsets[node]!, end = csr.offsets[node + 1]!; p < end; p++) {
        const edge = csr.edge[p]!;
        if (removed[edge] !== 1) visit(csr.nbr[p]!, edge, csr.rel[p]!);
      }
    }
    const list = added.get(node);
    if (list)
      for (let i = 0; i < list.nbr.length; i++) visit(list.nbr[i]!, list.edge[i]!, list.rel[i]!);
  }

  private growNodes(bound: number): void {
    if (bound <= this.kind.length) return;
    const kind = new Uint8Array(Math.max(bound, this.kind.length * 2));
    kind.set(this.kind);
    this.kind = kind;
    this.ranks.grow(kind.length);
  }

  private insertAdded(
    map: Map<number, Added>,
    node: number,
    nbr: number,
    edge: number,
    rel: number,
  ): void {
    let list = map.get(node);
    if (!list) map.set(node, (list = { nbr: [], edge: [], rel: [] }));
    const rank = this.ranks.rank;
    const r = rank[nbr]!;
    let lo = 0;
    let hi = list.nbr.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (rank[list.nbr[mid]!]! <= r) lo = mid + 1;
      else hi = mid;
    }
    list.nbr.splice(lo, 0, nbr);
    list.edge.splice(lo, 0, edge);
    list.rel.splice(lo, 0, rel);
  }

  /** Whether the edge was in the added list (and is now gone from it). */
  private deleteAdded(map: Map<number, Added>, node: number, edge: number): boolean {
    const list = map.get(node);
    if (!list) return false;
    const at = list.edge.indexOf(edge);
    if (at < 0) return false;
    list.nbr.splice(at, 1);
    list.edge.splice(at, 1);
    list.rel.splice(at, 1);
    if (list.nbr.length === 0) map.delete(node);
    return true;
  }
}
