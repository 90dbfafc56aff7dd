/**
 * The connection side of the embedded store's scoped reads (scoped.ts, grouped-reads.ts): their
 * prepared statements, the start nodes' and a semi-join's targets' row ids, and the temporary
 * tables those go into. One call fills the tables and runs its statement before the next call
 * (better-sqlite3 is synchronous), so calls never see one another's rows.
 */
import type Database from 'better-sqlite3';
import type { NodeRef } from '@chanjiao/graph-schema';
import type { CountQuery } from '../port.ts';
import { lookUpAtMost, temporaryTables, type Variant } from './scoped-sql.ts';

export class ScopedConnection {
  private readonly statements = new Map<string, Database.Statement>();
  private ready = false;

  constructor(protected readonly db: Database.Database) {}

  statement(name: string, sql: () => string, raw = false): Database.Statement {
    if (!this.ready) {
      this.db.exec(temporaryTables);
      this.ready = true;
    }
    let statement = this.statements.get(name);
    if (!statement) {
      statement = this.db.prepare(sql());
      if (raw) statement.raw();
      this.statements.set(name, statement);
    }
    return statement;
  }

  /** Row ids of the nodes among `refs` that exist, each once, with their refs. */
  resolve(refs: NodeRef[]): Map<number, NodeRef> {
    const id = this.statement(
      'id',
      () => 'SELECT id FROM nodes WHERE kind = ? AND key = ?',
    ).pluck();
    const found = new Map<number, NodeRef>();
    for (const ref of refs) {
      const row = id.get(ref.kind, ref.key) as number | undefined;
      if (row !== undefined) found.set(row, { kind: ref.kind, key: ref.key });
    }
    return found;
  }

  /** The nodes of these kinds (a JSON list), from `counts`. */
  kindNodes(kinds: string): number {
    return this.statement(
      'kindNodes',
      () =>
        `SELECT coalesce(sum(n), 0) FROM counts
         WHERE name IN (SELECT 'node:' || value FROM json_each(@kinds))`,
    )
      .pluck()
      .get({ kinds }) as number;
  }

  /**
   * The relationships of these types (a JSON list) at the nodes in a temporary table, joined on
   * `column`, counted on the index only up to `enough`.
   */
  relationshipsAt(
    table: 'scoped_from' | 'scoped_to',
    column: 'src' | 'dst',
    rels: string,
    enough: number,
  ): number {
    return this.statement(
      `relationshipsAt|${table}|${column}`,
      () =>
        `SELECT count(*) FROM (SELECT 1 FROM temp.${table} t CROSS JOIN edges e
         ON e.${column} = t.id AND e.rel IN (SELECT value FROM json_each(@rels))
         LIMIT @enough)`,
    )
      .pluck()
      .get({ rels, enough }) as number;
  }

  /** How many start nodes and targets the last `load` put into the temporary tables. */
  private loaded = { from: 0, to: 0 };

  /** Loads the start nodes (and the semi-join's targets) into the temporary tables. */
  load(from: Iterable<number>, to: Iterable<number>): void {
    const insertFrom = this.statement(
      'insertFrom',
      () => 'INSERT OR IGNORE INTO temp.scoped_from (id) VALUES (?)',
    );
    const insertTo = this.statement(
      'insertTo',
      () => 'INSERT OR IGNORE INTO temp.scoped_to (id) VALUES (?)',
    );
    this.db.transaction(() => {
      this.db.exec('DELETE FROM temp.scoped_from; DELETE FROM temp.scoped_to;');
      this.loaded = { from: 0, to: 0 };
      for (const id of from) this.loaded.from += insertFrom.run(id).changes;
      for (const id of to) this.loaded.to += insertTo.run(id).changes;
    })();
  }

  /** The statement variant of a hop over what the last `load` put into the tables. */
  variant(query: CountQuery): Variant {
    return {
      direction: query.direction,
      where: query.where?.direction ?? null,
      kinds: query.kinds !== undefined,
      testStarts: this.loaded.from > lookUpAtMost,
      testTargets: this.loaded.to > lookUpAtMost,
    };
  }

  params(query: CountQuery) {
    return {
      rels: JSON.stringify([...new Set(query.rels)]),
      ...(query.kinds && { kinds: JSON.stringify([...new Set(query.kinds)]) }),
      ...(query.where && { whereRels: JSON.stringify([...new Set(query.where.rels)]) }),
      ...(query.privateOf && { orgs: JSON.stringify(query.privateOf) }),
    };
  }
}
