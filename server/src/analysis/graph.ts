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
import type { Direction, Subgraph } from '../store/port.ts';
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

export interface GraphFacts {
  /** The graph holds only part of the store's relationships of its nodes (a loader's graph). */
  partial: boolean;
  counts?: NeighbourCountFact[];
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
