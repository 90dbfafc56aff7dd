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
 * Every returned neighbour carries its degree, so the walk knows which ones are hubs.
 */
import neo4j from 'neo4j-driver';
import type { NodeKind, NodeRef } from '@chanjiao/graph-schema';
import type { Statement } from '../executor.ts';
import { label, relType } from '../names.ts';

/** Nodes with more relationships than this are walked kind by kind, never expanded whole. */
export const defaultHubDegree = 1000;

const neighbour = `{id: elementId(m), kind: labels(m)[0], key: m.key, degree: COUNT { (m)--() }}`;

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
RETURN elementId(c) AS id, degree, found`,
    params: { key: center.key, cap: neo4j.int(cap), hub: neo4j.int(hubDegree) },
  };
}

export function expandRun(ids: string[], cap: number): Statement {
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
    params: { batch: { ids }, cap: neo4j.int(cap) },
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
    params: { id, cap: neo4j.int(cap), count },
  };
}

export function subgraph(ids: string[], hubDegree: number): Statement {
  return {
    cypher: `UNWIND $batch.ids AS id
MATCH (x) WHERE elementId(x) = id
WITH collect(x) AS ns
CALL (ns) {
  CALL (ns) {
    UNWIND ns AS x
    WITH x, ns WHERE COUNT { (x)--() } <= $hub
    MATCH (x)-[r]-(y) WHERE y IN ns AND (startNode(r) = x OR COUNT { (y)--() } > $hub)
    RETURN r
    UNION
    WITH [x IN ns WHERE COUNT { (x)--() } > $hub] AS hubs
    UNWIND hubs AS a
    UNWIND hubs AS b
    MATCH (a)-[r]->(b)
    RETURN r
  }
  RETURN collect({rel: type(r), from: elementId(startNode(r)), to: elementId(endNode(r)),
                  p: properties(r)}) AS edges
}
RETURN [x IN ns | {id: elementId(x), p: properties(x)}] AS nodes, edges`,
    params: { batch: { ids }, hub: neo4j.int(hubDegree) },
  };
}
