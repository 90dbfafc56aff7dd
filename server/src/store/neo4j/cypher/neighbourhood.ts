/**
 * Statements of the neighbourhood walk (neighbourhood.ts drives them). Each returns neighbours in
 * id order — (label, key), the order of `Kind:key` strings, since a kind never holds a `:` — and
 * at most `$cap` of them, so the work is bounded by the answer's budget, not by the graph:
 *
 * - `walkStart`: the centre, its degree and, unless it is a hub, its first neighbours;
 * - `expandRun`: the first `$cap` distinct neighbours of a run of nodes read whole (ordinary ones,
 *   and hubs for which that reads less than asking kind by kind), in (position in the run, id)
 *   order. Per node only its first `$cap` neighbours are sorted; a
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
 * Neighbours come back as one list in one row (the driver builds an object per row and per field).
 * Every returned node carries its degree, so the walk knows which ones are hubs, and a hub also its
 * degree by relationship type (unless the walk stops at that level), so the walk asks only for the
 * kinds it can reach and only for as many kinds as the budget needs. Nodes are named by Neo4j's
 * integer ids (see neighbourhood.ts).
 */
import neo4j, { type Integer } from 'neo4j-driver';
import { nodeKinds, relTypeNames, type NodeKind, type NodeRef } from '@chanjiao/graph-schema';
import type { Statement } from '../executor.ts';
import { label, relType } from '../names.ts';
import { perSchema } from '../per-schema.ts';
import { namesByKind, namesByType, packed } from './props.ts';

/**
 * Nodes with more relationships than this are hubs: never expanded to find the relationships among
 * the answer's nodes, and walked kind by kind unless reading them whole costs less.
 */
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
function neighbour(types = true): string {
  return `[id(m), labels(m)[0], m.key, COUNT { (m)--() },
  ${types ? `CASE WHEN COUNT { (m)--() } > $hub THEN ${typedDegrees('m')} END` : 'null'}]`;
}

/**
 * Node ids as parameters: integers (a JavaScript number would reach Neo4j as a float, which no id
 * lookup accepts).
 */
const ints = (ids: number[]) => ids.map((id) => neo4j.int(id));

export function walkStart(center: NodeRef, cap: number, hubDegree: number): Statement {
  return {
    cypher: `MATCH (c:${label(center.kind)} {key: $key})
WITH c, COUNT { (c)--() } AS degree
CALL (c, degree) {
  WITH c WHERE degree <= $hub
  MATCH (c)--(m) WHERE m <> c
  WITH DISTINCT m ORDER BY labels(m)[0], m.key LIMIT $cap
  RETURN collect(${neighbour()}) AS found
}
RETURN id(c) AS id, degree, CASE WHEN degree > $hub THEN ${typedDegrees('c')} END AS types,
       found`,
    params: { key: center.key, cap: neo4j.int(cap), hub: neo4j.int(hubDegree) },
  };
}

/** `types`: whether hubs among the neighbours come with their typed degrees (to be walked on). */
export function expandRun(ids: number[], cap: number, hubDegree: number, types = true): Statement {
  return {
    cypher: `UNWIND $ids AS id
MATCH (p) WHERE id(p) = id
CALL (p) {
  MATCH (p)--(m)
  WITH DISTINCT m ORDER BY labels(m)[0], m.key LIMIT $cap
  RETURN m
}
WITH DISTINCT m LIMIT $cap
RETURN collect(${neighbour(types)}) AS found`,
    params: { ids: ints(ids), cap: neo4j.int(cap), hub: neo4j.int(hubDegree) },
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
  id: number,
  options: { cap: number; count: number; hubDegree: number; types: boolean },
): Statement {
  const { cap, count, hubDegree } = options;
  const types = rels.map(relType).join('|');
  // Index entries expected before `$cap` neighbours turn up, against the cost of expanding.
  const scan = 'CASE WHEN d > $cap THEN $cap * $count / d ELSE $count END';
  return {
    cypher: `MATCH (p:${label(from)}) WHERE id(p) = $id
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
RETURN collect(${neighbour(options.types)}) AS found`,
    params: { id: neo4j.int(id), cap: neo4j.int(cap), count, hub: neo4j.int(hubDegree) },
  };
}

/** Relationship types as small numbers in answers (relTypeNames order). */
const typeNumbers = perSchema(() =>
  Object.fromEntries(relTypeNames.map((rel, i) => [rel, neo4j.int(i)])),
);

/**
 * The level a depth-limited walk expands last, folded into `subgraph`: the first `$cap` neighbours
 * of each node of the run (the frontier's ordinary nodes, in frontier order, as expandRun reads
 * them), those not already chosen, the first `room` of them added to the answer and one more
 * telling that the budget was spent. Filtering the chosen ones out before the LIMIT keeps the
 * walk's answer: at most `room` nodes were chosen before, so the first `room + 1` unchosen
 * neighbours are among expandRun's first `$cap`.
 */
export interface LastLevel {
  run: number[];
  room: number;
  cap: number;
  hubDegree: number;
}

/**
 * The chosen nodes' properties, as [position, packed properties] with positions in `ids`, and the
 * relationships among them, as [type number, start id, end id, packed properties]: integers and
 * value lists (props.ts), not element ids, names and maps, since the answer is most of what the
 * driver decodes, and the parameters are integer lists only (the node ids, the positions of the
 * ordinary nodes, the ids of the hubs). A relationship is found from an ordinary end (once, from
 * its start node, when both ends are ordinary) or, between two hubs, pairwise. `y IN $ids` tests
 * against a set Neo4j builds once per statement from the list parameter.
 *
 * With `last`, the same statement first expands the walk's last level (LastLevel): one round trip
 * and one statement fewer, and the nodes it adds are not sent back to be asked for again. It then
 * also returns `added` ([id, kind, key] in the order the walk takes them, placed after `nodes`'
 * positions) and `truncated`.
 */
export function subgraph(
  nodes: { id: number; kind: NodeKind; hub: boolean }[],
  last?: LastLevel,
): Statement {
  const low: Integer[] = [];
  const high: Integer[] = [];
  const ids = nodes.map(({ id, hub }) => {
    const value = neo4j.int(id);
    (hub ? high : low).push(value);
    return value;
  });
  const params = {
    ids,
    low,
    high,
    types: typeNumbers(),
    relNames: allRelNames(),
    rowItems: neo4j.int(subgraphRowItems),
  };
  if (!last)
    return {
      cypher: `${subgraphBody('$ids', '$low', '$high', '$names[labels(x)[0]]')}
${inRows('nodes', 'fromLow + amongHubs', 'false', '[]')}`,
      params: { ...params, names: namesByKind(new Set(nodes.map((n) => n.kind))) },
    };
  return {
    cypher: `CALL () {
  UNWIND $run AS rid
  MATCH (p) WHERE id(p) = rid
  CALL (p) {
    MATCH (p)--(m)
    WITH DISTINCT m ORDER BY labels(m)[0], m.key LIMIT $cap
    RETURN m
  }
  WITH DISTINCT m
  WITH m WHERE NOT id(m) IN $ids
  WITH m LIMIT $more
  RETURN collect(m) AS found
}
WITH found[0..$room] AS added, size(found) > $room AS truncated
WITH added, truncated, $ids + [m IN added | id(m)] AS ids,
     $low + [m IN added WHERE COUNT { (m)--() } <= $hub | id(m)] AS low,
     $high + [m IN added WHERE COUNT { (m)--() } > $hub | id(m)] AS high
${subgraphBody('ids', 'low', 'high', 'coalesce($names[labels(x)[0]], [])')}
${inRows('nodes', 'fromLow + amongHubs', 'truncated', '[m IN added | [id(m), labels(m)[0], m.key]]')}`,
    params: {
      ...params,
      names: allNodeNames(),
      run: ints(last.run),
      cap: neo4j.int(last.cap),
      room: neo4j.int(last.room),
      more: neo4j.int(last.room + 1),
      hub: neo4j.int(last.hubDegree),
    },
  };
}

/** Items in one row of the subgraph's answer (see inRows). */
export const subgraphRowItems = 40;

/**
 * The answer in rows of `part, items`: part 0 once, with [truncated, added]; then the nodes (part 1)
 * and the relationships (part 2), `$rowItems` to a row. The driver decodes a record spread over
 * many network chunks at a cost that grows faster than its size, so a 290 KB answer costs less as
 * many small records than as one.
 */
function inRows(nodes: string, edges: string, truncated: string, added: string): string {
  return `WITH ${nodes} AS nodes, ${edges} AS edges, ${truncated} AS truncated, ${added} AS added
UNWIND [[0, [truncated, added]]]
  + [k IN range(0, size(nodes) - 1, $rowItems) | [1, nodes[k..k + $rowItems]]]
  + [k IN range(0, size(edges) - 1, $rowItems) | [2, edges[k..k + $rowItems]]] AS row
RETURN row[0] AS part, row[1] AS items`;
}

/**
 * The three reads of `subgraph`, over node id lists given as parameters or as variables bound
 * before (`ids`, `low`, `high`: Cypher expressions); `names` is the declared names' expression.
 */
function subgraphBody(ids: string, low: string, high: string, names: string): string {
  const scope = (...vars: string[]) => vars.filter((v) => !v.startsWith('$')).join(', ');
  return `CALL (${scope(ids)}) {
  UNWIND range(0, size(${ids}) - 1) AS i
  MATCH (x) WHERE id(x) = ${ids}[i]
  RETURN collect([i, ${packed('x', names)}]) AS nodes
}
CALL (${scope(ids, low, high)}) {
  UNWIND ${low} AS xid
  MATCH (x) WHERE id(x) = xid
  MATCH (x)-[r]-(y)
  WITH x, r, id(y) AS yid
  WHERE yid IN ${ids} AND (startNode(r) = x OR yid IN ${high})
  RETURN collect([$types[type(r)], id(startNode(r)), id(endNode(r)), ${relValues}]) AS fromLow
}
CALL (${scope(high)}) {
  UNWIND ${high} AS id
  MATCH (h) WHERE id(h) = id
  WITH collect(h) AS hs
  UNWIND hs AS x
  UNWIND hs AS y
  MATCH (x)-[r]->(y)
  RETURN collect([$types[type(r)], id(x), id(y), ${relValues}]) AS amongHubs
}`;
}

const relValues = packed('r', '$relNames[type(r)]');
const allRelNames = perSchema(() => namesByType(relTypeNames));
const allNodeNames = perSchema(() => namesByKind(Object.keys(nodeKinds) as NodeKind[]));
