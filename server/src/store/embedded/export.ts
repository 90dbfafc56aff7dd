/**
 * The whole-graph export: every node by (kind, key), then every edge by (rel, from, to), streamed
 * from a separate read-only connection inside one read transaction — a consistent snapshot that
 * does not block writes on the main connection (WAL). Nodes come in index order; relationships are
 * sorted by SQLite's external sorter, which spills to temporary files, so memory stays flat.
 */
import Database from 'better-sqlite3';
import type { NodeKind, RelType } from '@chanjiao/graph-schema';
import type { ExportItem } from '../port.ts';
import { parseProps } from './rows.ts';

const yieldEvery = 1000;

export async function* exportFile(file: string): AsyncIterable<ExportItem> {
  const reader = new Database(file, { readonly: true, fileMustExist: true });
  try {
    reader.exec('BEGIN');
    let count = 0;
    for (const [kind, key, props] of reader
      .prepare('SELECT kind, key, props FROM nodes ORDER BY kind, key')
      .raw()
      .iterate() as Iterable<[NodeKind, string, string]>) {
      yield { type: 'node', kind, key, props: parseProps(props) };
      if (++count % yieldEvery === 0) await new Promise((resolve) => setImmediate(resolve));
    }
    for (const [rel, fromKind, fromKey, toKind, toKey, props] of reader
      .prepare(
        `SELECT e.rel, a.kind, a.key, b.kind, b.key, e.props FROM edges e
         JOIN nodes a ON a.id = e.src JOIN nodes b ON b.id = e.dst
         ORDER BY e.rel, a.kind, a.key, b.kind, b.key`,
      )
      .raw()
      .iterate() as Iterable<[RelType, NodeKind, string, NodeKind, string, string]>) {
      yield {
        type: 'edge',
        rel,
        from: { kind: fromKind, key: fromKey },
        to: { kind: toKind, key: toKey },
        props: parseProps(props),
      };
      if (++count % yieldEvery === 0) await new Promise((resolve) => setImmediate(resolve));
    }
    reader.exec('COMMIT');
  } finally {
    reader.close();
  }
}
