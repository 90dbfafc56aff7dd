/**
 * Counts by kind and relationship type, from Neo4j's count store (cypher/stats.ts), cached: a
 * health check or stats request reuses counts read within the last `ttlMs`, so a busy health
 * endpoint costs one count statement per interval, not one per request. This process's own writes
 * invalidate the cache at once; other processes' writes show within `ttlMs`. A failed read is not
 * cached, so while Neo4j is unreachable every request fails (503) rather than answering old counts.
 */
import { isNodeKind, isRelType, type NodeKind, type Stats } from '@chanjiao/graph-schema';
import { Neo4jError } from 'neo4j-driver';
import { compareStrings } from '../order.ts';
import { countColumns, graphCounts } from './cypher/stats.ts';
import type { Executor, Statement } from './executor.ts';
import { toNumber } from './values.ts';

/**
 * Reads all counts in one statement: through the statistics procedure while the server allows
 * it, else (from the first refusal on) through plain count-store queries.
 */
export class CountReader {
  private statement: Statement = graphCounts;

  constructor(private readonly exec: Executor) {}

  async read(): Promise<Stats> {
    let record;
    try {
      record = (await this.exec.readOne('stats', this.statement)).records[0];
    } catch (error) {
      if (this.statement !== graphCounts || !refused(error)) throw error;
      this.statement = countColumns();
      record = (await this.exec.readOne('stats', this.statement)).records[0];
    }
    const byKind: Record<string, number> = {};
    const byRel: Record<string, number> = {};
    let nodes = 0;
    let edges = 0;
    for (const [name, value] of (record?.get('nodes') ?? []) as [string, unknown][]) {
      const c = toNumber(value);
      // Bookkeeping labels (bulk sessions) are not kinds.
      if (c === 0 || !isNodeKind(name)) continue;
      nodes += c;
      byKind[name] = c;
    }
    for (const [name, value] of (record?.get('rels') ?? []) as [string, unknown][]) {
      const c = toNumber(value);
      if (c === 0 || !isRelType(name)) continue;
      edges += c;
      byRel[name] = c;
    }
    const sorted = (o: Record<string, number>) =>
      Object.fromEntries(Object.entries(o).sort(([a], [b]) => compareStrings(a, b)));
    return { nodes, edges, byKind: sorted(byKind), byRel: sorted(byRel) };
  }
}

/** The procedure is missing or not allowed for this user. */
export function refused(error: unknown): boolean {
  const code = error instanceof Neo4jError ? error.code : '';
  return (
    code.startsWith('Neo.ClientError.Procedure.') || code.startsWith('Neo.ClientError.Security.')
  );
}

export class StatsCache {
  private value: Stats | null = null;
  private readAt = 0;
  private pending: Promise<Stats> | null = null;
  /** Bumped by invalidate(), so a read that started before a write is not kept. */
  private generation = 0;

  constructor(
    private readonly counts: CountReader,
    private readonly ttlMs = 500,
  ) {}

  /** Counts at most `ttlMs` old, and never older than this process's last write. */
  get(): Promise<Stats> {
    if (this.value && performance.now() - this.readAt < this.ttlMs)
      return Promise.resolve(this.value);
    return this.refresh();
  }

  /**
   * Node counts by kind as last read, for estimates that tolerate staleness (refreshed in the
   * background once expired; read once if there are none yet).
   */
  async kindCounts(): Promise<Partial<Record<NodeKind, number>>> {
    if (!this.value) return (await this.refresh()).byKind;
    if (performance.now() - this.readAt >= this.ttlMs) this.refresh().catch(() => undefined);
    return this.value.byKind;
  }

  invalidate(): void {
    this.generation++;
    this.value = null;
    this.pending = null;
  }

  private refresh(): Promise<Stats> {
    if (this.pending) return this.pending;
    const generation = this.generation;
    const pending = this.counts
      .read()
      .then((stats) => {
        if (generation === this.generation) {
          this.value = stats;
          this.readAt = performance.now();
        }
        return stats;
      })
      .finally(() => {
        if (this.pending === pending) this.pending = null;
      });
    this.pending = pending;
    return pending;
  }
}
