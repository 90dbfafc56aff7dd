/**
 * Grouped counts as analyses ask for them (the store port's `aggregate`, with node ids for refs):
 * a loader has the store count them and hands the groups to its partial graph as facts; a complete
 * graph (the tests') counts the same groups from its own nodes and links, by the same rules — so
 * the comparison of the two judges the store's aggregation.
 */
import { nodeId, parseNodeId, type NodeKind, type RelType } from '@chanjiao/graph-schema';
import { sortedGroups } from '../store/aggregate.ts';
import type { AggregateGroup, Direction, PathStep } from '../store/port.ts';
import type { AnalysisGraph } from './graph.ts';
import { compareStrings } from '../store/order.ts';

export interface GraphAggregateQuery {
  kinds: NodeKind[];
  where: { rels: RelType[]; direction: Direction; to: string[] };
  via?: PathStep[];
  groupBy?: string[];
  sum?: string[];
}

export interface GraphAggregateGroup {
  kind: NodeKind;
  /** The id of the node at the end of `via`; null without `via`. */
  via: string | null;
  values: (string | null)[];
  count: number;
  sums: number[];
}

export interface AggregateFact {
  query: GraphAggregateQuery;
  groups: GraphAggregateGroup[];
}

const sorted = <T extends string>(values: readonly T[]) =>
  [...new Set(values)].sort(compareStrings);

/** The same query however its lists were ordered. */
export function aggregateSignature(query: GraphAggregateQuery): string {
  return JSON.stringify([
    sorted(query.kinds),
    sorted(query.where.rels),
    query.where.direction,
    sorted(query.where.to),
    (query.via ?? []).map((s) => [sorted(s.rels), s.direction, s.kinds ? sorted(s.kinds) : null]),
    query.groupBy ?? [],
    query.sum ?? [],
  ]);
}

/** The store's groups with node ids for refs. */
export function groupsFromStore(groups: AggregateGroup[]): GraphAggregateGroup[] {
  return groups.map((g) => ({ ...g, via: g.via ? nodeId(g.via) : null }));
}

/** The groups counted over a complete graph, in the port's order. */
export function aggregateInMemory(
  graph: AnalysisGraph,
  query: GraphAggregateQuery,
): GraphAggregateGroup[] {
  const kinds = new Set<string>(query.kinds);
  const counted = new Set<string>();
  for (const target of new Set(query.where.to))
    for (const rel of new Set(query.where.rels))
      for (const link of query.where.direction === 'out'
        ? graph.in(target, rel)
        : graph.out(target, rel))
        if (kinds.has(graph.node(link.id)?.kind ?? '')) counted.add(link.id);

  const ends = (id: string): (string | null)[] => {
    if (!query.via?.length) return [null];
    let frontier = new Set([id]);
    for (const step of query.via) {
      const next = new Set<string>();
      const stepKinds = step.kinds ? new Set<string>(step.kinds) : null;
      for (const at of frontier)
        for (const rel of new Set(step.rels))
          for (const link of step.direction === 'out' ? graph.out(at, rel) : graph.in(at, rel))
            if (!stepKinds || stepKinds.has(graph.node(link.id)?.kind ?? '')) next.add(link.id);
      frontier = next;
    }
    return [...frontier];
  };

  const rows: AggregateGroup[] = [];
  for (const id of counted) {
    const node = graph.node(id)!;
    const values = (query.groupBy ?? []).map((name) => {
      const value = node.props[name];
      return typeof value === 'string' ? value : null;
    });
    const sums = (query.sum ?? []).map((name) => {
      const value = node.props[name];
      return typeof value === 'number' && Number.isFinite(value) ? value : 0;
    });
    for (const end of ends(id))
      rows.push({
        kind: node.kind,
        via: end === null ? null : parseNodeId(end)!,
        values,
        count: 1,
        sums,
      });
  }
  return groupsFromStore(sortedGroups(rows));
}
