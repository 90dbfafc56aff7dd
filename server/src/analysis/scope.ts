/**
 * The toolkit analysis loaders build their graph with: a Scope accumulates what a sequence of
 * scoped store reads returns — start nodes, one-hop expansions, closures of repeated hops, counts
 * made inside the store, kind totals — and turns it into a partial AnalysisGraph.
 *
 * - Ids are the analyses' `Kind:key`; the Scope converts to and from the port's refs.
 * - A hop already made from a node (same types, direction, kinds, filter, properties) is not made
 *   again, so loaders can compose steps freely.
 * - The graph's nodes and relationships are sorted as the port sorts them, so every `out`/`in`
 *   list an analysis iterates comes in the same order however it was loaded — sums add up in the
 *   same order and answers are identical to the bit.
 * - Limits: each read may return at most `maxNodes` relationships, and the whole scope at most
 *   `maxNodes` nodes (ATLAS_ANALYSIS_MAX_NODES); beyond either the analysis answers 422. The limit
 *   is on what a question touches, not on what the store holds.
 */
import {
  nodeId,
  parseNodeId,
  type EdgeRef,
  type NodeKind,
  type NodeRef,
  type RelType,
} from '@chanjiao/graph-schema';
import { edgeId } from '@chanjiao/graph-schema';
import { projectionTooLarge } from '../store/limits.ts';
import { compareEdgeRows, compareNodeRows, compareStrings } from '../store/order.ts';
import type { Direction, EdgeRow, GraphStore, NodeRow } from '../store/port.ts';
import {
  groupsFromStore,
  type AggregateFact,
  type GraphAggregateGroup,
  type GraphAggregateQuery,
} from './aggregate.ts';
import {
  AnalysisGraph,
  type NeighbourCountFact,
  type RelationshipGroupFact,
  type ValueGroup,
} from './graph.ts';

export interface HopOptions {
  kinds?: NodeKind[];
  /** Keep only reached nodes with a `rels` relationship in `direction` to one of these ids. */
  where?: { rels: RelType[]; direction: Direction; to: string[] };
  /** Read the reached nodes' properties (default true). */
  props?: boolean;
}

function refOf(id: string): NodeRef {
  const ref = parseNodeId(id);
  if (!ref) throw new Error(`not a node id: ${id}`);
  return ref;
}

export class Scope {
  private readonly nodes = new Map<string, NodeRow>();
  /** Nodes read without their properties (so far). */
  private readonly bare = new Set<string>();
  private readonly edges = new Map<string, EdgeRow>();
  /** `rel|direction|id` → the ids reached that way over loaded relationships. */
  private readonly adjacency = new Map<string, Set<string>>();
  private readonly counts: NeighbourCountFact[] = [];
  private readonly groups: RelationshipGroupFact[] = [];
  private readonly aggregates: AggregateFact[] = [];
  private readonly kindTotals: Partial<Record<NodeKind, number>> = {};
  private readonly unreadCounts: Partial<Record<NodeKind, number>> = {};
  private readonly done = new Map<string, Set<string>>();
  /** Per filtered hop signature, the reached nodes that passed its filter. */
  private readonly passed = new Map<string, Set<string>>();

  constructor(
    readonly store: GraphStore,
    readonly maxNodes: number,
  ) {}

  private add(row: NodeRow, withProps: boolean): string {
    const id = nodeId(row);
    const known = this.nodes.get(id);
    if (!known || (withProps && this.bare.has(id))) {
      this.nodes.set(id, row);
      if (withProps) this.bare.delete(id);
      else this.bare.add(id);
    }
    return id;
  }

  private checkSize(): void {
    if (this.nodes.size > this.maxNodes) throw projectionTooLarge(this.nodes.size, this.maxNodes);
  }

  /**
   * A store read, after which the event loop takes a turn: the embedded store reads synchronously,
   * so without it a question's reads would hold the loop from the first to the last, and every
   * other request (a health check) would wait for the whole answer.
   */
  private async read<T>(pending: Promise<T>): Promise<T> {
    const result = await pending;
    await new Promise<void>((resolve) => setImmediate(resolve));
    return result;
  }

  has(id: string): boolean {
    return this.nodes.has(id);
  }

  kindOf(id: string): NodeKind | undefined {
    return this.nodes.get(id)?.kind;
  }

  /** The properties of a node read so far (empty when read without them). */
  props(id: string): NodeRow['props'] | undefined {
    return this.nodes.get(id)?.props;
  }

  /** Reads these nodes with their properties; returns the ids of those that exist, sorted. */
  async start(ids: string[]): Promise<string[]> {
    const wanted = [...new Set(ids)].filter((id) => !this.nodes.has(id) || this.bare.has(id));
    if (wanted.length)
      for (const row of await this.read(this.store.getNodes(wanted.map(refOf))))
        this.add(row, true);
    this.checkSize();
    return [...new Set(ids)].filter((id) => this.nodes.has(id)).sort(compareStrings);
  }

  /**
   * One hop from `from` over `rels`: adds the relationships and the nodes reached, and returns the
   * reached ids (sorted) — also for starts already expanded the same way before.
   */
  async hop(
    from: string[],
    rels: RelType[],
    direction: Direction,
    options: HopOptions = {},
  ): Promise<string[]> {
    const withProps = options.props !== false;
    const signature = JSON.stringify([
      [...rels].sort(),
      direction,
      options.kinds ? [...options.kinds].sort() : null,
      options.where
        ? [[...options.where.rels].sort(), options.where.direction, [...options.where.to].sort()]
        : null,
      withProps,
    ]);
    const done = this.done.get(signature) ?? new Set<string>();
    this.done.set(signature, done);
    const todo = [...new Set(from)].filter((id) => !done.has(id));
    if (todo.length) {
      const result = await this.read(
        this.store.expand({
          from: todo.map(refOf),
          rels,
          direction,
          ...(options.kinds && { kinds: options.kinds }),
          ...(options.where && {
            where: {
              rels: options.where.rels,
              direction: options.where.direction,
              to: options.where.to.map(refOf),
            },
          }),
          props: withProps,
          limit: this.maxNodes,
        }),
      );
      for (const row of result.nodes) this.add(row, withProps);
      if (options.where) {
        const passed = this.passed.get(signature) ?? new Set<string>();
        for (const row of result.nodes) passed.add(nodeId(row));
        this.passed.set(signature, passed);
      }
      for (const edge of result.edges) this.addEdge(edge);
      for (const id of todo) done.add(id);
      this.checkSize();
    }
    const reached = this.reached(from, rels, direction, options.kinds);
    // Relationships loaded by other hops reach more; a filtered hop answers what passed it.
    if (!options.where) return reached;
    const passed = this.passed.get(signature) ?? new Set<string>();
    return reached.filter((id) => passed.has(id));
  }

  private addEdge(edge: EdgeRow): void {
    const id = edgeId(edge as EdgeRef);
    if (this.edges.has(id)) return;
    this.edges.set(id, edge);
    const from = nodeId(edge.from);
    const to = nodeId(edge.to);
    for (const [key, other] of [
      [`${edge.rel}|out|${from}`, to],
      [`${edge.rel}|in|${to}`, from],
    ] as const) {
      const set = this.adjacency.get(key);
      if (set) set.add(other);
      else this.adjacency.set(key, new Set([other]));
    }
  }

  /** The ids reached from `from` over loaded relationships (sorted). */
  private reached(
    from: string[],
    rels: RelType[],
    direction: Direction,
    kinds?: NodeKind[],
  ): string[] {
    const kindSet = kinds ? new Set<string>(kinds) : null;
    const out = new Set<string>();
    for (const id of new Set(from))
      for (const rel of rels)
        for (const other of this.adjacency.get(`${rel}|${direction}|${id}`) ?? [])
          if (!kindSet || kindSet.has(this.nodes.get(other)?.kind ?? '')) out.add(other);
    return [...out].sort(compareStrings);
  }

  /** Repeated hops until nothing new is reached: `from` and everything reachable, sorted. */
  async closure(
    from: string[],
    rels: RelType[],
    direction: Direction,
    options: HopOptions = {},
  ): Promise<string[]> {
    const seen = new Set(from);
    let frontier = [...seen];
    while (frontier.length) {
      const reached = await this.hop(frontier, rels, direction, options);
      frontier = reached.filter((id) => !seen.has(id));
      for (const id of frontier) seen.add(id);
    }
    return [...seen].sort(compareStrings);
  }

  /**
   * How many distinct nodes one hop from `from` reaches, counted in the store and not recorded:
   * for choosing which side of a question to read from.
   */
  async reachCount(
    from: string[],
    rels: RelType[],
    direction: Direction,
    kinds?: NodeKind[],
  ): Promise<number> {
    const result = await this.read(
      this.store.countNeighbours({
        from: [...new Set(from)].map(refOf),
        rels,
        direction,
        ...(kinds && { kinds }),
      }),
    );
    return result.distinct;
  }

  /** Counts in the store the distinct `kind` nodes joined to each of `of` (see AnalysisGraph). */
  async count(of: string[], rel: RelType, direction: Direction, kind?: NodeKind): Promise<void> {
    const ids = [...new Set(of)].sort(compareStrings);
    const result = await this.read(
      this.store.countNeighbours({
        from: ids.map(refOf),
        rels: [rel],
        direction,
        ...(kind && { kinds: [kind] }),
      }),
    );
    const byId = new Map(result.counts.map((c) => [nodeId(c.node), c.count]));
    this.counts.push({
      of: ids,
      rel,
      direction,
      ...(kind && { kind }),
      counts: ids.map((id) => byId.get(id) ?? 0),
      distinct: result.distinct,
    });
  }

  /**
   * Counts in the store the `rel` relationships of each of `of` to `kind` nodes by the values of
   * their `groupBy` properties (see AnalysisGraph.relationshipGroups); returns the groups by id.
   */
  async countRelationships(
    of: string[],
    rel: RelType,
    direction: Direction,
    kind: NodeKind | undefined,
    groupBy: string[],
  ): Promise<Map<string, ValueGroup[]>> {
    const ids = [...new Set(of)].sort(compareStrings);
    const groups = await this.read(
      this.store.countRelationships({
        from: ids.map(refOf),
        rels: [rel],
        direction,
        ...(kind && { kinds: [kind] }),
        groupBy,
      }),
    );
    const fact: RelationshipGroupFact = {
      of: ids,
      rel,
      direction,
      ...(kind && { kind }),
      groupBy,
      groups: groups.map((g) => ({ id: nodeId(g.node), values: g.values, count: g.count })),
    };
    this.groups.push(fact);
    const byId = new Map<string, ValueGroup[]>(ids.map((id) => [id, []]));
    for (const { id, values, count } of fact.groups) byId.get(id)?.push({ values, count });
    return byId;
  }

  /** Grouped counts made in the store (see aggregate.ts); the groups are also returned. */
  async aggregate(query: GraphAggregateQuery): Promise<GraphAggregateGroup[]> {
    const groups = groupsFromStore(
      await this.read(
        this.store.aggregate({
          ...query,
          where: { ...query.where, to: query.where.to.map(refOf) },
        }),
      ),
    );
    this.aggregates.push({ query, groups });
    return groups;
  }

  /** Records how many nodes of these kinds the store holds. */
  async totals(kinds: NodeKind[]): Promise<void> {
    const stats = await this.read(this.store.stats());
    for (const kind of kinds) this.kindTotals[kind] = stats.byKind[kind] ?? 0;
  }

  /** A kind total recorded by `totals`. */
  kindTotal(kind: NodeKind): number {
    const total = this.kindTotals[kind];
    if (total === undefined) throw new Error(`scope: the number of ${kind} nodes was not read`);
    return total;
  }

  /**
   * The first `limit` nodes of a kind by key passing `where` (read with their properties), and
   * how many pass in all — the head of a ranking whose other members are alike.
   */
  async firstOfKind(
    kind: NodeKind,
    limit: number,
    where?: HopOptions['where'],
  ): Promise<{ ids: string[]; total: number }> {
    const first = await this.read(
      this.store.firstNodes({
        kind,
        limit: Math.min(limit, this.maxNodes),
        ...(where && {
          where: { rels: where.rels, direction: where.direction, to: where.to.map(refOf) },
        }),
      }),
    );
    for (const row of first.nodes) this.add(row, true);
    this.checkSize();
    return { ids: first.nodes.map(nodeId).sort(compareStrings), total: first.total };
  }

  /** Records that `count` nodes of a kind in the question's scope were left unread (see AnalysisGraph.unread). */
  leaveUnread(kind: NodeKind, count: number): void {
    this.unreadCounts[kind] = count;
  }

  /**
   * Every node of a kind, for a question about all of them (limited like the rest); with
   * `props: false` only their ids, e.g. to name them as a store query's targets.
   */
  async wholeKind(kind: NodeKind, options: { props?: boolean } = {}): Promise<string[]> {
    const withProps = options.props !== false;
    const all = await this.read(
      this.store.projection({ kinds: [kind], rels: [], maxNodes: this.maxNodes, props: withProps }),
    );
    for (const row of all.nodes) this.add(row, withProps);
    this.checkSize();
    return all.nodes.map(nodeId).sort(compareStrings);
  }

  graph(): AnalysisGraph {
    const nodes = [...this.nodes.values()].sort(compareNodeRows);
    const edges = [...this.edges.values()].sort(compareEdgeRows);
    return new AnalysisGraph(
      { nodes, edges },
      {
        partial: true,
        counts: this.counts,
        relationshipGroups: this.groups,
        kindTotals: this.kindTotals,
        aggregates: this.aggregates,
        unread: this.unreadCounts,
      },
    );
  }

  /** What the scope holds, for tests and benchmarks. */
  size(): { nodes: number; edges: number } {
    return { nodes: this.nodes.size, edges: this.edges.size };
  }
}
