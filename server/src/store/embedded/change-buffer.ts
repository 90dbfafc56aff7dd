/**
 * The change records of a bulk session, written many to a statement. An import records one change
 * per record it writes; inserted one by one, with a named-parameter object each, they cost about
 * as much as the records themselves. Nothing in the session reads them back (only a write that
 * moves a record's privacy re-marks earlier changes, and it flushes first), so they wait here and
 * go in `rowsPerStatement` at a time, in order — their `seq` numbers follow the order of the writes.
 *
 * Like RowBuffer, the buffer is emptied before a write's savepoint is released (`flush`), or
 * dropped with it (`clear`).
 */
import type Database from 'better-sqlite3';
import { full, prepareTable, type Table, type TableStatements } from './row-buffer.ts';

/** The columns of a change row, in this order. */
export const changeColumns =
  'at, by, request_id, action, kind, key, rel, to_kind, to_key, before, after, relationships, private_org';

export function prepareChangeInsert(db: Database.Database): TableStatements {
  return prepareTable(db, `INSERT INTO changes (${changeColumns})`, 13);
}

export class ChangeBuffer {
  private readonly table: Table;

  constructor(statements: TableStatements) {
    this.table = { ...statements, values: [] };
  }

  /** One change row's 13 values, in the order of `changeColumns`. */
  add(values: readonly unknown[]): void {
    for (const value of values) this.table.values.push(value);
    full(this.table);
  }

  /** Writes every waiting change. */
  flush(): void {
    const { values, columns, one } = this.table;
    for (let at = 0; at < values.length; at += columns) one.run(values.slice(at, at + columns));
    values.length = 0;
  }

  /** Forgets the waiting changes (their write was undone). */
  clear(): void {
    this.table.values.length = 0;
  }
}
