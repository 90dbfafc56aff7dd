/**
 * The embedded store, the zero-set-up default: SQLite (better-sqlite3, WAL, synchronous=FULL) is the
 * durable record; a graphology graph in memory mirrors it for traversal and search.
 *
 * A batch is one SQLite transaction; memory is brought up to date from the rows it touched only
 * after COMMIT returns, so a failed batch leaves neither the file nor the memory touched, and a
 * process killed at any point reopens to the last committed batch (SQLite's journal guarantees it;
 * memory is rebuilt from the file on open). better-sqlite3 is synchronous, so a batch is also atomic
 * with respect to concurrent requests.
 *
 * The pieces live beside this file: sql.ts (layout and statements), rows.ts (row mapping),
 * upsert.ts (the one write path), batch.ts (single batches), bulk.ts (bulk sessions), mirror.ts
 * (the in-memory graph), reads.ts, search.ts and export.ts.
 */
import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import type { EdgeRef, NodeRef, RelationSummary, SearchHit, Stats } from '@chanjiao/graph-schema';
import type {
  BulkSession,
  EdgeRow,
  ExportItem,
  GraphStore,
  NeighbourhoodQuery,
  NodeRow,
  ProjectionSpec,
  SearchQuery,
  Subgraph,
  WriteOp,
  WriteResult,
} from '../port.ts';
import { WriteLock } from '../lock.ts';
import { writeBatch } from './batch.ts';
import { startBulkSession } from './bulk.ts';
import { exportFile } from './export.ts';
import { GraphMirror } from './mirror.ts';
import * as reads from './reads.ts';
import { search } from './search.ts';
import { openDatabase, prepareStatements, type Statements } from './sql.ts';

/** Bulk imports touching more rows than this rebuild the in-memory graph on next use instead. */
const bulkMirrorLimit = 200_000;

export interface EmbeddedStoreOptions {
  dataDir: string;
}

export function embeddedDatabasePath(dataDir: string): string {
  return path.join(dataDir, 'atlas.sqlite');
}

export class EmbeddedStore implements GraphStore {
  readonly name = 'embedded' as const;
  private readonly st: Statements;
  private readonly mirror: GraphMirror;
  private readonly lock = new WriteLock();
  private bulkOpen = false;
  private closed = false;

  private constructor(
    private readonly db: Database.Database,
    private readonly file: string,
  ) {
    this.st = prepareStatements(db);
    this.mirror = new GraphMirror(this.st);
  }

  static open(options: EmbeddedStoreOptions): EmbeddedStore {
    fs.mkdirSync(options.dataDir, { recursive: true });
    const file = embeddedDatabasePath(options.dataDir);
    return new EmbeddedStore(openDatabase(file), file);
  }

  // ── writes ─────────────────────────────────────────────────────────────────

  async write(ops: WriteOp[]): Promise<WriteResult> {
    this.assertOpen();
    return this.lock.run(() => {
      this.assertOpen();
      const { result, nodes, edges } = writeBatch(this.db, this.st, ops);
      this.mirror.refresh(nodes, edges);
      return result;
    });
  }

  async beginBulk(): Promise<BulkSession> {
    this.assertOpen();
    const release = await this.lock.acquire();
    try {
      this.assertOpen();
      const session = startBulkSession({
        db: this.db,
        st: this.st,
        assertOpen: () => this.assertOpen(),
        // Past the limit, or when memory is not built, the mirror is rebuilt on next use instead
        // (a command-line import then never builds it at all).
        committed: (touched, nodes, edges) => {
          if (touched > bulkMirrorLimit) this.mirror.invalidate();
          else this.mirror.refresh(nodes(), edges());
        },
        finished: () => {
          this.bulkOpen = false;
          release();
        },
      });
      this.bulkOpen = true;
      return session;
    } catch (error) {
      if (this.db.inTransaction) this.db.exec('ROLLBACK');
      release();
      throw error;
    }
  }

  // ── reads ──────────────────────────────────────────────────────────────────

  async existing(nodes: NodeRef[], edges: EdgeRef[]) {
    this.assertOpen();
    return reads.existing(this.st, this.mirror, nodes, edges);
  }

  async getNode(ref: NodeRef): Promise<NodeRow | null> {
    this.ready();
    return reads.getNode(this.mirror, ref);
  }

  async getEdge(ref: EdgeRef): Promise<EdgeRow | null> {
    this.ready();
    return reads.getEdge(this.mirror, ref);
  }

  async relationships(
    ref: NodeRef,
    limit: number,
  ): Promise<{ items: RelationSummary[]; total: number }> {
    this.ready();
    return reads.relationships(this.mirror, ref, limit);
  }

  async search(query: SearchQuery): Promise<SearchHit[]> {
    this.ready();
    return search(this.mirror, query);
  }

  async neighbourhood(query: NeighbourhoodQuery): Promise<Subgraph | null> {
    this.ready();
    return reads.neighbourhood(this.mirror, query);
  }

  async projection(spec: ProjectionSpec): Promise<Subgraph> {
    this.ready();
    return reads.projection(this.mirror, spec);
  }

  async stats(): Promise<Stats> {
    this.assertOpen();
    return reads.stats(this.st, this.mirror);
  }

  exportAll(): AsyncIterable<ExportItem> {
    this.assertOpen();
    return exportFile(this.file);
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    // An open bulk session never committed: its transaction is undone.
    if (this.bulkOpen && this.db.inTransaction) this.db.exec('ROLLBACK');
    this.db.close();
  }

  /** Open, with the in-memory graph built (on first use, and again after a large bulk import). */
  private ready(): void {
    this.assertOpen();
    this.mirror.ensure();
  }

  private assertOpen(): void {
    if (this.closed) throw new Error('the embedded store is closed');
  }
}
