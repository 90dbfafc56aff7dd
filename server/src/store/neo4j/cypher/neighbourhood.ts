/**
 * Statements of the neighbourhood walk (neighbourhood.ts drives them). Each returns neighbours in
 * id order — (label, key), the order of `Kind:key` strings, since a kind never holds a `:` — and
 * at most `$cap` of them, so the work is bounded by the answer's budget, not by the graph:
 *
 * - `walkStart`: the centre, its degree and, unless it is a hub, its first neighbours;
 * - `expandRun`: the first `$cap` distinct neighbours of a run of ordinary (non-hub) nodes, in
 *   (position in the run, id) order. Per node only its first `$cap` neighbours are sorted; a
 *   streaming DISTINCT keeps each node's first occurrence and LIMIT stops the stream, so nodes
 *   late in the run are not expanded once enough were found;
 * - `hubNeighbours`: for a hub (degree above `hubDegree`), its first `$cap` neighbours of one kind.
 *   The typed degree (from the degree store) picks the cheaper way: expanding the relationships of
 *   the types that join the two kinds and keeping the smallest keys, or walking that kind's key
 *   index in order and keeping nodes adjacent to the hub (about cap · count / degree entries,
 *   where expanding costs the degree);
 * - `subgraph`: the returned nodes' properties and the relationships among them, each found from
 *   its lower-degree end: hubs are not expanded, relationships between two hubs are looked up
 *   pairwise.
 * Every returned node carries its degree, so the walk knows which ones are hubs, and a hub also its
 * degree by relationship type, so the walk asks only for the kinds it can reach and only for as
 * many kinds as the budget needs.
 */
import neo4j, { type Integer } from 'neo4j-driver';
import { relTypeNames, type NodeKind, type NodeRef } from '@chanjiao/graph-schema';
import type { Statement } from '../executor.ts';
import { label, relType } from '../names.ts';
import { perSchema } from '../per-schema.ts';
import { namesByKind, namesByType, packed } from './props.ts';

/** Nodes with more relationships than this are walked kind by kind, never expanded whole. */
export const defaultHubDegree = 1000;

/**
 * A node's degree by relationship type, in relTypeNames order: for a hub (a dense node), each is a
 * lookup in its relationship groups, not a walk, and tells the walk which neighbour kinds can have
 * anything before it asks for them.
 */
function typedDegrees(v: string): string {
  return `[${relTypeNames.map((rel) => `COUNT { (${v})-[:${relType(rel)}]-() }`).join(', ')}]`;
}

/**
 * How a neighbour `m` comes back: [id, kind, key, degree, typed degrees if a hub]. A list, not a
 * map: the driver decodes every map key of every row as a string of its own.
 */
const neighbour = `[elementId(m), labels(m)[0], m.key, COUNT { (m)--() },
  CASE WHEN COUNT { (m)--() } > $hub THEN ${typedDegrees('m')} END]`;

export function walkStart(center: NodeRef, cap: number, hubDegree: number): Statement {
  return {
    cypher: `MATCH (c:${label(center.kind)} {key: $key})
WITH c, COUNT { (c)--() } AS degree
CALL (c, degree) {
  WITH c WHERE degree <= $hub
  MATCH (c)--(m) WHERE m <> c
  WITH DISTINCT m ORDER BY labels(m)[0], m.key LIMIT $cap
  RETURN collect(${neighbour}) AS found
}
RETURN elementId(c) AS id, degree, CASE WHEN degree > $hub THEN ${typedDegrees('c')} END AS types,
       found`,
    params: { key: center.key, cap: neo4j.int(cap), hub: neo4j.int(hubDegree) },
  };
}

export function expandRun(ids: string[], cap: number, hubDegree: number): Statement {
  return {
    cypher: `UNWIND $batch.ids AS id
MATCH (p) WHERE elementId(p) = id
CALL (p) {
  MATCH (p)--(m)
  WITH DISTINCT m ORDER BY labels(m)[0], m.key LIMIT $cap
  RETURN m
}
WITH DISTINCT m LIMIT $cap
RETURN ${neighbour} AS n`,
    params: { batch: { ids }, cap: neo4j.int(cap), hub: neo4j.int(hubDegree) },
  };
}

/**
 * A hub's first `$cap` neighbours of kind `to`, by key. `rels` are the types that may join a node
 * of kind `from` to one of kind `to`; `$count` is the number of `to` nodes (an estimate is enough:
 * it only picks the strategy).
 */
export function hubNeighbours(
  from: NodeKind,
  to: NodeKind,
  rels: string[],
  id: string,
  cap: number,
  count: number,
  hubDegree: number,
): Statement {
  const types = rels.map(relType).join('|');
  // Index entries expected before `$cap` neighbours turn up, against the cost of expanding.
  const scan = 'CASE WHEN d > $cap THEN $cap * $count / d ELSE $count END';
  return {
    cypher: `MATCH (p:${label(from)}) WHERE elementId(p) = $id
WITH p, COUNT { (p)-[:${types}]-() } AS d WHERE d > 0
CALL (p, d) {
  WITH p WHERE 3 * ${scan} >= d
  MATCH (p)-[:${types}]-(m:${label(to)})
  WITH DISTINCT m ORDER BY m.key LIMIT $cap
  RETURN m
  UNION ALL
  WITH p WHERE 3 * ${scan} < d
  CALL (p) {
    MATCH (m:${label(to)}) WHERE m.key >= '' AND EXISTS { (p)-[:${types}]-(m) }
    WITH m ORDER BY m.key LIMIT $cap
    RETURN m
  }
  RETURN m
}
RETURN ${neighbour} AS n`,
    params: { id, cap: neo4j.int(cap), count, hub: neo4j.int(hubDegree) },
  };
}

/** Relationship types as small numbers in answers (relTypeNames order). */
const typeNumbers = perSchema(() =>
  Object.fromEntries(relTypeNames.map((rel, i) => [rel, neo4j.int(i)])),
);

/**
 * The chosen nodes' properties, as [position, packed properties] with positions in `nodes`, and
 * the relationships among them, as [type number, from position, to position, packed properties]:
 * positions, numbers and value lists (props.ts), not element ids, names and maps, since the answer
 * is most of what the driver decodes. A relationship is found from an ordinary end (once, from its
 * start node, when both ends are ordinary) or, between two hubs, pairwise.
 */
export function subgraph(nodes: { id: string; kind: NodeKind; hub: boolean }[]): Statement {
  // Positions go as integers: a JavaScript number is a float to Neo4j, which indexes no list.
  const index: Record<string, Integer> = {};
  const low: Integer[] = [];
  const high: Integer[] = [];
  nodes.forEach(({ id, hub }, i) => {
    index[id] = neo4j.int(i);
    (hub ? high : low).push(neo4j.int(i));
  });
  return {
    cypher: `CALL () {
  UNWIND range(0, size($batch.ids) - 1) AS i
  MATCH (x) WHERE elementId(x) = $batch.ids[i]
  RETURN collect([i, ${packed('x', '$names[labels(x)[0]]')}]) AS nodes
}
CALL () {
  UNWIND $batch.low AS i
  MATCH (x) WHERE elementId(x) = $batch.ids[i]
  MATCH (x)-[r]-(y)
  WITH i, x, r, $batch.index[elementId(y)] AS j
  WHERE j IS NOT NULL AND (startNode(r) = x OR $batch.hub[j])
  RETURN collect(CASE WHEN startNode(r) = x THEN [$types[type(r)], i, j, ${relValues}]
                      ELSE [$types[type(r)], j, i, ${relValues}] END) AS fromLow
}
CALL () {
  UNWIND $batch.high AS i
  MATCH (x) WHERE elementId(x) = $batch.ids[i]
  WITH collect([i, x]) AS hs
  UNWIND hs AS a
  UNWIND hs AS b
  WITH a[0] AS i, a[1] AS x, b[0] AS j, b[1] AS y
  MATCH (x)-[r]->(y)
  RETURN collect([$types[type(r)], i, j, ${relValues}]) AS amongHubs
}
RETURN nodes, fromLow + amongHubs AS edges`,
    params: {
      batch: { ids: nodes.map((n) => n.id), index, low, high, hub: nodes.map((n) => n.hub) },
      types: typeNumbers(),
      names: namesByKind(new Set(nodes.map((n) => n.kind))),
      relNames: allRelNames(),
    },
  };
}

const relValues = packed('r', '$relNames[type(r)]');
const allRelNames = perSchema(() => namesByType(relTypeNames));
