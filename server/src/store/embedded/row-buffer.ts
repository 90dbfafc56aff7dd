/**
 * New rows of a load into an empty store, written many to a statement. A load creates millions of
 * rows whose ids it hands out itself and looks up in memory, never in SQLite, so a new node, its
 * search document and a new relationship can wait in a buffer and go in by `rowsPerStatement` at a
 * time: one multi-row INSERT costs about two thirds of the same rows inserted one by one, the
 * difference being the per-statement work of each call (bind, step, reset).
 *
 * The buffer lives within one `write` of a bulk session and is emptied before the write's
 * savepoint is released (`flush`), or dropped with it (`clear`). Anything that reads or updates a
 * row by id — a repeated node or relationship merging its properties — flushes it first.
 */
import type Database from 'better-sqlite3';

/** Rows per multi-row INSERT: enough to spread the per-statement cost, few enough to bind quickly. */
export const rowsPerStatement = 64;

export interface TableStatements {
  /** The statement for `rowsPerStatement` rows, and the one for a single row. */
  many: Database.Statement;
  one: Database.Statement;
  columns: number;
}

export interface Table extends TableStatements {
  /** The waiting rows' values, row after row. */
  values: unknown[];
}

export function prepareTable(
  db: Database.Database,
  head: string,
  columns: number,
): TableStatements {
  const row = `(${Array<string>(columns).fill('?').join(', ')})`;
  return {
    many: db.prepare(`${head} VALUES ${Array<string>(rowsPerStatement).fill(row).join(', ')}`),
    one: db.prepare(`${head} VALUES ${row}`),
    columns,
  };
}

export function prepareRowStatements(db: Database.Database) {
  return {
    nodes: prepareTable(db, 'INSERT INTO nodes (id, kind, key, props)', 4),
    search: prepareTable(db, 'INSERT INTO search (rowid, doc)', 2),
    edges: prepareTable(db, 'INSERT INTO edges (id, rel, src, dst, props)', 5),
  };
}

export type RowStatements = ReturnType<typeof prepareRowStatements>;

export class RowBuffer {
  private readonly nodes: Table;
  private readonly search: Table;
  private readonly edges: Table;

  constructor(statements: RowStatements) {
    this.nodes = { ...statements.nodes, values: [] };
    this.search = { ...statements.search, values: [] };
    this.edges = { ...statements.edges, values: [] };
  }

  node(id: number, kind: string, key: string, props: string, doc: string): void {
    this.nodes.values.push(id, kind, key, props);
    full(this.nodes);
    this.search.values.push(id, doc);
    full(this.search);
  }

  edge(id: number, rel: string, src: number, dst: number, props: string): void {
    this.edges.values.push(id, rel, src, dst, props);
    full(this.edges);
  }

  /** Writes every waiting row. */
  flush(): void {
    for (const t of [this.nodes, this.search, this.edges]) {
      const { values, columns } = t;
      for (let at = 0; at < values.length; at += columns) t.one.run(values.slice(at, at + columns));
      values.length = 0;
    }
  }

  /** Forgets the waiting rows (their write was undone). */
  clear(): void {
    this.nodes.values.length = 0;
    this.search.values.length = 0;
    this.edges.values.length = 0;
  }
}

/** Writes the table's rows once there are enough for the multi-row statement. */
export function full(t: Table): void {
  if (t.values.length < t.columns * rowsPerStatement) return;
  t.many.run(t.values);
  t.values.length = 0;
}
