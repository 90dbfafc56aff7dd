/**
 * The Neo4j store: neo4j-driver 6 against Neo4j 5.26. A node is stored with one label, its kind,
 * and the properties `key` plus its props; a relationship with its type and props. Labels and types
 * come only from graph-schema's enums (names.ts); every value travels as a parameter.
 *
 * This class only composes the parts, each in its own module: the executor (sessions,
 * transactions, error mapping), statement builders (cypher/, pure and tested without a database),
 * batching, the one write path (apply.ts) shared by `write` and bulk sessions (bulk.ts), reads,
 * search, neighbourhood, stats, projection and export. Reads answer exactly as the embedded store
 * does: ordering and ranking are shared code.
 */
import type {
  ChangeRecord,
  EdgeRef,
  NodeRef,
  RelationSummary,
  Stats,
} from '@chanjiao/graph-schema';
import { randomUUID } from 'node:crypto';
import { WriteLock } from '../lock.ts';
import {
  emptyWriteResult,
  type AuditStamp,
  type BulkSession,
  type ChangeQuery,
  type EdgeRow,
  type ExportItem,
  type GraphStore,
  type NeighbourhoodQuery,
  type NodeRow,
  type ProjectionSpec,
  type SearchQuery,
  type Subgraph,
  type SubgraphText,
  type WriteOp,
  type WriteResult,
  type AggregateGroup,
  type AggregateQuery,
  type CountQuery,
  type FirstNodes,
  type FirstNodesQuery,
  type RelationshipGroup,
  type RelationshipGroupQuery,
  type ExpandQuery,
  type Expansion,
  type NeighbourCounts,
} from '../port.ts';
import { applyGroups } from './apply.ts';
import {
  auditSchemaStatements,
  listChanges,
  recordChanges,
  relationshipsOfRemoved,
} from './audit.ts';
import { groupOps, orderForBatching } from './batching.ts';
import { abandonedAfterMs, BulkSessions, publishBatch } from './bulk.ts';
import { countChanges, emptyChanges } from './changes.ts';
import { defaultHubDegree } from './cypher/neighbourhood.ts';
import { awaitIndexes, schemaStatements } from './cypher/schema.ts';
import { Executor, type Neo4jTarget } from './executor.ts';
import { firstNodes } from './first-nodes.ts';
import { exportAll } from './export.ts';
import {
  chooseAnalyzer,
  dropStaleFullTextIndex,
  type FullTextAnalyzer,
} from './fulltext-labels.ts';
import { neighbourhood } from './neighbourhood.ts';
import { projection } from './projection.ts';
import * as reads from './reads.ts';
import * as scoped from './scoped.ts';
import { search } from './search.ts';
import type { SearchPage } from '../search-rank.ts';
import { CountReader, StatsCache } from './stats.ts';

export interface Neo4jOptions extends Neo4jTarget {
  /** Rows per UNWIND statement (default writeChunkSize). */
  chunkSize?: number;
  /** When another process's bulk session counts as abandoned (default abandonedAfterMs). */
  abandonedImportAfterMs?: number;
  /**
   * Nodes with more relationships than this are walked kind by kind in a neighbourhood (default
   * defaultHubDegree); tests lower it to take that path on small graphs.
   */
  hubDegree?: number;
  /** Walks every hub kind by kind in a neighbourhood, even where reading it whole costs less (tests). */
  hubsKindByKind?: boolean;
  /** Changes numbered per transaction as a committed import's changes are finished (default publishBatch). */
  publishBatch?: number;
  /** Called after each of those transactions (tests; see BulkOptions.afterPublishBatch). */
  afterPublishBatch?: () => Promise<void>;
}

/** Rows per UNWIND statement by default; measured with scripts/bench/neo4j-chunks.ts (see README). */
export const writeChunkSize = 5000;

export class Neo4jStore implements GraphStore {
  readonly name = 'neo4j' as const;
  private readonly lock = new WriteLock();
  private readonly bulk: BulkSessions;
  private readonly counts: StatsCache;
  /** The full-text index's analyzer, chosen by ensureSchema (search writes its queries for it). */
  private analyzer: FullTextAnalyzer = 'cjk';

  private constructor(
    private readonly exec: Executor,
    private readonly options: Neo4jOptions,
  ) {
    const counts = new CountReader(exec);
    this.counts = new StatsCache(counts);
    this.bulk = new BulkSessions(exec, this.lock, {
      owner: randomUUID(),
      chunkSize: options.chunkSize ?? writeChunkSize,
      abandonedAfterMs: options.abandonedImportAfterMs ?? abandonedAfterMs,
      onChange: () => this.counts.invalidate(),
      counts,
      publishBatch: options.publishBatch ?? publishBatch,
      ...(options.afterPublishBatch && { afterPublishBatch: options.afterPublishBatch }),
    });
  }

  /** Connects, checks the credentials, creates constraints and indexes, recovers bulk sessions. */
  static async connect(options: Neo4jOptions): Promise<Neo4jStore> {
    const exec = await Executor.connect(options);
    try {
      const store = new Neo4jStore(exec, options);
      await store.ensureSchema();
      await store.bulk.recover(false);
      return store;
    } catch (error) {
      await exec.close();
      throw error;
    }
  }

  async ensureSchema(): Promise<void> {
    const session = this.exec.driver.session({
      ...(this.exec.target.database && { database: this.exec.target.database }),
    });
    try {
      this.analyzer = await chooseAnalyzer(session);
      await dropStaleFullTextIndex(session, this.analyzer);
    } finally {
      await session.close();
    }
    await this.exec.autoCommit([
      ...schemaStatements(this.analyzer),
      ...auditSchemaStatements,
      awaitIndexes,
    ]);
  }

  async write(ops: WriteOp[], audit?: AuditStamp): Promise<WriteResult> {
    if (ops.length === 0) return emptyWriteResult();
    const groups = groupOps(orderForBatching(ops), this.options.chunkSize ?? writeChunkSize);
    return this.lock.run(async () => {
      try {
        const changes = await this.exec.write('write', async (tx) => {
          const out = emptyChanges();
          // The audit record goes in the same transaction: a removed node's relationships are
          // read before it goes, the properties after once everything is applied.
          const removed = audit ? await relationshipsOfRemoved(tx, ops) : null;
          await applyGroups(tx, groups, out);
          if (audit) await recordChanges(tx, out, audit, removed!);
          return out;
        });
        return countChanges(changes);
      } finally {
        // Also after a failure: a commit whose answer was lost may still have happened.
        this.counts.invalidate();
      }
    });
  }

  beginBulk(audit?: AuditStamp): Promise<BulkSession> {
    return this.bulk.begin(audit);
  }

  changes(query: ChangeQuery): Promise<ChangeRecord[]> {
    return listChanges(this.exec, query);
  }

  existing(
    nodes: NodeRef[],
    edges: EdgeRef[],
  ): Promise<{ nodes: Set<string>; edges: Set<string> }> {
    return reads.existing(this.exec, nodes, edges);
  }

  getNode(ref: NodeRef): Promise<NodeRow | null> {
    return reads.getNode(this.exec, ref);
  }

  getEdge(ref: EdgeRef): Promise<EdgeRow | null> {
    return reads.getEdge(this.exec, ref);
  }

  relationships(ref: NodeRef, limit: number): Promise<{ items: RelationSummary[]; total: number }> {
    return reads.relationships(this.exec, ref, limit);
  }

  search(query: SearchQuery): Promise<SearchPage> {
    return search(this.exec, query, this.analyzer);
  }

  async neighbourhood(query: NeighbourhoodQuery): Promise<Subgraph | null> {
    return neighbourhood(this.exec, query, {
      counts: await this.counts.kindCounts(),
      hubDegree: this.options.hubDegree ?? defaultHubDegree,
      kindByKind: this.options.hubsKindByKind ?? false,
    });
  }

  /**
   * The same answer with each row's properties as JSON text, which the API splices into its
   * response as it is: the rows come from the store, which holds validated data only, so checking
   * every property again against the response schema and serialising it field by field is skipped.
   */
  async neighbourhoodText(query: NeighbourhoodQuery): Promise<SubgraphText | null> {
    const graph = await this.neighbourhood(query);
    if (!graph) return null;
    return {
      nodes: graph.nodes.map((n) => ({
        kind: n.kind,
        key: n.key,
        props: JSON.stringify(n.props),
        wire: undefined,
      })),
      edges: graph.edges.map((e) => ({
        rel: e.rel,
        from: e.from,
        to: e.to,
        props: JSON.stringify(e.props),
        wire: undefined,
      })),
      truncated: graph.truncated,
      wire: undefined,
      mayBePrivate: undefined,
    };
  }

  getNodes(refs: NodeRef[]): Promise<NodeRow[]> {
    return scoped.getNodes(this.exec, refs);
  }

  expand(query: ExpandQuery): Promise<Expansion> {
    return scoped.expand(this.exec, query, () => this.counts.kindCounts());
  }

  countNeighbours(query: CountQuery): Promise<NeighbourCounts> {
    return scoped.countNeighbours(this.exec, query);
  }

  countRelationships(query: RelationshipGroupQuery): Promise<RelationshipGroup[]> {
    return scoped.countRelationships(this.exec, query);
  }

  firstNodes(query: FirstNodesQuery): Promise<FirstNodes> {
    return firstNodes(this.exec, query);
  }

  aggregate(query: AggregateQuery): Promise<AggregateGroup[]> {
    return scoped.aggregate(this.exec, query);
  }

  stats(): Promise<Stats> {
    return this.counts.get();
  }

  projection(spec: ProjectionSpec): Promise<Subgraph> {
    return projection(this.exec, spec);
  }

  exportAll(): AsyncIterable<ExportItem> {
    return exportAll(this.exec);
  }

  close(): Promise<void> {
    return this.exec.close();
  }
}
