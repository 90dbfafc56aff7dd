/**
 * The embedded store, the zero-set-up default: SQLite (better-sqlite3, WAL, synchronous=FULL) is the
 * durable record; memory holds only a compact adjacency (typed arrays of row ids, ranks and type
 * codes) for walking the graph, and counts. Properties are read from SQLite for what an answer
 * returns.
 *
 * A batch is one SQLite transaction; memory (counts, adjacency) takes its changes only after COMMIT
 * returns, so a failed batch leaves neither the file nor the memory touched, and a process killed at
 * any point reopens to the last committed batch (SQLite's journal guarantees it; the adjacency is
 * rebuilt from the file on open). Writes use the main connection; reads use a read-only connection
 * of their own, so they never see a bulk session's uncommitted rows.
 *
 * Opening does not wait for the adjacency: `ready()` starts building it in slices that yield to the
 * event loop, and until it is ready counts and SQLite-only reads answer at once while walks wait.
 *
 * The pieces: sql.ts (layout, statements), upsert.ts (the one write path), batch.ts, bulk.ts,
 * counts.ts, reads.ts, relationships.ts, neighbourhood.ts, scoped.ts, search.ts, export.ts, and
 * adjacency/.
 */
import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import {
  nodeKindNames,
  relTypeNames,
  type EdgeRef,
  type NodeKind,
  type NodeRef,
  type RelationSummary,
  type RelType,
  type Stats,
  type ChangeRecord,
} from '@chanjiao/graph-schema';
import type {
  AuditStamp,
  BulkSession,
  ChangeQuery,
  AggregateGroup,
  AggregateQuery,
  CountQuery,
  FirstNodes,
  FirstNodesQuery,
  RelationshipGroup,
  RelationshipGroupQuery,
  EdgeRow,
  ExpandQuery,
  Expansion,
  NeighbourCounts,
  ExportItem,
  GraphStore,
  NeighbourhoodQuery,
  NodeRow,
  ProjectionSpec,
  SearchQuery,
  Subgraph,
  SubgraphText,
  WriteOp,
  WriteResult,
} from '../port.ts';
import { WriteLock } from '../lock.ts';
import type { SearchPage } from '../search-rank.ts';
import { countOnAdjacency } from './adjacency-counts.ts';
import { Walker } from './adjacency/bfs.ts';
import { listChanges, prepareAudit, type AuditStatements } from './audit.ts';
import { prepareLoadTrail, type LoadTrail } from './load-trail.ts';
import { Codes } from './adjacency/codes.ts';
import type { Adjacency } from './adjacency/graph.ts';
import { LiveAdjacency } from './adjacency/live.ts';
import { writeBatch } from './batch.ts';
import { startBulkSession } from './bulk.ts';
import { Counts } from './counts.ts';
import { exportFile } from './export.ts';
import {
  answerCacheBytes,
  neighbourhoodText,
  parsed,
  type NeighbourhoodCaches,
} from './neighbourhood.ts';
import * as reads from './reads.ts';
import { relationshipsFromAdjacency, relationshipsFromSql } from './relationships.ts';
import { answerCache, edgeRowCache, nodeRowCache } from './row-cache.ts';
import { EmbeddedFirstNodes } from './first-nodes.ts';
import { EmbeddedScopedReads } from './scoped.ts';
import { prepareRowStatements, type RowStatements } from './row-buffer.ts';
import { prepareSearch, search, type SearchStatements } from './search.ts';
import { openDatabase, prepareStatements, type Statements } from './sql.ts';
import type { RowIds } from './upsert.ts';

export interface EmbeddedStoreOptions {
  dataDir: string;
}

export function embeddedDatabasePath(dataDir: string): string {
  return path.join(dataDir, 'atlas.sqlite');
}

export class EmbeddedStore implements GraphStore {
  readonly name = 'embedded' as const;
  private readonly st: Statements;
  /** Multi-row inserts for loads, prepared when the first load begins. */
  private rowStatements: RowStatements | null = null;
  private readonly audit: AuditStatements;
  private readonly trail: LoadTrail;
  private readonly reader: Database.Database;
  private readonly reads: reads.Reads;
  private readonly searches: SearchStatements;
  private readonly scoped: EmbeddedScopedReads;
  private readonly first: EmbeddedFirstNodes;
  private readonly counts: Counts;
  private readonly ids: RowIds;
  private readonly kinds = new Codes<NodeKind>(nodeKindNames);
  private readonly rels = new Codes<RelType>(relTypeNames);
  private readonly live: LiveAdjacency;
  private walker: Walker | null = null;
  /** Rows and whole answers neighbourhoods read, emptied on every commit (row-cache.ts). */
  private readonly rowCaches: NeighbourhoodCaches = {
    nodes: nodeRowCache(48 * 1024 * 1024),
    edges: edgeRowCache(32 * 1024 * 1024),
    answers: answerCache(answerCacheBytes),
  };
  private readonly lock = new WriteLock();
  private bulkOpen = false;
  private closed = false;
  /** Whether stats() looked for other processes' commits in this turn of the event loop. */
  private followedThisTurn = false;
  /** SQLite's data_version as last seen: it changes when another connection commits to the file. */
  private seenVersion: number;

  private constructor(
    private readonly db: Database.Database,
    private readonly file: string,
  ) {
    this.st = prepareStatements(db);
    this.dataVersionStatement = db.prepare('PRAGMA data_version').pluck();
    this.audit = prepareAudit(db);
    this.trail = prepareLoadTrail(db);
    this.reader = reads.openReader(file);
    this.reads = reads.prepareReads(this.reader);
    this.searches = prepareSearch(this.reader);
    this.scoped = new EmbeddedScopedReads(this.reader);
    this.counts = new Counts(this.st);
    this.first = new EmbeddedFirstNodes(this.reader, (kind) => this.counts.kind(kind));
    this.ids = { node: 0, edge: 0 };
    this.seenVersion = this.dataVersion();
    this.readIds();
    this.live = new LiveAdjacency({
      file,
      kinds: this.kinds,
      rels: this.rels,
      idOf: (node) => {
        const id = this.reads.nodeIdOf.get(node) as string | undefined;
        if (id === undefined) throw new Error(`node row ${node} is missing`);
        return id;
      },
      size: () => {
        const { nodes, edges } = this.counts.stats();
        return nodes + edges;
      },
    });
  }

  static open(options: EmbeddedStoreOptions): EmbeddedStore {
    fs.mkdirSync(options.dataDir, { recursive: true });
    const file = embeddedDatabasePath(options.dataDir);
    return new EmbeddedStore(openDatabase(file), file);
  }

  /** Prepared once: `db.pragma()` prepares its statement on every call, and health asks each time. */
  private readonly dataVersionStatement: Database.Statement;

  private dataVersion(): number {
    return this.dataVersionStatement.get() as number;
  }

  private readIds(): void {
    const max = this.st.maxIds.get() as { nodes: number; edges: number };
    this.ids.node = max.nodes;
    this.ids.edge = max.edges;
  }

  /**
   * Another process (a command-line import, say) committed to the file since we last looked: take
   * up its row ids and counts, and rebuild the adjacency. Checked before each write, inside its
   * transaction, and before reads that rely on memory.
   */
  private followFile(): void {
    const version = this.dataVersion();
    if (version === this.seenVersion) return;
    this.seenVersion = version;
    this.readIds();
    this.counts.reload();
    this.changed();
    this.live.committed(null);
  }

  /** Something committed: rows kept in memory may be out of date. */
  private changed(): void {
    this.rowCaches.nodes.clear();
    this.rowCaches.edges.clear();
    this.rowCaches.answers.clear();
  }

  /** Whether walks answer without waiting; asking starts building the adjacency. */
  ready(): boolean {
    if (!this.closed) this.live.warm();
    return this.live.ready;
  }

  // ── writes ─────────────────────────────────────────────────────────────────

  async write(ops: WriteOp[], audit?: AuditStamp): Promise<WriteResult> {
    this.assertOpen();
    return this.lock.run(() => {
      this.assertOpen();
      const { result, delta, changes } = writeBatch(
        this.db,
        { st: this.st, trail: this.trail, ids: this.ids, kinds: this.kinds, rels: this.rels },
        ops,
        this.live.wantsChanges,
        () => this.followFile(),
        audit && { st: this.audit, stamp: audit },
      );
      this.counts.apply(delta);
      this.changed();
      this.live.committed(changes ?? []);
      return result;
    });
  }

  async beginBulk(audit?: AuditStamp): Promise<BulkSession> {
    this.assertOpen();
    const release = await this.lock.acquire();
    try {
      this.assertOpen();
      const session = startBulkSession({
        db: this.db,
        st: this.st,
        trail: this.trail,
        rows: (this.rowStatements ??= prepareRowStatements(this.db)),
        ids: this.ids,
        kinds: this.kinds,
        rels: this.rels,
        empty: () => {
          this.followFile();
          const stats = this.counts.stats();
          return stats.nodes === 0 && stats.edges === 0;
        },
        wantsChanges: () => this.live.wantsChanges,
        assertOpen: () => this.assertOpen(),
        committed: (delta, changes) => {
          this.counts.apply(delta);
          this.changed();
          this.live.committed(changes);
        },
        finished: () => {
          this.bulkOpen = false;
          release();
        },
        ...(audit && { audit: { st: this.audit, stamp: audit } }),
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
    return reads.existing(this.reads, nodes, edges);
  }

  async getNode(ref: NodeRef): Promise<NodeRow | null> {
    this.assertOpen();
    return reads.getNode(this.reads, ref);
  }

  async getEdge(ref: EdgeRef): Promise<EdgeRow | null> {
    this.assertOpen();
    return reads.getEdge(this.reads, ref);
  }

  async relationships(
    ref: NodeRef,
    limit: number,
  ): Promise<{ items: RelationSummary[]; total: number }> {
    this.assertOpen();
    this.followFile();
    if (!this.ready()) return relationshipsFromSql(this.reader, this.reads, ref, limit);
    return relationshipsFromAdjacency(await this.live.get(), this.reads, this.rels, ref, limit);
  }

  async changes(query: ChangeQuery): Promise<ChangeRecord[]> {
    this.assertOpen();
    return listChanges(this.reader, query);
  }

  async search(query: SearchQuery): Promise<SearchPage> {
    this.assertOpen();
    return search(this.searches, this.counts, query);
  }

  async neighbourhood(query: NeighbourhoodQuery): Promise<Subgraph | null> {
    const text = await this.neighbourhoodText(query);
    return text && parsed(text);
  }

  async neighbourhoodText(query: NeighbourhoodQuery): Promise<SubgraphText | null> {
    this.assertOpen();
    this.followFile();
    const adjacency = await this.live.get();
    this.assertOpen();
    return neighbourhoodText(
      { adjacency, walker: this.walkerFor(adjacency), reads: this.reads, rels: this.rels },
      query,
      this.rowCaches,
    );
  }

  async projection(spec: ProjectionSpec): Promise<Subgraph> {
    this.assertOpen();
    return reads.projection(this.reader, this.counts, spec);
  }

  async getNodes(refs: NodeRef[]): Promise<NodeRow[]> {
    this.assertOpen();
    return this.scoped.getNodes(refs);
  }

  async expand(query: ExpandQuery): Promise<Expansion> {
    this.assertOpen();
    return this.scoped.expand(query);
  }

  async countRelationships(query: RelationshipGroupQuery): Promise<RelationshipGroup[]> {
    this.assertOpen();
    return this.scoped.countRelationships(query);
  }

  async firstNodes(query: FirstNodesQuery): Promise<FirstNodes> {
    this.assertOpen();
    return this.first.firstNodes(query);
  }

  async countNeighbours(query: CountQuery): Promise<NeighbourCounts> {
    this.assertOpen();
    // Once the adjacency is built, a hop without a semi-join is counted there (no row reads).
    if (query.where || !this.live.ready) return this.scoped.countNeighbours(query);
    const adjacency = await this.live.get();
    return this.scoped.countNeighbours(query, (starts, hidden) =>
      countOnAdjacency(
        adjacency,
        { kinds: this.kinds, rels: this.rels },
        { starts, rels: query.rels, direction: query.direction, kinds: query.kinds, hidden },
      ),
    );
  }

  async aggregate(query: AggregateQuery): Promise<AggregateGroup[]> {
    this.assertOpen();
    return this.scoped.aggregate(query);
  }

  async stats(): Promise<Stats> {
    this.assertOpen();
    // This process's commits reach the counts as they happen; asking SQLite whether another
    // process committed (a read transaction) was the largest cost of a health request after the
    // security headers, and a polled server gets many in one turn of the event loop: they share
    // one look, and the next turn looks again.
    if (!this.followedThisTurn) {
      this.followFile();
      this.followedThisTurn = true;
      setImmediate(() => (this.followedThisTurn = false));
    }
    return this.counts.stats();
  }

  exportAll(): AsyncIterable<ExportItem> {
    this.assertOpen();
    return exportFile(this.file);
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.live.close();
    // An open bulk session never committed: its transaction is undone.
    if (this.bulkOpen && this.db.inTransaction) this.db.exec('ROLLBACK');
    this.reader.close();
    this.db.close();
  }

  private walkerFor(adjacency: Adjacency): Walker {
    if (this.walker?.graph !== adjacency) this.walker = new Walker(adjacency);
    return this.walker;
  }

  private assertOpen(): void {
    if (this.closed) throw new Error('the embedded store is closed');
  }
}
