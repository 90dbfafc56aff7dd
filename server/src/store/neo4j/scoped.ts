/**
 * The scoped reads analyses compose (`getNodes`, `expand`, `countNeighbours` of the store port):
 * one statement (cypher/scoped.ts), one round trip, per call, aggregates counted inside Neo4j.
 */
import { nodeId, type NodeKind, type NodeRef } from '@chanjiao/graph-schema';
import { scopedReadTooLarge } from '../limits.ts';
import { compareEdgeRows, compareNodeRows, sortedRelationshipGroups } from '../order.ts';
import { checkAggregate, emptyAggregate, sortedGroups } from '../aggregate.ts';
import type {
  AggregateGroup,
  AggregateQuery,
  CountQuery,
  EdgeRow,
  ExpandQuery,
  Expansion,
  NeighbourCounts,
  GroupValue,
  NodeRow,
  RelationshipGroup,
  RelationshipGroupQuery,
} from '../port.ts';
import * as scoped from './cypher/scoped.ts';
import type { Executor } from './executor.ts';
import { kindOf } from './names.ts';
import { nodePropNames, relPropNames, unpackProps } from './cypher/props.ts';
import { nodeProps, plain, toNumber } from './values.ts';

export async function getNodes(exec: Executor, refs: NodeRef[]): Promise<NodeRow[]> {
  const statement = scoped.getNodes(refs);
  if (!statement) return [];
  const { records } = await exec.readOne('getNodes', statement);
  const nodes = records.map((r) => ({
    kind: kindOf(r.get('labels') as string[]),
    key: r.get('key') as string,
    props: nodeProps(r.get('p') as Record<string, unknown>),
  }));
  return nodes.sort(compareNodeRows);
}

/**
 * Past this many start nodes, a hop filtered by a kind of at most kindSideAtMost nodes asks
 * whether walking from that kind's nodes reads less (a statement of degrees, worth it only for a
 * large hop).
 */
const kindSideFrom = 32;
const kindSideAtMost = 5_000;

/**
 * Where a hop is walked from: the start nodes, a semi-join's targets or the nodes of the wanted
 * kinds — whichever side has fewer relationships, read from degrees (cypher/scoped.ts).
 */
async function walkFrom(
  exec: Executor,
  query: ExpandQuery,
  kindCounts?: () => Promise<Partial<Record<NodeKind, number>>>,
): Promise<'starts' | 'targets' | 'kinds'> {
  if (query.where) {
    const statement = scoped.hopSides(query);
    if (!statement) return 'starts';
    const record = (await exec.readOne('hopSides', statement)).records[0];
    return toNumber(record?.get('target')) < toNumber(record?.get('start')) ? 'targets' : 'starts';
  }
  if (!query.kinds || !kindCounts || query.from.length < kindSideFrom) return 'starts';
  const counts = await kindCounts();
  const nodes = query.kinds.reduce((sum, kind) => sum + (counts[kind] ?? 0), 0);
  if (nodes > kindSideAtMost) return 'starts';
  const statement = scoped.kindSides(query);
  if (!statement) return 'starts';
  const record = (await exec.readOne('kindSides', statement)).records[0];
  const kindSide = toNumber(record?.get('nodes')) + toNumber(record?.get('rels'));
  return kindSide < toNumber(record?.get('start')) ? 'kinds' : 'starts';
}

/** One item of an `expand` answer row (see cypher/scoped.ts). */
type NodeItem = [id: number, label: string, key: string, props: unknown];
type EdgeItem = [start: number, other: number, rel: number, props: unknown];

export async function expand(
  exec: Executor,
  query: ExpandQuery,
  kindCounts?: () => Promise<Partial<Record<NodeKind, number>>>,
): Promise<Expansion> {
  const statement = scoped.expand(query, await walkFrom(exec, query, kindCounts));
  if (!statement) return { nodes: [], edges: [] };
  const { records } = await exec.readOne('expand', statement);
  if (records[0]?.get('over') === true) throw scopedReadTooLarge(query.limit);
  const rels = [...new Set(query.rels)];
  const relNames = rels.map(relPropNames);
  const startAt = scoped.startAt(scoped.byKind(query.from));
  const nodes: NodeRow[] = [];
  const refs = new Map<number, NodeRef>();
  const kinds = new Map<string, NodeKind>();
  for (const record of records)
    for (const [id, name, key, packed] of record.get('nodes') as NodeItem[]) {
      let kind = kinds.get(name);
      if (!kind) kinds.set(name, (kind = kindOf([name])));
      refs.set(id, { kind, key });
      nodes.push({ kind, key, props: packed ? unpackProps(nodePropNames(kind), packed) : {} });
    }
  const edges: EdgeRow[] = [];
  for (const record of records)
    for (const [s, id, type, packed] of record.get('edges') as EdgeItem[]) {
      const start = startAt(s);
      const other = refs.get(id)!;
      const rel = rels[type]!;
      const props = unpackProps(relNames[type]!, packed);
      edges.push(
        query.direction === 'out'
          ? { rel, from: start, to: other, props }
          : { rel, from: other, to: start, props },
      );
    }
  nodes.sort(compareNodeRows);
  edges.sort(compareEdgeRows);
  return { nodes, edges };
}

export async function countNeighbours(exec: Executor, query: CountQuery): Promise<NeighbourCounts> {
  const starts = new Map<string, NodeRef>();
  for (const ref of query.from) starts.set(nodeId(ref), { kind: ref.kind, key: ref.key });
  const found = new Map<string, number>();
  let distinct = 0;
  const statement = scoped.countNeighbours(query);
  if (statement) {
    const record = (await exec.readOne('countNeighbours', statement)).records[0];
    const startAt = scoped.startAt(scoped.byKind(query.from));
    distinct = toNumber(record?.get('total'));
    for (const [s, n] of (record?.get('counts') ?? []) as [number, number][])
      found.set(nodeId(startAt(s)), toNumber(n));
  }
  return {
    counts: [...starts.values()]
      .sort(compareNodeRows)
      .map((node) => ({ node, count: found.get(nodeId(node)) ?? 0 })),
    distinct,
  };
}

export async function countRelationships(
  exec: Executor,
  query: RelationshipGroupQuery,
): Promise<RelationshipGroup[]> {
  const statement = scoped.countRelationships(query);
  if (!statement) return [];
  const { records } = await exec.readOne('countRelationships', statement);
  const startAt = scoped.startAt(scoped.byKind(query.from));
  const groups: RelationshipGroup[] = [];
  for (const record of records)
    for (const [s, values, n] of record.get('groups') as [number, unknown[], unknown][])
      groups.push({
        node: startAt(toNumber(s)),
        values: values.map((v): GroupValue =>
          v === null || v === undefined ? null : (plain(v) as GroupValue),
        ),
        count: toNumber(n),
      });
  return sortedRelationshipGroups(groups);
}

export async function aggregate(exec: Executor, query: AggregateQuery): Promise<AggregateGroup[]> {
  checkAggregate(query);
  if (emptyAggregate(query)) return [];
  const statement = scoped.aggregate(query);
  if (!statement) return [];
  const groupBy = query.groupBy ?? [];
  const sum = query.sum ?? [];
  const { records } = await exec.readOne('aggregate', statement);
  return sortedGroups(
    records.map((record) => {
      const viaLabels = record.get('viaLabels') as string[] | null;
      const viaKey = record.get('viaKey') as string | null;
      return {
        kind: kindOf(record.get('labels') as string[]),
        via: viaLabels && viaKey !== null ? { kind: kindOf(viaLabels), key: viaKey } : null,
        values: groupBy.map((_, i) => record.get(`g${i}`) as string | null),
        count: toNumber(record.get('n')),
        sums: sum.map((_, i) => toNumber(record.get(`s${i}`))),
      };
    }),
  );
}
