/**
 * The embedded store's `firstNodes` (see the store port): the first nodes of a kind in key order
 * that pass an optional semi-join, and how many pass. Read through the `(kind, key)` index in key
 * order, testing each node on the way, unless the semi-join's targets reach so few nodes of the
 * kind that reading all of them and sorting costs less than the scan would (a small region among
 * many). Private nodes of other organisations are left out of both when asked.
 */
import type Database from 'better-sqlite3';
import type { NodeRef, Props } from '@chanjiao/graph-schema';
import type { FirstNodes, FirstNodesQuery } from '../port.ts';
import { visibleSql } from './aggregate-sql.ts';

const ends = { out: { start: 'src', other: 'dst' }, in: { start: 'dst', other: 'src' } } as const;

export class EmbeddedFirstNodes {
  private readonly statements = new Map<string, Database.Statement>();
  private ready = false;

  constructor(
    private readonly db: Database.Database,
    /** The store's node count of a kind (kept current without counting). */
    private readonly kindCount: (kind: string) => number,
  ) {}

  private statement(name: string, sql: () => string): Database.Statement {
    if (!this.ready) {
      this.db.exec('CREATE TEMP TABLE IF NOT EXISTS first_to (id INTEGER PRIMARY KEY)');
      this.ready = true;
    }
    let statement = this.statements.get(name);
    if (!statement) {
      statement = this.db.prepare(sql());
      this.statements.set(name, statement);
    }
    return statement;
  }

  private loadTargets(refs: NodeRef[]): void {
    const id = this.statement('id', () => 'SELECT id FROM nodes WHERE kind = ? AND key = ?');
    const insert = this.statement('insert', () => 'INSERT OR IGNORE INTO temp.first_to VALUES (?)');
    this.db.transaction(() => {
      this.db.exec('DELETE FROM temp.first_to');
      for (const ref of refs) {
        const row = id.pluck().get(ref.kind, ref.key) as number | undefined;
        if (row !== undefined) insert.run(row);
      }
    })();
  }

  firstNodes(query: FirstNodesQuery): FirstNodes {
    const limit = Math.max(0, query.limit);
    const hidden = query.privateOf !== undefined;
    const params = {
      kind: query.kind,
      limit,
      ...(query.privateOf && { orgs: JSON.stringify(query.privateOf) }),
      ...(query.where && { rels: JSON.stringify([...new Set(query.where.rels)]) }),
    };
    const visible = hidden ? `AND ${visibleSql('n')}` : '';
    const where = query.where;
    if (!where) {
      const total = hidden
        ? (this.statement(
            'countVisible',
            () => `SELECT count(*) FROM nodes n WHERE n.kind = @kind ${visible}`,
          )
            .pluck()
            .get(params) as number)
        : this.kindCount(query.kind);
      const rows = this.statement(
        `scan|${hidden}`,
        () => `SELECT n.key, n.props FROM nodes n INDEXED BY nodes_by_key
               WHERE n.kind = @kind ${visible} ORDER BY n.key LIMIT @limit`,
      )
        .raw()
        .all(params) as [string, string][];
      return { nodes: rows.map(([key, props]) => this.row(query.kind, key, props)), total };
    }
    if (where.to.length === 0 || where.rels.length === 0) return { nodes: [], total: 0 };
    this.loadTargets(where.to);
    const shape = `${where.direction}|${hidden}`;
    const { start, other } = ends[where.direction];
    // The nodes of the kind the targets reach, each once.
    const reached = `SELECT DISTINCT w.${start} AS id FROM temp.first_to t
      CROSS JOIN edges w ON w.${other} = t.id AND w.rel IN (SELECT value FROM json_each(@rels))
      CROSS JOIN nodes n ON n.id = w.${start} AND n.kind = @kind ${visible}`;
    const total = this.statement(`count|${shape}`, () => `SELECT count(*) FROM (${reached})`)
      .pluck()
      .get(params) as number;
    // In key order a scan tests about limit × kind / total nodes before it has found `limit`.
    const scanned = total === 0 ? Infinity : (limit * this.kindCount(query.kind)) / total;
    const rows = (
      scanned <= total
        ? this.statement(
            `scanWhere|${shape}`,
            () => `SELECT n.key, n.props FROM nodes n INDEXED BY nodes_by_key
                   WHERE n.kind = @kind ${visible} AND EXISTS (SELECT 1 FROM edges w
                     WHERE w.${start} = n.id AND w.rel IN (SELECT value FROM json_each(@rels))
                       AND w.${other} IN (SELECT id FROM temp.first_to))
                   ORDER BY n.key LIMIT @limit`,
          )
        : this.statement(
            `reached|${shape}`,
            () => `SELECT n.key, n.props FROM (${reached}) r CROSS JOIN nodes n ON n.id = r.id
                   ORDER BY n.key LIMIT @limit`,
          )
    )
      .raw()
      .all(params) as [string, string][];
    return { nodes: rows.map(([key, props]) => this.row(query.kind, key, props)), total };
  }

  private row(kind: FirstNodesQuery['kind'], key: string, props: string) {
    return { kind, key, props: JSON.parse(props) as Props };
  }
}
