/**
 * Ranks: every node's place in id order (`Kind:key`, code-unit order — the order every store
 * sorts by), as a number, so neighbour ranges can be kept sorted by comparing numbers.
 *
 * The nodes present at the last build (the base) get ranks `(i + 1) · gap` in id order. A node
 * created later is placed by binary search over the base (reading base nodes' ids through
 * `idOf`, a SQLite point look-up, so no key is held in memory) into the gap between two base
 * nodes; the gap's few new nodes keep their ids in a sorted list and share the gap's rank range
 * evenly, re-spaced on each insertion. Relative order never changes, so sorted ranges stay sorted.
 */
import { compareStrings } from '../../order.ts';

export const rankGap = 2 ** 20;

interface GapMembers {
  ids: number[];
  names: string[];
}

export class Ranks {
  rank: Float64Array;
  /** Exceeds every base node id. */
  private readonly baseBound: number;
  private readonly gaps = new Map<number, GapMembers>();
  /** Gap of each node placed after the build. */
  private readonly gapOf = new Map<number, number>();
  /** Ids of base nodes removed since the build (their rows are gone from SQLite). */
  private readonly removedBase = new Map<number, string>();

  constructor(
    capacity: number,
    /** Base node ids in id order. */
    private readonly baseOrder: Uint32Array,
    /** The `Kind:key` of a node that exists in the file. */
    private readonly idOf: (node: number) => string,
  ) {
    this.rank = new Float64Array(capacity);
    this.baseBound = capacity;
    for (let i = 0; i < baseOrder.length; i++) this.rank[baseOrder[i]!] = (i + 1) * rankGap;
  }

  /** Nodes placed since the build. */
  get placed(): number {
    return this.gapOf.size;
  }

  grow(capacity: number): void {
    if (capacity <= this.rank.length) return;
    const rank = new Float64Array(Math.max(capacity, this.rank.length * 2));
    rank.set(this.rank);
    this.rank = rank;
  }

  /** Places a new node with this `Kind:key`. */
  insert(node: number, id: string): void {
    this.grow(node + 1);
    let lo = 0;
    let hi = this.baseOrder.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      // An equal id belongs to a removed base node of the same key: the new one goes after it.
      if (compareStrings(this.baseId(mid), id) <= 0) lo = mid + 1;
      else hi = mid;
    }
    const gap = lo;
    let members = this.gaps.get(gap);
    if (!members) this.gaps.set(gap, (members = { ids: [], names: [] }));
    let at = 0;
    let end = members.names.length;
    while (at < end) {
      const mid = (at + end) >>> 1;
      if (compareStrings(members.names[mid]!, id) <= 0) at = mid + 1;
      else end = mid;
    }
    members.ids.splice(at, 0, node);
    members.names.splice(at, 0, id);
    this.gapOf.set(node, gap);
    this.respace(gap, members);
  }

  /** Records the `Kind:key` of a node whose row is gone (or about to go) from the file. */
  noteRemoved(node: number, id: string): void {
    if (node < this.baseBound && !this.gapOf.has(node)) this.removedBase.set(node, id);
  }

  /** Forgets a removed node; `id` is its `Kind:key` (its row is already gone). */
  remove(node: number, id: string): void {
    const gap = this.gapOf.get(node);
    if (gap === undefined) {
      this.noteRemoved(node, id);
      return;
    }
    this.gapOf.delete(node);
    const members = this.gaps.get(gap)!;
    const at = members.ids.indexOf(node);
    members.ids.splice(at, 1);
    members.names.splice(at, 1);
    if (members.ids.length === 0) this.gaps.delete(gap);
  }

  private baseId(index: number): string {
    const node = this.baseOrder[index]!;
    return this.removedBase.get(node) ?? this.idOf(node);
  }

  private respace(gap: number, members: GapMembers): void {
    const k = members.ids.length;
    if (k >= rankGap / 2) throw new Error('too many nodes placed between two base nodes');
    const low = gap * rankGap;
    const step = rankGap / (k + 1);
    for (let j = 0; j < k; j++) this.rank[members.ids[j]!] = low + (j + 1) * step;
  }
}
