/**
 * The store port: the one small interface through which the server reaches storage. Routes,
 * import/export and analyses depend on this, never on an adapter. Two adapters implement it —
 * `embedded` (SQLite + in-memory graphology) and `neo4j` — and both must pass the shared contract
 * suite in server/test/store-contract.ts.
 *
 * Semantics every adapter keeps (the contract suite checks them):
 * - `write` is atomic: every op or none. Ops apply in order; an upsert of an existing node or edge
 *   merges (`merge`) or replaces (`replace`) its properties. An edge whose endpoint does not exist
 *   (after the earlier ops of the batch) fails the batch with MissingNodeError.
 * - Orderings are deterministic so both stores answer the same: nodes by (kind, key), edges by
 *   (rel, from, to) in code-unit order.
 * - Scoped reads (`getNodes`, `expand`, `countNeighbours`, `aggregate`) are how analyses read exactly the
 *   subgraph their parameters reach: one hop from a set of nodes per call, composed by the analysis
 *   loaders (server/src/analysis/load/), with aggregates counted inside the store rather than by
 *   loading what they count. Each call is one read of committed data; a loader's calls are not one
 *   snapshot (a batch committed between two of them is seen by the later one only).
 */
import type {
  EdgeRef,
  NodeKind,
  NodeRef,
  Props,
  RelationSummary,
  RelType,
  Stats,
  ChangeRecord,
} from '@chanjiao/graph-schema';
import type { SearchPage } from './search-rank.ts';

export interface NodeRow {
  kind: NodeKind;
  key: string;
  props: Props;
}

export interface EdgeRow {
  rel: RelType;
  from: NodeRef;
  to: NodeRef;
  props: Props;
}

export type WriteMode = 'merge' | 'replace';

/**
 * Who writes a batch or a bulk session, for the audit trail: given, the store records one change
 * per written node or relationship (ChangeRecord) in the same transaction as the write; absent
 * (tests, benchmarks, a restore from a backup, the offline Neo4j bulk load), it records none.
 */
export interface AuditStamp {
  by: string;
  at: string;
  requestId: string | null;
}

/** Which changes to list (see GraphStore.changes). */
export interface ChangeQuery {
  /** Changes after this position (exclusive); 0 from the first. */
  since: number;
  /** Changes written at or after this time (ISO 8601), besides `since`. */
  sinceTime?: string;
  limit: number;
  /** Only changes to this node and to relationships that start or end at it. */
  node?: NodeRef;
  /**
   * Leave out changes to records that were private to other organisations (as
   * `SearchQuery.privateOf`; a relationship's change is private when one of its ends was).
   */
  privateOf?: readonly string[];
}

export type WriteOp =
  | { op: 'upsertNode'; node: NodeRow; mode: WriteMode }
  | { op: 'upsertEdge'; edge: EdgeRow; mode: WriteMode }
  /** Removes the node and every relationship it has. */
  | { op: 'removeNode'; ref: NodeRef }
  | { op: 'removeEdge'; ref: EdgeRef };

export interface WriteResult {
  nodesCreated: number;
  nodesUpdated: number;
  nodesRemoved: number;
  edgesCreated: number;
  edgesUpdated: number;
  edgesRemoved: number;
}

export interface SearchQuery {
  /** Free text matched against key, name_zh, name_en and aliases; empty lists nodes of `kinds`. */
  text: string;
  kinds?: NodeKind[];
  limit: number;
  /** Hits to skip (paging); default 0. */
  offset?: number;
  /**
   * Leave out nodes marked `visibility: "private"` unless their `org` is one of these, from the
   * hits, `total` and `facets` alike (absent: every node). How a reader's scope reaches the store.
   */
  privateOf?: readonly string[];
}

export interface NeighbourhoodQuery {
  center: NodeRef;
  depth: number;
  limit: number;
}

export interface Subgraph {
  nodes: NodeRow[];
  edges: EdgeRow[];
  truncated: boolean;
}

/** A subgraph whose properties are still the JSON text a store keeps, for answers written straight to the wire. */
export interface SubgraphText {
  nodes: { kind: NodeKind; key: string; props: string; wire?: Buffer }[];
  edges: { rel: RelType; from: NodeRef; to: NodeRef; props: string; wire?: Buffer }[];
  truncated: boolean;
  /** The whole answer's text as the route wrote it, with the framing it was written for. */
  wire?: { frame: string; bytes: Buffer };
  /** Which nodes' property text could mark them private (trust/scoped-store.ts), once asked. */
  mayBePrivate?: readonly number[];
}
// `wire`: the row's (and the answer's) part of the answer's JSON, kept with it by the code that
// writes it (routes/api/explore/wire.ts), so a row or an answer a store hands out again (the
// embedded store's row and answer caches, until a commit) is written once; `mayBePrivate` the
// same for the read scope's filter. Rows and answers are never changed once made. A store
// creates them with these fields `undefined`, so every row and answer has one shape.

/** Every node of these kinds and every edge of these types between them. */
export interface ProjectionSpec {
  kinds: NodeKind[];
  rels: RelType[];
  /** Refuse (LimitExceededError) rather than load more nodes than this. */
  maxNodes: number;
  /** With `false`, the nodes come without their properties (`props` empty): only their keys. */
  props?: boolean;
}

/** Which way a scoped read follows relationships from its start nodes. */
export type Direction = 'out' | 'in';

/**
 * Keeps a reached node only when it has a relationship of one of `rels`, in `direction` from it, to
 * one of the `to` nodes — e.g. enterprises LOCATED_IN one of a region's places. A semi-join done
 * inside the store, so the nodes it drops are never read out.
 */
export interface NeighbourFilter {
  rels: RelType[];
  direction: Direction;
  to: NodeRef[];
}

/** One hop from a set of nodes (see GraphStore.expand). */
export interface ExpandQuery {
  from: NodeRef[];
  rels: RelType[];
  direction: Direction;
  /** Only other ends of these kinds; every kind when absent. */
  kinds?: NodeKind[];
  where?: NeighbourFilter;
  /** Whether the reached nodes carry their properties (default true); false gives `props: {}`. */
  props?: boolean;
  /** The most relationships one call may return; more throws LimitExceededError. */
  limit: number;
}

/** What one hop reached: the other ends and the relationships that lead to them. */
export interface Expansion {
  nodes: NodeRow[];
  edges: EdgeRow[];
}

/** Counts of the nodes one hop reaches (see GraphStore.countNeighbours). */
export type CountQuery = Omit<ExpandQuery, 'props' | 'limit'> & {
  /**
   * Leave out of the counts reached nodes marked `visibility: "private"` unless their `org` is one
   * of these (as `SearchQuery.privateOf`; absent: count every node).
   */
  privateOf?: readonly string[];
};

/** The first nodes of one kind by key (see GraphStore.firstNodes). */
export interface FirstNodesQuery {
  kind: NodeKind;
  /** Only nodes passing this semi-join (e.g. LOCATED_IN one of a region's places). */
  where?: NeighbourFilter;
  limit: number;
  /** Leave out private nodes of other organisations, as `CountQuery.privateOf`. */
  privateOf?: readonly string[];
}

/** The first nodes, with their properties, and how many nodes pass in all. */
export interface FirstNodes {
  nodes: NodeRow[];
  total: number;
}

/** Relationships of one hop counted by their properties' values (see GraphStore.countRelationships). */
export type RelationshipGroupQuery = CountQuery & {
  /** The relationship properties grouped by: numbers, booleans and text as they are, anything else (or none) as null. */
  groupBy: string[];
};

/** A property value as `countRelationships` groups by it. */
export type GroupValue = string | number | boolean | null;

export interface RelationshipGroup {
  /** The start node. */
  node: NodeRef;
  /** Aligned with `groupBy`. */
  values: GroupValue[];
  /** Relationships of the start node with these values. */
  count: number;
}

/** One hop of an aggregate's path (see AggregateQuery.via). */
export interface PathStep {
  rels: RelType[];
  direction: Direction;
  /** Only nodes of these kinds at the end of the hop; every kind when absent. */
  kinds?: NodeKind[];
}

/** Nodes counted and grouped inside the store (see GraphStore.aggregate). */
export interface AggregateQuery {
  /** The nodes counted: of these kinds … */
  kinds: NodeKind[];
  /** … that pass this semi-join (e.g. LOCATED_IN one of a region's places). */
  where: NeighbourFilter;
  /**
   * Group also by the node this path reaches from each counted node (a counted node reaching two
   * counts in both groups, once in each).
   */
  via?: PathStep[];
  /** Group also by these properties' values: a text value as it is, any other value (or none) as null. */
  groupBy?: string[];
  /** Σ of these properties over each group's nodes, where they are finite numbers. */
  sum?: string[];
  /**
   * Leave out private records of other organisations (as `SearchQuery.privateOf`): neither counted
   * nor walked through on `via`. Absent: every record.
   */
  privateOf?: readonly string[];
}

export interface AggregateGroup {
  kind: NodeKind;
  /** The node at the end of `via`; null without `via`. */
  via: NodeRef | null;
  /** Aligned with `groupBy`. */
  values: (string | null)[];
  /** Distinct counted nodes in the group. */
  count: number;
  /** Aligned with `sum`. */
  sums: number[];
}

export interface NeighbourCounts {
  /** One entry per distinct start node, by (kind, key): how many distinct other ends it has. */
  counts: { node: NodeRef; count: number }[];
  /** Distinct other ends over all start nodes (a node reached from two starts counts once). */
  distinct: number;
}

export type ExportItem = ({ type: 'node' } & NodeRow) | ({ type: 'edge' } & EdgeRow);

/** The ops a bulk session accepts: upserts only. */
export type UpsertOp = Extract<WriteOp, { op: 'upsertNode' | 'upsertEdge' }>;

/**
 * A long, all-or-nothing write: an import of any size, written in chunks. Nothing of it is durable
 * until `commit`; `rollback` (or a crash before commit) undoes every chunk. While a session is
 * open, every other write to the store waits for it.
 *
 * - embedded: one SQLite transaction; readers keep seeing the graph as it was until commit.
 * - neo4j: one transaction per chunk, each recording an undo entry in the database in the same
 *   transaction; readers may see the chunks written so far; rollback (or the next start after a
 *   crash) applies the undo entries newest first. One bulk session per database at a time.
 */
export interface BulkSession {
  /**
   * Applies upserts in order. An edge whose endpoint exists neither in the store nor in earlier
   * writes of the session throws MissingNodeError (opIndex within this call) and leaves this call's
   * ops unapplied; the session stays usable.
   */
  write(ops: UpsertOp[]): Promise<WriteResult>;
  commit(): Promise<void>;
  rollback(): Promise<void>;
  /**
   * Present on a session that loads into an empty embedded store: new rows prepared elsewhere
   * (another thread) go straight into the tables, with no look-up and no object per row; with an
   * audit trail their change records are written at commit from the stored rows. A session that
   * took rows this way takes no `write` afterwards.
   */
  load?: RowLoad;
}

/**
 * New rows for a load into an empty store, prepared off the main thread with the row ids the load
 * hands out: node n of the load (from 1) gets row id `base.node + n`, relationship n likewise.
 */
export interface RowLoad {
  readonly base: { node: number; edge: number };
  /** Inserts a batch; returns the nodes and relationships it created. */
  rows(batch: RowBatch): { nodes: number; edges: number };
}

export interface RowBatch {
  /** New nodes, four strings each, in row-id order: kind, key, props JSON, search document. */
  nodes: string[];
  /** New relationships, four integers each, in row-id order: type, source row id, target row id, props. */
  edges: Int32Array;
  /** Relationship types by the codes in `edges` (the codes of the whole load, not only this batch's). */
  rels: string[];
  /** Props JSON texts by the codes in `edges` (this batch's). */
  props: string[];
}

export interface GraphStore {
  readonly name: 'embedded' | 'neo4j';
  /**
   * Optional readiness: false while the store still prepares in-memory structures (the embedded
   * store's adjacency, built in the background on open); reads that need them wait meanwhile,
   * counts answer at once. Asking starts the preparation. A store without it is always ready.
   */
  ready?(): boolean;
  /** Applies a batch atomically (with its audit records, when `audit` says who writes). */
  write(ops: WriteOp[], audit?: AuditStamp): Promise<WriteResult>;
  /** Opens a bulk session (see BulkSession); waits while another write or session runs. */
  beginBulk(audit?: AuditStamp): Promise<BulkSession>;
  /** The audit trail, oldest first (by `seq`). */
  changes(query: ChangeQuery): Promise<ChangeRecord[]>;
  /** Which of these nodes and edges exist now (as `nodeId` / `edgeId` strings). */
  existing(nodes: NodeRef[], edges: EdgeRef[]): Promise<{ nodes: Set<string>; edges: Set<string> }>;
  getNode(ref: NodeRef): Promise<NodeRow | null>;
  getEdge(ref: EdgeRef): Promise<EdgeRow | null>;
  /** A node's relationships with the other end's names, sorted by (rel, direction, other id). */
  relationships(ref: NodeRef, limit: number): Promise<{ items: RelationSummary[]; total: number }>;
  /** Matches, scores and orders by the rules of search-rank.ts; one page with its counts. */
  search(query: SearchQuery): Promise<SearchPage>;
  /**
   * Breadth-first from the centre, both directions, up to `depth` hops and `limit` nodes. Each
   * level visits the frontier in id order and each node's neighbours in id order; `truncated` says
   * more nodes were reachable. Edges are all edges among the returned nodes.
   */
  neighbourhood(query: NeighbourhoodQuery): Promise<Subgraph | null>;
  /**
   * Optional: the same answer as `neighbourhood` with properties left as stored JSON text, so the
   * API can write it without parsing and re-serialising every property of a large answer.
   */
  neighbourhoodText?(query: NeighbourhoodQuery): Promise<SubgraphText | null>;
  stats(): Promise<Stats>;
  /**
   * Nodes of the given kinds and edges of the given types whose both ends are among them, like a
   * Neo4j GDS projection. Nodes by (kind, key), edges by (rel, from, to). Throws
   * LimitExceededError when the nodes would exceed `maxNodes`. Analyses use it only for a question
   * about every node of a kind (`rels: []`) — ranking every candidate for a posting when no region
   * narrows it; everything else they read through the scoped reads.
   */
  projection(spec: ProjectionSpec): Promise<Subgraph>;
  /** The nodes among `refs` that exist, each once, by (kind, key): a loader's starting points. */
  getNodes(refs: NodeRef[]): Promise<NodeRow[]>;
  /**
   * One hop from the `from` nodes: every relationship of a type in `rels` that leaves (`out`) or
   * arrives at (`in`) one of them, whose other end is of one of `kinds` and passes `where`; and
   * those other ends, each once. Relationships keep their stored direction (for `in`, `to` is the
   * start node). Start nodes that do not exist reach nothing; a start node reached from another
   * start node is among `nodes`. Nodes by (kind, key), edges by (rel, from, to). Throws
   * LimitExceededError, returning nothing, when more than `limit` relationships would come back.
   */
  expand(query: ExpandQuery): Promise<Expansion>;
  /**
   * The aggregate of `expand` without reading what it counts: per start node, the distinct other
   * ends the same hop reaches, and the distinct other ends over all start nodes (e.g. a chain's
   * enterprises per segment and in the whole chain). Counted inside the store (in Neo4j by
   * `count(DISTINCT …)`), so its cost does not include reading the counted nodes out.
   */
  countNeighbours(query: CountQuery): Promise<NeighbourCounts>;
  /**
   * Per start node, the relationships the same hop as `countNeighbours` walks (each once),
   * counted by the values of some of their properties — an occupation's requirements by
   * importance and essential, from which its profile's total weight follows — so a profile costs
   * a row per distinct value, not a row per relationship. Groups sorted by start node (kind, key),
   * then by values (compareGroupValues); start nodes without such a relationship have none.
   */
  countRelationships(query: RelationshipGroupQuery): Promise<RelationshipGroup[]>;
  /**
   * The first `limit` nodes of a kind in key order that pass `where`, with their properties, and
   * how many pass in all — the head of a ranking whose other members are all alike (the candidates
   * holding none of a posting's requirements, listed by key after those that hold some). Keys
   * compare as the store compares text; for the ASCII keys of the kinds that ask for it that is
   * code-unit order, the port's order. Found through the key index, so it costs what it returns
   * (and the count what passes `where`), not what the kind holds.
   */
  firstNodes(query: FirstNodesQuery): Promise<FirstNodes>;
  /**
   * Counts grouped inside the store: the nodes of `kinds` passing `where`, grouped by kind, by the
   * end of `via` and by the `groupBy` values, with the `sum` totals — a region's enterprises by
   * tier, its postings' headcount per period, its enterprises per segment — so the answer costs
   * what it returns, not what it counts. Groups sorted by kind, `via` (kind, key), then values
   * (null first); only groups with a node in them.
   */
  aggregate(query: AggregateQuery): Promise<AggregateGroup[]>;
  /** Every node (by kind, key) then every edge (by rel, from, to), streamed. */
  exportAll(): AsyncIterable<ExportItem>;
  close(): Promise<void>;
}

export const emptyWriteResult = (): WriteResult => ({
  nodesCreated: 0,
  nodesUpdated: 0,
  nodesRemoved: 0,
  edgesCreated: 0,
  edgesUpdated: 0,
  edgesRemoved: 0,
});
