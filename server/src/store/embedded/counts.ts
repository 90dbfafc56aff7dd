/**
 * Node counts per kind and relationship counts per type, kept current without counting: the
 * `counts` table is updated in the same transaction as each write (from the deltas the write path
 * collects), and a copy in memory is updated after COMMIT — so `stats()` and the health check cost
 * nothing, even while the adjacency of a large store is still being built.
 */
import type { Stats } from '@chanjiao/graph-schema';
import { compareStrings } from '../order.ts';
import type { Statements } from './sql.ts';

/** Changes to the counts by a write not yet committed, per kind and per relationship type. */
export class CountDelta {
  readonly nodes = new Map<string, number>();
  readonly rels = new Map<string, number>();

  node(kind: string, delta: number): void {
    this.nodes.set(kind, (this.nodes.get(kind) ?? 0) + delta);
  }

  rel(rel: string, delta: number): void {
    this.rels.set(rel, (this.rels.get(rel) ?? 0) + delta);
  }

  /** Adds another delta to this one. */
  add(other: CountDelta): void {
    for (const [kind, n] of other.nodes) this.node(kind, n);
    for (const [rel, n] of other.rels) this.rel(rel, n);
  }

  /** `node:Kind` / `rel:TYPE` → delta, as the counts table names them. */
  *entries(): Iterable<[string, number]> {
    for (const [kind, n] of this.nodes) yield [`node:${kind}`, n];
    for (const [rel, n] of this.rels) yield [`rel:${rel}`, n];
  }

  /** Writes the deltas into the open transaction. */
  persist(st: Statements): void {
    for (const [name, n] of this.entries()) if (n !== 0) st.addCount.run(name, n);
  }
}

export class Counts {
  private readonly by = new Map<string, number>();
  /** The last answer of `stats()`, until the counts change: health asks on every request. */
  private cached: Stats | null = null;

  constructor(private readonly st: Statements) {
    this.reload();
  }

  /** Reads the table again (another process wrote to the file). */
  reload(): void {
    this.cached = null;
    this.by.clear();
    for (const row of this.st.counts.all() as { name: string; n: number }[])
      this.by.set(row.name, row.n);
  }

  /** After COMMIT. */
  apply(delta: CountDelta): void {
    this.cached = null;
    for (const [name, n] of delta.entries()) this.by.set(name, (this.by.get(name) ?? 0) + n);
  }

  kind(kind: string): number {
    return this.by.get(`node:${kind}`) ?? 0;
  }

  stats(): Stats {
    // Frozen, since every caller gets the same object until the counts change.
    return (this.cached ??= deepFreeze(this.count()));
  }

  private count(): Stats {
    const byKind: Record<string, number> = {};
    const byRel: Record<string, number> = {};
    let nodes = 0;
    let edges = 0;
    for (const [name, n] of [...this.by].sort(([a], [b]) => compareStrings(a, b))) {
      if (n <= 0) continue;
      if (name.startsWith('node:')) {
        byKind[name.slice(5)] = n;
        nodes += n;
      } else {
        byRel[name.slice(4)] = n;
        edges += n;
      }
    }
    return { nodes, edges, byKind, byRel };
  }
}

function deepFreeze(stats: Stats): Stats {
  Object.freeze(stats.byKind);
  Object.freeze(stats.byRel);
  return Object.freeze(stats);
}
