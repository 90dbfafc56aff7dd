/**
 * The in-memory view analyses compute on: a subgraph from the store, indexed by node id and by
 * relationship type in both directions. Pure data, no I/O — tests build one from a hand-made
 * subgraph, the API from the scoped reads of an analysis loader (see scope.ts).
 *
 * A loader's graph is `partial`: it holds what the question reaches, not every relationship of
 * its nodes. What an analysis must know beyond that — how many enterprises a segment has anywhere,
 * how many experts the store holds — the loader counts in the store and hands over as facts;
 * asking a partial graph for a count it was not given is an error rather than a guess from
 * whatever happens to be loaded. A complete graph (the tests') counts its own links.
 */
import { nodeId, type NodeKind, type Props, type RelType } from '@chanjiao/graph-schema';
import type { Direction, GroupValue, Subgraph } from '../store/port.ts';
import {
  aggregateInMemory,
  aggregateSignature,
  type AggregateFact,
  type GraphAggregateGroup,
  type GraphAggregateQuery,
} from './aggregate.ts';

export interface Link {
  id: string;
  props: Props;
}

export interface AnalysisNode {
  id: string;
  kind: NodeKind;
  key: string;
  props: Props;
}

/** Distinct `kind` nodes (any kind when absent) joined to each of `of` by `rel`, as counted. */
export interface NeighbourCountFact {
  of: string[];
  rel: RelType;
  direction: Direction;
  kind?: NodeKind;
  /** Aligned with `of`. */
  counts: number[];
  /** Distinct over all of `of`. */
  distinct: number;
}

/** The `rel` relationships of each of `of` to `kind` nodes, counted by their `groupBy` values. */
export interface RelationshipGroupFact {
  of: string[];
  rel: RelType;
  direction: Direction;
  kind?: NodeKind;
  groupBy: string[];
  /** Per id of `of` (none for an id without such a relationship). */
  groups: { id: string; values: GroupValue[]; count: number }[];
}

export interface ValueGroup {
  values: GroupValue[];
  count: number;
}

export interface GraphFacts {
  /** The graph holds only part of the store's relationships of its nodes (a loader's graph). */
  partial: boolean;
  counts?: NeighbourCountFact[];
  relationshipGroups?: RelationshipGroupFact[];
  /** Number of nodes of a kind in the whole store. */
  kindTotals?: Partial<Record<NodeKind, number>>;
  /** Grouped counts made in the store (see aggregate.ts). */
  aggregates?: AggregateFact[];
  /**
   * Nodes of a kind in the question's scope that the loader left unread because they are all
   * alike to the analysis and rank after the read ones (see `unread`).
   */
  unread?: Partial<Record<NodeKind, number>>;
}

export interface NeighbourCounts {
  of(id: string): number;
  distinct: number;
}

const countKey = (rel: RelType, direction: Direction, kind: NodeKind | undefined, id: string) =>
  `${rel}|${direction}|${kind ?? '*'}|${id}`;
const groupKey = (
  rel: RelType,
  direction: Direction,
  kind: NodeKind | undefined,
  groupBy: string[],
  id: string,
) => `${countKey(rel, direction, kind, id)}|${JSON.stringify(groupBy)}`;
const setKey = (rel: RelType, direction: Direction, kind: NodeKind | undefined, ids: string[]) =>
  countKey(rel, direction, kind, [...new Set(ids)].sort().join('\n'));

export class AnalysisGraph {
  private readonly nodes = new Map<string, AnalysisNode>();
  private readonly byKind = new Map<NodeKind, AnalysisNode[]>();
  private readonly outgoing = new Map<string, Link[]>();
  private readonly incoming = new Map<string, Link[]>();
  private readonly partial: boolean;
  private readonly perNode = new Map<string, number>();
  private readonly perSet = new Map<string, number>();
  private readonly kindTotals: Partial<Record<NodeKind, number>>;
  private readonly unreadCounts: Partial<Record<NodeKind, number>>;
  private readonly edgeCount: number;
  private readonly aggregates = new Map<string, GraphAggregateGroup[]>();
  private readonly groups = new Map<string, ValueGroup[]>();

  constructor(subgraph: Pick<Subgraph, 'nodes' | 'edges'>, facts: GraphFacts = { partial: false }) {
    this.partial = facts.partial;
    this.kindTotals = facts.kindTotals ?? {};
    this.unreadCounts = facts.unread ?? {};
    for (const fact of facts.counts ?? []) {
      fact.of.forEach((id, i) =>
        this.perNode.set(countKey(fact.rel, fact.direction, fact.kind, id), fact.counts[i]!),
      );
      this.perSet.set(setKey(fact.rel, fact.direction, fact.kind, fact.of), fact.distinct);
    }
    for (const fact of facts.relationshipGroups ?? []) {
      const key = (id: string) => groupKey(fact.rel, fact.direction, fact.kind, fact.groupBy, id);
      for (const id of fact.of) this.groups.set(key(id), []);
      for (const { id, values, count } of fact.groups)
        this.groups.get(key(id))?.push({ values, count });
    }
    for (const fact of facts.aggregates ?? [])
      this.aggregates.set(aggregateSignature(fact.query), fact.groups);
    for (const row of subgraph.nodes) {
      const node = { id: nodeId(row), kind: row.kind, key: row.key, props: row.props };
      this.nodes.set(node.id, node);
      const list = this.byKind.get(row.kind);
      if (list) list.push(node);
      else this.byKind.set(row.kind, [node]);
    }
    this.edgeCount = subgraph.edges.length;
    for (const edge of subgraph.edges) {
      const from = nodeId(edge.from);
      const to = nodeId(edge.to);
      push(this.outgoing, `${edge.rel}|${from}`, { id: to, props: edge.props });
      push(this.incoming, `${edge.rel}|${to}`, { id: from, props: edge.props });
    }
  }

  /** How many nodes and relationships the graph holds. */
  size(): { nodes: number; edges: number } {
    return { nodes: this.nodes.size, edges: this.edgeCount };
  }

  has(id: string): boolean {
    return this.nodes.has(id);
  }

  node(id: string): AnalysisNode | undefined {
    return this.nodes.get(id);
  }

  nodesOf(kind: NodeKind): AnalysisNode[] {
    return this.byKind.get(kind) ?? [];
  }

  /** Targets of `rel` edges leaving `id`, with the edge properties. */
  out(id: string, rel: RelType): Link[] {
    return this.outgoing.get(`${rel}|${id}`) ?? [];
  }

  /** Sources of `rel` edges arriving at `id`, with the edge properties. */
  in(id: string, rel: RelType): Link[] {
    return this.incoming.get(`${rel}|${id}`) ?? [];
  }

  /**
   * How many distinct `kind` nodes (any kind when absent) each of `ids` is joined to by `rel` in
   * `direction`, and how many over all of them — in the store, not only among loaded nodes.
   */
  neighbourCounts(
    ids: string[],
    rel: RelType,
    direction: Direction,
    kind?: NodeKind,
  ): NeighbourCounts {
    if (this.partial) {
      const missing = () =>
        new Error(
          `analysis graph: ${rel} ${direction} counts of ${ids.join(', ')} were not loaded`,
        );
      const of = (id: string) => {
        const count = this.perNode.get(countKey(rel, direction, kind, id));
        if (count === undefined) throw missing();
        return count;
      };
      const unique = [...new Set(ids)];
      const distinct =
        unique.length === 1
          ? of(unique[0]!)
          : unique.length === 0
            ? 0
            : this.perSet.get(setKey(rel, direction, kind, unique));
      if (distinct === undefined) throw missing();
      return { of, distinct };
    }
    const reached = (id: string) =>
      (direction === 'out' ? this.out(id, rel) : this.in(id, rel))
        .filter((l) => kind === undefined || this.nodes.get(l.id)?.kind === kind)
        .map((l) => l.id);
    return {
      of: (id) => new Set(reached(id)).size,
      distinct: new Set(ids.flatMap(reached)).size,
    };
  }

  /** Whether `relationshipGroups` can answer for `id` (a complete graph always can). */
  hasRelationshipGroups(
    id: string,
    rel: RelType,
    direction: Direction,
    kind: NodeKind | undefined,
    groupBy: string[],
  ): boolean {
    return !this.partial || this.groups.has(groupKey(rel, direction, kind, groupBy, id));
  }

  /**
   * The `rel` relationships of `id` in `direction` to `kind` nodes (any kind when absent), counted
   * by the values of their `groupBy` properties (numbers, booleans and text as they are, anything
   * else null) — in the store, not only among loaded relationships; a complete graph counts its own.
   */
  relationshipGroups(
    id: string,
    rel: RelType,
    direction: Direction,
    kind: NodeKind | undefined,
    groupBy: string[],
  ): ValueGroup[] {
    if (this.partial) {
      const groups = this.groups.get(groupKey(rel, direction, kind, groupBy, id));
      if (!groups)
        throw new Error(`analysis graph: ${rel} ${direction} groups of ${id} were not loaded`);
      return groups;
    }
    const byValues = new Map<string, ValueGroup>();
    for (const link of direction === 'out' ? this.out(id, rel) : this.in(id, rel)) {
      if (kind !== undefined && this.nodes.get(link.id)?.kind !== kind) continue;
      const values = groupBy.map((name) => groupValue(link.props[name]));
      const key = JSON.stringify(values);
      const group = byValues.get(key);
      if (group) group.count++;
      else byValues.set(key, { values, count: 1 });
    }
    return [...byValues.values()];
  }

  /**
   * Grouped counts of the nodes passing a semi-join (see aggregate.ts) — in the store, not only
   * among loaded nodes; a complete graph counts its own.
   */
  aggregate(query: GraphAggregateQuery): GraphAggregateGroup[] {
    if (!this.partial) return aggregateInMemory(this, query);
    const groups = this.aggregates.get(aggregateSignature(query));
    if (!groups)
      throw new Error(`analysis graph: the aggregate of ${query.kinds.join(', ')} was not loaded`);
    return groups;
  }

  /** Nodes of a kind in the store (a complete graph counts its own). */
  kindTotal(kind: NodeKind): number {
    const total = this.kindTotals[kind];
    if (total !== undefined) return total;
    if (this.partial) throw new Error(`analysis graph: the number of ${kind} nodes was not loaded`);
    return this.nodesOf(kind).length;
  }

  /**
   * How many nodes of a kind the question covers beyond those in the graph: ranked by key after
   * them and alike to the analysis (the candidates holding none of a posting's requirements). A
   * complete graph leaves none unread.
   */
  unread(kind: NodeKind): number {
    return this.unreadCounts[kind] ?? 0;
  }

  name(id: string): { name_zh: string; name_en?: string } {
    const props = this.nodes.get(id)?.props ?? {};
    const name_zh = typeof props.name_zh === 'string' ? props.name_zh : id;
    return typeof props.name_en === 'string' ? { name_zh, name_en: props.name_en } : { name_zh };
  }
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function numberProp(props: Props, name: string): number | undefined {
  const value = props[name];
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

/** The region and every region below it (PART_OF Region→Region). */
export function regionAndBelow(graph: AnalysisGraph, regionId: string): Set<string> {
  const out = new Set([regionId]);
  const queue = [regionId];
  while (queue.length) {
    const current = queue.pop()!;
    for (const child of graph.in(current, 'PART_OF'))
      if (graph.node(child.id)?.kind === 'Region' && !out.has(child.id)) {
        out.add(child.id);
        queue.push(child.id);
      }
  }
  return out;
}

/** Whether a node is LOCATED_IN one of the regions, directly or through a park located there. */
export function isLocatedIn(graph: AnalysisGraph, id: string, regions: Set<string>): boolean {
  for (const place of graph.out(id, 'LOCATED_IN')) {
    if (regions.has(place.id)) return true;
    const node = graph.node(place.id);
    if (node?.kind === 'Park' && graph.out(place.id, 'LOCATED_IN').some((r) => regions.has(r.id)))
      return true;
  }
  return false;
}

/** A property value as relationship groups hold it (see GraphStore.countRelationships). */
function groupValue(value: unknown): GroupValue {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'boolean' || typeof value === 'string') return value;
  return null;
}
