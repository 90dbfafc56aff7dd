/**
 * The rows neighbourhoods return — a node's kind, key and property text, a relationship's type,
 * ends and property text — kept in memory by row id up to a budget, so the nodes many neighbourhoods share (a
 * segment's first enterprises, a region, an occupation) are read from SQLite once rather than for
 * every answer. The store empties it whenever anything commits (a write, a bulk batch, another
 * process's change to the file), so it never answers what the file no longer holds; between
 * commits rows are immutable. Eviction is first in, first out: cheap, and a hot row comes back on
 * its next miss.
 *
 * The order of arrival is kept in an array of ids, not read from the Map: a Map's iterator walks
 * over the slots its deleted entries leave until the table is rebuilt, so taking the oldest entry
 * from a full cache that evicts one row for every row it adds cost time in proportion to the rows
 * evicted so far (50,000 rows added to a full 48 MB cache: 1.3–7.5 s, against 42 ms filling it).
 */
export class RowCache<T, K = number> {
  private readonly rows = new Map<K, T>();
  /** The ids held, oldest first from `head` (those before it are evicted), and their weights. */
  private order: K[] = [];
  private weights: number[] = [];
  private head = 0;
  private size = 0;

  /** `budget` in the units `weigh` returns (about bytes). */
  constructor(
    private readonly budget: number,
    private readonly weigh: (row: T) => number,
  ) {}

  get(id: K): T | undefined {
    return this.rows.get(id);
  }

  set(id: K, row: T): void {
    if (this.rows.has(id)) return;
    const weight = this.weigh(row);
    this.rows.set(id, row);
    this.order.push(id);
    this.weights.push(weight);
    this.size += weight;
    while (this.size > this.budget && this.head < this.order.length) {
      this.size -= this.weights[this.head]!;
      this.rows.delete(this.order[this.head++]!);
    }
    // Drop the evicted ids once they are half the array, so it stays within twice the rows held.
    if (this.head > 1024 && this.head * 2 > this.order.length) {
      this.order = this.order.slice(this.head);
      this.weights = this.weights.slice(this.head);
      this.head = 0;
    }
  }

  clear(): void {
    if (this.rows.size === 0) return;
    this.rows.clear();
    this.order = [];
    this.weights = [];
    this.head = 0;
    this.size = 0;
  }

  get count(): number {
    return this.rows.size;
  }
}

interface Ref {
  kind: string;
  key: string;
}

type NodeText = Ref & { props: string };
type EdgeText = { from: Ref; to: Ref; props: string };

/** JavaScript strings take two bytes a character at worst, plus the objects around them. */
const nodeWeight = (row: NodeText) => 2 * (row.key.length + row.props.length) + 96;
const edgeWeight = (row: EdgeText) =>
  2 * (row.from.key.length + row.to.key.length + row.props.length) + 160;

export const nodeRowCache = <T extends NodeText>(budgetBytes: number) =>
  new RowCache<T>(budgetBytes, nodeWeight);

export const edgeRowCache = <T extends EdgeText>(budgetBytes: number) =>
  new RowCache<T>(budgetBytes, edgeWeight);

/**
 * Whole answers by their query. An answer is weighed as if none of its rows were shared with the
 * row caches (they mostly are, until the row caches evict them), plus the UTF-8 text the route
 * writes from it and keeps with it, counted as one byte a character (the sampled answers are
 * mostly ASCII; Chinese names take three).
 */
export const answerCache = <T extends { nodes: NodeText[]; edges: EdgeText[] }>(
  budgetBytes: number,
) =>
  new RowCache<T, string>(budgetBytes, (answer) => {
    let weight = 64;
    for (const node of answer.nodes) weight += 1.5 * nodeWeight(node);
    for (const edge of answer.edges) weight += 1.5 * edgeWeight(edge);
    return weight;
  });
