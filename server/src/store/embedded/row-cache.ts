/**
 * The rows neighbourhoods return — a node's kind, key and property text, a relationship's type,
 * ends and property text — kept in memory by row id up to a budget, so the nodes many neighbourhoods share (a
 * segment's first enterprises, a region, an occupation) are read from SQLite once rather than for
 * every answer. The store empties it whenever anything commits (a write, a bulk batch, another
 * process's change to the file), so it never answers what the file no longer holds; between
 * commits rows are immutable. Eviction is first in, first out: cheap, and a hot row comes back on
 * its next miss.
 */
export class RowCache<T> {
  private readonly rows = new Map<number, T>();
  private size = 0;

  /** `budget` in the units `weigh` returns (about bytes). */
  constructor(
    private readonly budget: number,
    private readonly weigh: (row: T) => number,
  ) {}

  get(id: number): T | undefined {
    return this.rows.get(id);
  }

  set(id: number, row: T): void {
    if (this.rows.has(id)) return;
    this.rows.set(id, row);
    this.size += this.weigh(row);
    while (this.size > this.budget) {
      const oldest = this.rows.entries().next();
      if (oldest.done) break;
      this.rows.delete(oldest.value[0]);
      this.size -= this.weigh(oldest.value[1]);
    }
  }

  clear(): void {
    if (this.rows.size === 0) return;
    this.rows.clear();
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

/** JavaScript strings take two bytes a character at worst, plus the objects around them. */
export const nodeRowCache = <T extends Ref & { props: string }>(budgetBytes: number) =>
  new RowCache<T>(budgetBytes, (row) => 2 * (row.key.length + row.props.length) + 96);

export const edgeRowCache = <T extends { from: Ref; to: Ref; props: string }>(
  budgetBytes: number,
) =>
  new RowCache<T>(
    budgetBytes,
    (row) => 2 * (row.from.key.length + row.to.key.length + row.props.length) + 160,
  );
