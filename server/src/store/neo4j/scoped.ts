/**
 * The Neo4j store's scoped reads (`getNodes`, `expand`, `countNeighbours` of the store port): one Cypher
 * statement per call, in a read transaction. Start nodes are matched by key through each kind's
 * uniqueness constraint (one UNION branch per kind, since a label cannot be a parameter); the kind
 * filter is a label expression and the `where` semi-join an EXISTS subquery on the reached node,
 * so Neo4j drops what fails them. Counts are `count(DISTINCT …)` inside Neo4j: nothing counted is
 * sent over the wire. Labels and types come only from graph-schema's enums, checked here before
 * they are written into a statement; every value is a parameter.
 */
import neo4j, { type ManagedTransaction } from 'neo4j-driver';
import {
  isNodeKind,
  isRelType,
  nodeId,
  type NodeKind,
  type NodeRef,
  type Props,
  type RelType,
} from '@chanjiao/graph-schema';
import { scopedReadTooLarge } from '../limits.ts';
import { compareEdgeRows, compareNodeRows } from '../order.ts';
import type {
  CountQuery,
  EdgeRow,
  ExpandQuery,
  Expansion,
  NeighbourCounts,
  NeighbourFilter,
  NodeRow,
} from '../port.ts';
import { toPlainProps } from './errors.ts';

/** How the adapter runs a read transaction (its `read`, with error mapping and metadata). */
export type ReadTransaction = <T>(
  operation: string,
  work: (tx: ManagedTransaction) => Promise<T>,
) => Promise<T>;

interface Statement {
  cypher: string;
  params: Record<string, unknown>;
}

function label(kind: string): string {
  if (!isNodeKind(kind)) throw new Error(`not a node kind: ${kind}`);
  return `\`${kind}\``;
}

function types(rels: RelType[]): string {
  return rels
    .map((rel) => {
      if (!isRelType(rel)) throw new Error(`not a relationship type: ${rel}`);
      return `\`${rel}\``;
    })
    .join('|');
}

function byKind(refs: NodeRef[]): Map<NodeKind, string[]> {
  const out = new Map<NodeKind, Set<string>>();
  for (const ref of refs) {
    const keys = out.get(ref.kind) ?? new Set<string>();
    keys.add(ref.key);
    out.set(ref.kind, keys);
  }
  return new Map([...out].map(([kind, keys]) => [kind, [...keys]]));
}

/** The arrow of a hop from `a` to `b`, in Cypher. */
const arrow = (direction: 'out' | 'in', rel: string) =>
  direction === 'out' ? `-[${rel}]->` : `<-[${rel}]-`;

/**
 * The shared head of both statements: start nodes `a` by kind, the hop to `b`, the kind filter and
 * the semi-join. Null when nothing can match (no start, no type, an empty target set).
 */
export function hopStatement(query: CountQuery): Statement | null {
  const starts = byKind(query.from);
  const rels = [...new Set(query.rels)];
  if (starts.size === 0 || rels.length === 0) return null;
  const params: Record<string, unknown> = {};
  const branches = [...starts].map(([kind, keys], i) => {
    params[`from${i}`] = keys;
    return `UNWIND $from${i} AS k MATCH (a:${label(kind)} {key: k}) RETURN a`;
  });
  const conditions: string[] = [];
  if (query.kinds) {
    const kinds = [...new Set(query.kinds)];
    if (kinds.length === 0) return null;
    conditions.push(`b:${kinds.map(label).join('|')}`);
  }
  if (query.where) {
    const semi = semiJoin(query.where, params);
    if (!semi) return null;
    conditions.push(semi);
  }
  const cypher =
    `CALL { ${branches.join(' UNION ALL ')} }\n` +
    `MATCH (a)${arrow(query.direction, `r:${types(rels)}`)}(b)` +
    (conditions.length ? `\nWHERE ${conditions.join(' AND ')}` : '');
  return { cypher, params };
}

function semiJoin(where: NeighbourFilter, params: Record<string, unknown>): string | null {
  const targets = byKind(where.to);
  const rels = [...new Set(where.rels)];
  if (targets.size === 0 || rels.length === 0) return null;
  const alternatives = [...targets].map(([kind, keys], i) => {
    params[`to${i}`] = keys;
    return `(t:${label(kind)} AND t.key IN $to${i})`;
  });
  return `EXISTS { MATCH (b)${arrow(where.direction, `:${types(rels)}`)}(t) WHERE ${alternatives.join(' OR ')} }`;
}

/** `expand` as one statement: the first `limit + 1` relationships and their distinct other ends. */
export function expandStatement(query: ExpandQuery): Statement | null {
  const head = hopStatement(query);
  if (!head) return null;
  return {
    cypher: `${head.cypher}
WITH a, r, b LIMIT $cap
WITH collect({a: a.key, aLabels: labels(a), rel: type(r), p: properties(r), b: b.key, bLabels: labels(b)}) AS edges,
     collect(DISTINCT b) AS reached
RETURN edges, [n IN reached | {key: n.key, labels: labels(n), p: CASE WHEN $props THEN properties(n) ELSE null END}] AS nodes`,
    params: { ...head.params, cap: neo4j.int(query.limit + 1), props: query.props !== false },
  };
}

/**
 * `countNeighbours` as one statement: grouping by the reached node first gives the distinct total
 * (the number of groups) and, unwound, each start node's distinct count.
 */
export function countStatement(query: CountQuery): Statement | null {
  const head = hopStatement(query);
  if (!head) return null;
  return {
    cypher: `${head.cypher}
WITH b, collect(DISTINCT a) AS starts
WITH count(b) AS total, collect(starts) AS groups
UNWIND groups AS starts
UNWIND starts AS a
RETURN total, a.key AS key, labels(a) AS labels, count(*) AS n`,
    params: head.params,
  };
}

function kindOf(labels: string[]): NodeKind {
  const kind = labels.find(isNodeKind);
  if (!kind) throw new Error(`node without a known kind label: ${labels.join(',')}`);
  return kind;
}

function withoutKey(properties: Record<string, unknown>): Props {
  const { key: _key, ...props } = toPlainProps(properties);
  return props;
}

interface EdgeRecord {
  a: string;
  aLabels: string[];
  rel: RelType;
  p: Record<string, unknown>;
  b: string;
  bLabels: string[];
}

export async function getNodesNeo4j(read: ReadTransaction, refs: NodeRef[]): Promise<NodeRow[]> {
  const kinds = byKind(refs);
  if (kinds.size === 0) return [];
  const params: Record<string, unknown> = {};
  const branches = [...kinds].map(([kind, keys], i) => {
    params[`keys${i}`] = keys;
    return `UNWIND $keys${i} AS k MATCH (n:${label(kind)} {key: k}) RETURN labels(n) AS labels, n.key AS key, properties(n) AS p`;
  });
  const records = await read('getNodes', async (tx) => {
    const res = await tx.run(branches.join(' UNION ALL '), params);
    return res.records;
  });
  const nodes = records.map((r) => ({
    kind: kindOf(r.get('labels') as string[]),
    key: r.get('key') as string,
    props: withoutKey(r.get('p') as Record<string, unknown>),
  }));
  return nodes.sort(compareNodeRows);
}

export async function expandNeo4j(read: ReadTransaction, query: ExpandQuery): Promise<Expansion> {
  const statement = expandStatement(query);
  if (!statement) return { nodes: [], edges: [] };
  const record = await read('expand', async (tx) => {
    const res = await tx.run(statement.cypher, statement.params);
    return res.records[0];
  });
  const rawEdges = (record?.get('edges') as EdgeRecord[] | undefined) ?? [];
  if (rawEdges.length > query.limit) throw scopedReadTooLarge(query.limit);
  const edges: EdgeRow[] = rawEdges.map((e) => {
    const start = { kind: kindOf(e.aLabels), key: e.a };
    const other = { kind: kindOf(e.bLabels), key: e.b };
    const props = toPlainProps(e.p);
    return query.direction === 'out'
      ? { rel: e.rel, from: start, to: other, props }
      : { rel: e.rel, from: other, to: start, props };
  });
  const rawNodes =
    (record?.get('nodes') as
      { key: string; labels: string[]; p: Record<string, unknown> | null }[] | undefined) ?? [];
  const nodes: NodeRow[] = rawNodes.map((n) => ({
    kind: kindOf(n.labels),
    key: n.key,
    props: n.p ? withoutKey(n.p) : {},
  }));
  nodes.sort(compareNodeRows);
  edges.sort(compareEdgeRows);
  return { nodes, edges };
}

export async function countNeighboursNeo4j(
  read: ReadTransaction,
  query: CountQuery,
): Promise<NeighbourCounts> {
  const starts = new Map<string, NodeRef>();
  for (const ref of query.from) starts.set(nodeId(ref), { kind: ref.kind, key: ref.key });
  const found = new Map<string, number>();
  let distinct = 0;
  const statement = countStatement(query);
  if (statement) {
    const records = await read('countNeighbours', async (tx) => {
      const res = await tx.run(statement.cypher, statement.params);
      return res.records;
    });
    for (const record of records) {
      distinct = record.get('total') as number;
      const ref = {
        kind: kindOf(record.get('labels') as string[]),
        key: record.get('key') as string,
      };
      found.set(nodeId(ref), record.get('n') as number);
    }
  }
  return {
    counts: [...starts.values()]
      .sort(compareNodeRows)
      .map((node) => ({ node, count: found.get(nodeId(node)) ?? 0 })),
    distinct,
  };
}
