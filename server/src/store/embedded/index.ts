/**
 * The embedded store, the zero-set-up default: SQLite (better-sqlite3, WAL, synchronous=FULL) is the
 * durable record; a graphology graph in memory mirrors it for traversal and search.
 *
 * A batch is one SQLite transaction. Its changes are staged in an overlay while the transaction
 * runs and reach the in-memory graph only after COMMIT returns, so a failed batch leaves neither
 * the file nor the memory touched, and a process killed at any point reopens to the last
 * committed batch (SQLite's journal guarantees it; the graph is rebuilt from the file on open).
 * better-sqlite3 is synchronous, so a batch is also atomic with respect to concurrent requests.
 *
 * The in-memory graph is built on first use (a command-line import never needs it) and rebuilt
 * after a bulk import too large to mirror row by row.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { MultiDirectedGraph } from 'graphology';
import {
  edgeId,
  nodeId,
  type EdgeRef,
  type NodeKind,
  type NodeRef,
  type Props,
  type RelationSummary,
  type RelType,
  type SearchHit,
  type Stats,
} from '@chanjiao/graph-schema';
import { MissingNodeError } from '../../errors.ts';
import { projectionTooLarge } from '../limits.ts';
import {
  emptyWriteResult,
  type EdgeRow,
  type ExportItem,
  type GraphStore,
  type NeighbourhoodQuery,
  type NodeRow,
  type ProjectionSpec,
  type SearchQuery,
  type Subgraph,
  type BulkSession,
  type CountQuery,
  type ExpandQuery,
  type UpsertOp,
  type WriteOp,
  type WriteResult,
} from '../port.ts';
import { WriteLock } from '../lock.ts';
import { compareEdgeRows, compareNodeRows, compareStrings } from '../order.ts';
import { compareHits, matchScore, normaliseQuery, toHit } from '../search-rank.ts';
import { breadthFirst } from '../traverse.ts';
import { EmbeddedScopedReads } from './scoped.ts';

interface NodeAttrs {
  kind: NodeKind;
  key: string;
  props: Props;
}

interface EdgeAttrs {
  rel: RelType;
  props: Props;
}

type Graph = MultiDirectedGraph<NodeAttrs, EdgeAttrs>;

const schemaVersion = 1;

/** Bulk imports touching more rows than this rebuild the in-memory graph on next use instead. */
const bulkMirrorLimit = 200_000;

const ddl = `
CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS nodes (
  kind TEXT NOT NULL,
  key TEXT NOT NULL,
  props TEXT NOT NULL,
  PRIMARY KEY (kind, key)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS edges (
  rel TEXT NOT NULL,
  from_kind TEXT NOT NULL,
  from_key TEXT NOT NULL,
  to_kind TEXT NOT NULL,
  to_key TEXT NOT NULL,
  props TEXT NOT NULL,
  PRIMARY KEY (rel, from_kind, from_key, to_kind, to_key)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS edges_by_from ON edges (from_kind, from_key);
CREATE INDEX IF NOT EXISTS edges_by_to ON edges (to_kind, to_key);
`;

export interface EmbeddedStoreOptions {
  dataDir: string;
}

export function embeddedDatabasePath(dataDir: string): string {
  return path.join(dataDir, 'atlas.sqlite');
}

export class EmbeddedStore implements GraphStore {
  readonly name = 'embedded' as const;
  private readonly graph: Graph = new MultiDirectedGraph<NodeAttrs, EdgeAttrs>({
    allowSelfLoops: true,
  });
  private readonly byKind = new Map<string, number>();
  private readonly byRel = new Map<string, number>();
  private readonly statements;
  private readonly lock = new WriteLock();
  private bulkOpen = false;
  /** Whether `graph` mirrors the file; false until first needed, and after a large bulk import. */
  private mirrorReady = false;
  private closed = false;
  private readonly scoped: EmbeddedScopedReads;

  private constructor(
    private readonly db: Database.Database,
    private readonly file: string,
  ) {
    this.scoped = new EmbeddedScopedReads(file);
    this.statements = {
      upsertNode: db.prepare(
        'INSERT INTO nodes (kind, key, props) VALUES (?, ?, ?) ON CONFLICT (kind, key) DO UPDATE SET props = excluded.props',
      ),
      deleteNode: db.prepare('DELETE FROM nodes WHERE kind = ? AND key = ?'),
      upsertEdge: db.prepare(
        `INSERT INTO edges (rel, from_kind, from_key, to_kind, to_key, props) VALUES (?, ?, ?, ?, ?, ?)
         ON CONFLICT (rel, from_kind, from_key, to_kind, to_key) DO UPDATE SET props = excluded.props`,
      ),
      deleteEdge: db.prepare(
        'DELETE FROM edges WHERE rel = ? AND from_kind = ? AND from_key = ? AND to_kind = ? AND to_key = ?',
      ),
      nodeProps: db.prepare('SELECT props FROM nodes WHERE kind = ? AND key = ?').pluck(),
      edgeProps: db
        .prepare(
          'SELECT props FROM edges WHERE rel = ? AND from_kind = ? AND from_key = ? AND to_kind = ? AND to_key = ?',
        )
        .pluck(),
    };
  }

  static open(options: EmbeddedStoreOptions): EmbeddedStore {
    fs.mkdirSync(options.dataDir, { recursive: true });
    const file = embeddedDatabasePath(options.dataDir);
    const db = new Database(file);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = OFF');
    db.exec(ddl);
    const version = db.prepare("SELECT value FROM meta WHERE name = 'schemaVersion'").get() as
      { value: string } | undefined;
    if (!version)
      db.prepare("INSERT INTO meta (name, value) VALUES ('schemaVersion', ?)").run(
        String(schemaVersion),
      );
    else if (Number(version.value) > schemaVersion) {
      db.close();
      throw new Error(
        `${file} was written by a newer version (schema ${version.value} > ${schemaVersion})`,
      );
    }
    return new EmbeddedStore(db, file);
  }

  private load(): void {
    for (const row of this.db.prepare('SELECT kind, key, props FROM nodes').iterate() as Iterable<{
      kind: NodeKind;
      key: string;
      props: string;
    }>) {
      this.putNode({ kind: row.kind, key: row.key, props: JSON.parse(row.props) as Props });
    }
    for (const row of this.db
      .prepare('SELECT rel, from_kind, from_key, to_kind, to_key, props FROM edges')
      .iterate() as Iterable<{
      rel: RelType;
      from_kind: NodeKind;
      from_key: string;
      to_kind: NodeKind;
      to_key: string;
      props: string;
    }>) {
      this.putEdge({
        rel: row.rel,
        from: { kind: row.from_kind, key: row.from_key },
        to: { kind: row.to_kind, key: row.to_key },
        props: JSON.parse(row.props) as Props,
      });
    }
  }

  // ── in-memory mirror ───────────────────────────────────────────────────────

  private putNode(node: NodeRow): void {
    const id = nodeId(node);
    if (this.graph.hasNode(id)) this.graph.replaceNodeAttributes(id, { ...node });
    else {
      this.graph.addNode(id, { ...node });
      this.byKind.set(node.kind, (this.byKind.get(node.kind) ?? 0) + 1);
    }
  }

  private dropNode(ref: NodeRef): void {
    const id = nodeId(ref);
    if (!this.graph.hasNode(id)) return;
    this.graph.forEachEdge(id, (_edge, attrs) =>
      this.byRel.set(attrs.rel, (this.byRel.get(attrs.rel) ?? 1) - 1),
    );
    this.graph.dropNode(id);
    this.byKind.set(ref.kind, (this.byKind.get(ref.kind) ?? 1) - 1);
  }

  private putEdge(edge: EdgeRow): void {
    const id = edgeId(edge);
    if (this.graph.hasEdge(id))
      this.graph.replaceEdgeAttributes(id, { rel: edge.rel, props: edge.props });
    else {
      this.graph.addDirectedEdgeWithKey(id, nodeId(edge.from), nodeId(edge.to), {
        rel: edge.rel,
        props: edge.props,
      });
      this.byRel.set(edge.rel, (this.byRel.get(edge.rel) ?? 0) + 1);
    }
  }

  private dropEdge(ref: EdgeRef): void {
    const id = edgeId(ref);
    if (!this.graph.hasEdge(id)) return;
    this.graph.dropEdge(id);
    this.byRel.set(ref.rel, (this.byRel.get(ref.rel) ?? 1) - 1);
  }

  private nodeRow(id: string): NodeRow {
    const a = this.graph.getNodeAttributes(id);
    return { kind: a.kind, key: a.key, props: a.props };
  }

  private edgeRow(id: string): EdgeRow {
    const a = this.graph.getEdgeAttributes(id);
    return {
      rel: a.rel,
      from: refOf(this.graph.getNodeAttributes(this.graph.source(id))),
      to: refOf(this.graph.getNodeAttributes(this.graph.target(id))),
      props: a.props,
    };
  }

  // ── writes ─────────────────────────────────────────────────────────────────

  async write(ops: WriteOp[]): Promise<WriteResult> {
    this.assertOpen();
    return this.lock.run(() => {
      this.ready();
      return this.writeNow(ops);
    });
  }

  private writeNow(ops: WriteOp[]): WriteResult {
    const result = emptyWriteResult();
    // Staged state of this batch: a row, or null for "removed in this batch".
    const nodes = new Map<string, NodeRow | null>();
    const edges = new Map<string, EdgeRow | null>();
    const currentNode = (id: string): NodeRow | null =>
      nodes.has(id) ? nodes.get(id)! : this.graph.hasNode(id) ? this.nodeRow(id) : null;
    const currentEdge = (id: string): EdgeRow | null =>
      edges.has(id) ? edges.get(id)! : this.graph.hasEdge(id) ? this.edgeRow(id) : null;

    const run = this.db.transaction(() => {
      ops.forEach((op, index) => {
        switch (op.op) {
          case 'upsertNode': {
            const id = nodeId(op.node);
            const before = currentNode(id);
            const props =
              op.mode === 'merge' && before ? { ...before.props, ...op.node.props } : op.node.props;
            const row: NodeRow = { kind: op.node.kind, key: op.node.key, props };
            this.statements.upsertNode.run(row.kind, row.key, JSON.stringify(props));
            nodes.set(id, row);
            if (before) result.nodesUpdated++;
            else result.nodesCreated++;
            break;
          }
          case 'upsertEdge': {
            const { edge } = op;
            for (const end of ['from', 'to'] as const) {
              if (!currentNode(nodeId(edge[end])))
                throw new MissingNodeError(
                  `${end}: node ${nodeId(edge[end])} does not exist`,
                  index,
                  end,
                );
            }
            const id = edgeId(edge);
            const before = currentEdge(id);
            const props =
              op.mode === 'merge' && before ? { ...before.props, ...edge.props } : edge.props;
            this.statements.upsertEdge.run(
              edge.rel,
              edge.from.kind,
              edge.from.key,
              edge.to.kind,
              edge.to.key,
              JSON.stringify(props),
            );
            edges.set(id, { ...edge, props });
            if (before) result.edgesUpdated++;
            else result.edgesCreated++;
            break;
          }
          case 'removeEdge': {
            const id = edgeId(op.ref);
            if (!currentEdge(id)) break;
            this.statements.deleteEdge.run(
              op.ref.rel,
              op.ref.from.kind,
              op.ref.from.key,
              op.ref.to.kind,
              op.ref.to.key,
            );
            edges.set(id, null);
            result.edgesRemoved++;
            break;
          }
          case 'removeNode': {
            const id = nodeId(op.ref);
            if (!currentNode(id)) break;
            for (const edge of this.incidentEdges(id, edges)) {
              this.statements.deleteEdge.run(
                edge.rel,
                edge.from.kind,
                edge.from.key,
                edge.to.kind,
                edge.to.key,
              );
              edges.set(edgeId(edge), null);
              result.edgesRemoved++;
            }
            this.statements.deleteNode.run(op.ref.kind, op.ref.key);
            nodes.set(id, null);
            result.nodesRemoved++;
            break;
          }
        }
      });
    });
    run.immediate();

    // Committed: mirror into memory. Removed edges first, then nodes, then new edges.
    for (const [id, row] of edges) if (row === null) this.dropEdgeById(id);
    for (const [id, row] of nodes) {
      if (row === null) {
        const attrs = this.graph.hasNode(id) ? this.graph.getNodeAttributes(id) : null;
        if (attrs) this.dropNode(attrs);
      } else this.putNode(row);
    }
    for (const row of edges.values()) if (row !== null) this.putEdge(row);
    return result;
  }

  // ── bulk sessions ──────────────────────────────────────────────────────────

  /**
   * One SQLite transaction for the whole session. The keys it touches are listed in temporary
   * tables (on disk, not in the JS heap); after COMMIT exactly those rows are read back into the
   * in-memory graph, so readers see the graph as it was until the commit.
   */
  async beginBulk(): Promise<BulkSession> {
    this.assertOpen();
    const release = await this.lock.acquire();
    try {
      this.assertOpen();
      const db = this.db;
      db.exec(`
        CREATE TEMP TABLE IF NOT EXISTS bulk_nodes (kind TEXT NOT NULL, key TEXT NOT NULL, PRIMARY KEY (kind, key)) WITHOUT ROWID;
        CREATE TEMP TABLE IF NOT EXISTS bulk_edges (rel TEXT NOT NULL, from_kind TEXT NOT NULL, from_key TEXT NOT NULL,
          to_kind TEXT NOT NULL, to_key TEXT NOT NULL, PRIMARY KEY (rel, from_kind, from_key, to_kind, to_key)) WITHOUT ROWID;
        DELETE FROM bulk_nodes; DELETE FROM bulk_edges;`);
      db.exec('BEGIN IMMEDIATE');
      this.bulkOpen = true;
      const touchNode = db.prepare('INSERT OR IGNORE INTO bulk_nodes (kind, key) VALUES (?, ?)');
      const touchEdge = db.prepare(
        'INSERT OR IGNORE INTO bulk_edges (rel, from_kind, from_key, to_kind, to_key) VALUES (?, ?, ?, ?, ?)',
      );
      let finished = false;
      const finish = (): void => {
        finished = true;
        this.bulkOpen = false;
        release();
      };
      const assertActive = (): void => {
        if (finished) throw new Error('the bulk session is already committed or rolled back');
        this.assertOpen();
      };
      // Nested in the open transaction, each call runs in a SAVEPOINT: a failing call leaves none of its ops.
      const apply = db.transaction((ops: UpsertOp[]): WriteResult => {
        const result = emptyWriteResult();
        ops.forEach((op, index) => {
          if (op.op === 'upsertNode') {
            const { kind, key } = op.node;
            const before = this.statements.nodeProps.get(kind, key) as string | undefined;
            const props =
              op.mode === 'merge' && before !== undefined
                ? { ...(JSON.parse(before) as Props), ...op.node.props }
                : op.node.props;
            this.statements.upsertNode.run(kind, key, JSON.stringify(props));
            touchNode.run(kind, key);
            if (before === undefined) result.nodesCreated++;
            else result.nodesUpdated++;
          } else {
            const { edge } = op;
            for (const end of ['from', 'to'] as const)
              if (this.statements.nodeProps.get(edge[end].kind, edge[end].key) === undefined)
                throw new MissingNodeError(
                  `${end}: node ${nodeId(edge[end])} does not exist`,
                  index,
                  end,
                );
            const ref = [edge.rel, edge.from.kind, edge.from.key, edge.to.kind, edge.to.key];
            const before = this.statements.edgeProps.get(...ref) as string | undefined;
            const props =
              op.mode === 'merge' && before !== undefined
                ? { ...(JSON.parse(before) as Props), ...edge.props }
                : edge.props;
            this.statements.upsertEdge.run(...ref, JSON.stringify(props));
            touchEdge.run(...ref);
            if (before === undefined) result.edgesCreated++;
            else result.edgesUpdated++;
          }
        });
        return result;
      });
      return {
        write: async (ops) => {
          assertActive();
          return apply(ops);
        },
        commit: async () => {
          assertActive();
          try {
            db.exec('COMMIT');
          } catch (error) {
            if (db.inTransaction) db.exec('ROLLBACK');
            finish();
            throw error;
          }
          try {
            this.mirrorBulk();
          } finally {
            finish();
          }
        },
        rollback: async () => {
          if (finished) return;
          try {
            if (db.inTransaction) db.exec('ROLLBACK');
          } finally {
            finish();
          }
        },
      };
    } catch (error) {
      if (this.db.inTransaction) this.db.exec('ROLLBACK');
      this.bulkOpen = false;
      release();
      throw error;
    }
  }

  /**
   * After a bulk COMMIT: reads exactly the touched rows back into the in-memory graph — or, past
   * `bulkMirrorLimit` rows or when the graph is not loaded, drops the graph to be rebuilt from the
   * file on next use (a command-line import then never builds it at all).
   */
  private mirrorBulk(): void {
    const touched =
      (this.db.prepare('SELECT count(*) FROM temp.bulk_nodes').pluck().get() as number) +
      (this.db.prepare('SELECT count(*) FROM temp.bulk_edges').pluck().get() as number);
    if (!this.mirrorReady || touched > bulkMirrorLimit) {
      this.mirrorReady = false;
      this.graph.clear();
      this.byKind.clear();
      this.byRel.clear();
      this.db.exec('DELETE FROM temp.bulk_nodes; DELETE FROM temp.bulk_edges;');
      return;
    }
    for (const row of this.db
      .prepare(
        'SELECT n.kind AS kind, n.key AS key, n.props AS props FROM temp.bulk_nodes b JOIN main.nodes n ON n.kind = b.kind AND n.key = b.key',
      )
      .iterate() as Iterable<{ kind: NodeKind; key: string; props: string }>)
      this.putNode({ kind: row.kind, key: row.key, props: JSON.parse(row.props) as Props });
    for (const row of this.db
      .prepare(
        `SELECT e.rel AS rel, e.from_kind AS from_kind, e.from_key AS from_key, e.to_kind AS to_kind, e.to_key AS to_key, e.props AS props
         FROM temp.bulk_edges b JOIN main.edges e ON e.rel = b.rel AND e.from_kind = b.from_kind AND e.from_key = b.from_key
           AND e.to_kind = b.to_kind AND e.to_key = b.to_key`,
      )
      .iterate() as Iterable<{
      rel: RelType;
      from_kind: NodeKind;
      from_key: string;
      to_kind: NodeKind;
      to_key: string;
      props: string;
    }>)
      this.putEdge({
        rel: row.rel,
        from: { kind: row.from_kind, key: row.from_key },
        to: { kind: row.to_kind, key: row.to_key },
        props: JSON.parse(row.props) as Props,
      });
    this.db.exec('DELETE FROM temp.bulk_nodes; DELETE FROM temp.bulk_edges;');
  }

  private dropEdgeById(id: string): void {
    if (!this.graph.hasEdge(id)) return;
    this.dropEdge({ ...this.edgeRow(id) });
  }

  /** The live edges of a node, seen through the batch's staged changes. */
  private incidentEdges(id: string, staged: Map<string, EdgeRow | null>): EdgeRow[] {
    const out = new Map<string, EdgeRow>();
    if (this.graph.hasNode(id))
      this.graph.forEachEdge(id, (edge) => out.set(edge, this.edgeRow(edge)));
    for (const [edge, row] of staged) {
      if (row === null) out.delete(edge);
      else if (nodeId(row.from) === id || nodeId(row.to) === id) out.set(edge, row);
    }
    return [...out.values()];
  }

  // ── reads ──────────────────────────────────────────────────────────────────

  async existing(nodes: NodeRef[], edges: EdgeRef[]) {
    this.assertOpen();
    // Without the in-memory graph (e.g. a command-line import), point look-ups in SQLite.
    if (!this.mirrorReady)
      return {
        nodes: new Set(
          nodes
            .filter((n) => this.statements.nodeProps.get(n.kind, n.key) !== undefined)
            .map(nodeId),
        ),
        edges: new Set(
          edges
            .filter(
              (e) =>
                this.statements.edgeProps.get(
                  e.rel,
                  e.from.kind,
                  e.from.key,
                  e.to.kind,
                  e.to.key,
                ) !== undefined,
            )
            .map(edgeId),
        ),
      };
    return {
      nodes: new Set(nodes.map(nodeId).filter((id) => this.graph.hasNode(id))),
      edges: new Set(edges.map(edgeId).filter((id) => this.graph.hasEdge(id))),
    };
  }

  async getNode(ref: NodeRef): Promise<NodeRow | null> {
    this.ready();
    const id = nodeId(ref);
    return this.graph.hasNode(id) ? this.nodeRow(id) : null;
  }

  async getEdge(ref: EdgeRef): Promise<EdgeRow | null> {
    this.ready();
    const id = edgeId(ref);
    return this.graph.hasEdge(id) ? this.edgeRow(id) : null;
  }

  async relationships(
    ref: NodeRef,
    limit: number,
  ): Promise<{ items: RelationSummary[]; total: number }> {
    this.ready();
    const id = nodeId(ref);
    if (!this.graph.hasNode(id)) return { items: [], total: 0 };
    const items: (RelationSummary & { otherId: string })[] = [];
    this.graph.forEachEdge(id, (_edge, attrs, source, target) => {
      const direction = source === id ? 'out' : 'in';
      const otherId = direction === 'out' ? target : source;
      const other = this.graph.getNodeAttributes(otherId);
      items.push({
        rel: attrs.rel,
        direction,
        other: summaryOf(other),
        props: attrs.props,
        otherId,
      });
      // A self-loop is both out and in.
      if (source === target) items.push({ ...items[items.length - 1]!, direction: 'in' });
    });
    items.sort(
      (a, b) =>
        compareStrings(a.rel, b.rel) ||
        compareStrings(a.direction, b.direction) ||
        compareStrings(a.otherId, b.otherId),
    );
    return {
      items: items.slice(0, limit).map(({ otherId: _otherId, ...item }) => item),
      total: items.length,
    };
  }

  async search(query: SearchQuery): Promise<SearchHit[]> {
    this.ready();
    const text = normaliseQuery(query.text);
    const kinds = query.kinds?.length ? new Set<string>(query.kinds) : null;
    if (text === '' && !kinds) return [];
    const hits: SearchHit[] = [];
    this.graph.forEachNode((_id, attrs) => {
      if (kinds && !kinds.has(attrs.kind)) return;
      const score = matchScore(text, attrs);
      if (text === '' || score > 0) hits.push(toHit(attrs, score));
    });
    hits.sort(compareHits);
    return hits.slice(0, query.limit);
  }

  async neighbourhood(query: NeighbourhoodQuery): Promise<Subgraph | null> {
    this.ready();
    const center = nodeId(query.center);
    if (!this.graph.hasNode(center)) return null;
    const { ids, truncated } = breadthFirst(
      center,
      (id) => this.graph.neighbors(id),
      query.depth,
      query.limit,
    );
    const included = new Set(ids);
    const edgeIds: string[] = [];
    for (const id of ids)
      this.graph.forEachOutEdge(id, (edge, _attrs, _source, target) => {
        if (included.has(target)) edgeIds.push(edge);
      });
    const edges = edgeIds.map((e) => this.edgeRow(e)).sort(compareEdgeRows);
    return { nodes: ids.map((id) => this.nodeRow(id)), edges, truncated };
  }

  async projection(spec: ProjectionSpec): Promise<Subgraph> {
    this.ready();
    const kinds = new Set<string>(spec.kinds);
    const rels = new Set<string>(spec.rels);
    const count = spec.kinds.reduce((n, kind) => n + (this.byKind.get(kind) ?? 0), 0);
    if (count > spec.maxNodes) throw projectionTooLarge(count, spec.maxNodes);
    const nodes: NodeRow[] = [];
    const edges: EdgeRow[] = [];
    this.graph.forEachNode((id, attrs) => {
      if (!kinds.has(attrs.kind)) return;
      nodes.push(this.nodeRow(id));
      this.graph.forEachOutEdge(id, (edge, edgeAttrs, _source, target) => {
        if (rels.has(edgeAttrs.rel) && kinds.has(this.graph.getNodeAttribute(target, 'kind')))
          edges.push(this.edgeRow(edge));
      });
    });
    nodes.sort(compareNodeRows);
    edges.sort(compareEdgeRows);
    return { nodes, edges, truncated: false };
  }

  async getNodes(refs: NodeRef[]) {
    this.assertOpen();
    return this.scoped.getNodes(refs);
  }

  async expand(query: ExpandQuery) {
    this.assertOpen();
    return this.scoped.expand(query);
  }

  async countNeighbours(query: CountQuery) {
    this.assertOpen();
    return this.scoped.countNeighbours(query);
  }

  async stats(): Promise<Stats> {
    this.assertOpen();
    // Counted in SQLite while the in-memory graph is not built (a large store opened by the CLI).
    const counts = this.mirrorReady
      ? { kinds: [...this.byKind], rels: [...this.byRel] }
      : {
          kinds: (
            this.db.prepare('SELECT kind, count(*) AS n FROM nodes GROUP BY kind').all() as {
              kind: string;
              n: number;
            }[]
          ).map((r) => [r.kind, r.n] as [string, number]),
          rels: (
            this.db.prepare('SELECT rel, count(*) AS n FROM edges GROUP BY rel').all() as {
              rel: string;
              n: number;
            }[]
          ).map((r) => [r.rel, r.n] as [string, number]),
        };
    const sorted = (entries: [string, number][]) =>
      Object.fromEntries(entries.filter(([, n]) => n > 0).sort(([a], [b]) => compareStrings(a, b)));
    const byKind = sorted(counts.kinds);
    const byRel = sorted(counts.rels);
    const sum = (o: Record<string, number>) => Object.values(o).reduce((a, b) => a + b, 0);
    return { nodes: sum(byKind), edges: sum(byRel), byKind, byRel };
  }

  /**
   * Streams from a separate read-only connection inside one read transaction: a consistent
   * snapshot, and writes on the main connection are not blocked meanwhile (WAL).
   */
  async *exportAll(): AsyncIterable<ExportItem> {
    this.assertOpen();
    const reader = new Database(this.file, { readonly: true, fileMustExist: true });
    try {
      reader.exec('BEGIN');
      let count = 0;
      for (const row of reader
        .prepare('SELECT kind, key, props FROM nodes ORDER BY kind, key')
        .iterate() as Iterable<{
        kind: NodeKind;
        key: string;
        props: string;
      }>) {
        yield { type: 'node', kind: row.kind, key: row.key, props: JSON.parse(row.props) as Props };
        if (++count % 1000 === 0) await new Promise((resolve) => setImmediate(resolve));
      }
      for (const row of reader
        .prepare(
          'SELECT rel, from_kind, from_key, to_kind, to_key, props FROM edges ORDER BY rel, from_kind, from_key, to_kind, to_key',
        )
        .iterate() as Iterable<{
        rel: RelType;
        from_kind: NodeKind;
        from_key: string;
        to_kind: NodeKind;
        to_key: string;
        props: string;
      }>) {
        yield {
          type: 'edge',
          rel: row.rel,
          from: { kind: row.from_kind, key: row.from_key },
          to: { kind: row.to_kind, key: row.to_key },
          props: JSON.parse(row.props) as Props,
        };
        if (++count % 1000 === 0) await new Promise((resolve) => setImmediate(resolve));
      }
      reader.exec('COMMIT');
    } finally {
      reader.close();
    }
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    // An open bulk session never committed: its transaction is undone.
    if (this.bulkOpen && this.db.inTransaction) this.db.exec('ROLLBACK');
    this.scoped.close();
    this.db.close();
  }

  /** Open, with the in-memory graph loaded (it is built on first use, and again after a large bulk import). */
  private ready(): void {
    this.assertOpen();
    if (this.mirrorReady) return;
    this.graph.clear();
    this.byKind.clear();
    this.byRel.clear();
    this.load();
    this.mirrorReady = true;
  }

  private assertOpen(): void {
    if (this.closed) throw new Error('the embedded store is closed');
  }
}

function refOf(attrs: NodeAttrs): NodeRef {
  return { kind: attrs.kind, key: attrs.key };
}

function summaryOf(attrs: NodeAttrs): RelationSummary['other'] {
  const name_zh = typeof attrs.props.name_zh === 'string' ? attrs.props.name_zh : attrs.key;
  return {
    kind: attrs.kind,
    key: attrs.key,
    name_zh,
    ...(typeof attrs.props.name_en === 'string' && { name_en: attrs.props.name_en }),
  };
}
