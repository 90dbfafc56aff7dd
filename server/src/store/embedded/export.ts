/**
 * The whole-graph export: every node by (kind, key), then every edge by (rel, from, to), streamed
 * from a separate read-only connection inside one read transaction — a consistent snapshot that
 * does not block writes on the main connection (WAL), and memory that does not grow with the graph.
 */
import Database from 'better-sqlite3';
import type { ExportItem } from '../port.ts';
import { edgeFromSql, nodeFromSql, type EdgeSqlRow, type NodeSqlRow } from './rows.ts';

const yieldEvery = 1000;

export async function* exportFile(file: string): AsyncIterable<ExportItem> {
  const reader = new Database(file, { readonly: true, fileMustExist: true });
  try {
    reader.exec('BEGIN');
    let count = 0;
    for (const row of reader
      .prepare('SELECT kind, key, props FROM nodes ORDER BY kind, key')
      .iterate() as Iterable<NodeSqlRow>) {
      yield { type: 'node', ...nodeFromSql(row) };
      if (++count % yieldEvery === 0) await new Promise((resolve) => setImmediate(resolve));
    }
    for (const row of reader
      .prepare(
        'SELECT rel, from_kind, from_key, to_kind, to_key, props FROM edges ORDER BY rel, from_kind, from_key, to_kind, to_key',
      )
      .iterate() as Iterable<EdgeSqlRow>) {
      yield { type: 'edge', ...edgeFromSql(row) };
      if (++count % yieldEvery === 0) await new Promise((resolve) => setImmediate(resolve));
    }
    reader.exec('COMMIT');
  } finally {
    reader.close();
  }
}
