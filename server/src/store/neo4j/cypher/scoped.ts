/**
 * Statements of the scoped reads analyses compose (`getNodes`, `expand`, `countNeighbours` of the
 * store port), one statement per call. Start nodes are matched by key through each kind's
 * uniqueness constraint (one UNION branch per kind, since a label cannot be a parameter); the kind
 * filter is a label expression and the `where` semi-join an EXISTS subquery on the reached node,
 * so Neo4j drops what fails them — or, for `expand`, the hop is walked back from the semi-join's
 * targets when their degrees are smaller than the start nodes' (backHop). Counts are `count(DISTINCT …)` inside Neo4j: nothing counted is
 * sent over the wire. Key lists travel inside the `$batch` map, so one plan serves every list size.
 */
import neo4j from 'neo4j-driver';
import { nodeKinds, type NodeKind, type NodeRef, type RelType } from '@chanjiao/graph-schema';
import type {
  AggregateQuery,
  CountQuery,
  ExpandQuery,
  NeighbourFilter,
  RelationshipGroupQuery,
} from '../../port.ts';
import type { Statement } from '../executor.ts';
import { label, relType } from '../names.ts';
import { perSchema } from '../per-schema.ts';
import { namesByKind, namesByType, packed } from './props.ts';

export const types = (rels: RelType[]) => rels.map(relType).join('|');

/** Keys by kind, each kind and key once, in first-seen order. */
export function byKind(refs: NodeRef[]): Map<NodeKind, string[]> {
  const out = new Map<NodeKind, Set<string>>();
  for (const ref of refs) {
    const keys = out.get(ref.kind) ?? new Set<string>();
    keys.add(ref.key);
    out.set(ref.kind, keys);
  }
  return new Map([...out].map(([kind, keys]) => [kind, [...keys]]));
}

/** The arrow of a hop from `a` to `b`, in Cypher. */
export const arrow = (direction: 'out' | 'in', rel: string) =>
  direction === 'out' ? `-[${rel}]->` : `<-[${rel}]-`;

export function getNodes(refs: NodeRef[]): Statement | null {
  const kinds = byKind(refs);
  if (kinds.size === 0) return null;
  const batch: Record<string, string[]> = {};
  const branches = [...kinds].map(([kind, keys], i) => {
    batch[`keys${i}`] = keys;
    return `UNWIND $batch.keys${i} AS k MATCH (n:${label(kind)} {key: k}) RETURN labels(n) AS labels, n.key AS key, properties(n) AS p`;
  });
  return { cypher: branches.join(' UNION ALL '), params: { batch } };
}

/**
 * The shared head of both hop statements: start nodes `a` by kind, each with its position `s` in
 * the start list (see startAt), the hop to `b`, the kind filter and the semi-join. Null when
 * nothing can match (no start, no type, an empty target set).
 */
export function hop(query: CountQuery): Statement | null {
  const starts = byKind(query.from);
  const rels = [...new Set(query.rels)];
  if (starts.size === 0 || rels.length === 0) return null;
  const batch: Record<string, string[]> = {};
  const branches = [...starts].map(([kind, keys], i) => {
    batch[`from${i}`] = keys;
    return `UNWIND range(0, size($batch.from${i}) - 1) AS j MATCH (a:${label(kind)} {key: $batch.from${i}[j]}) RETURN a, j * ${starts.size} + ${i} AS s`;
  });
  const conditions: string[] = [];
  if (query.kinds) {
    const kinds = [...new Set(query.kinds)];
    if (kinds.length === 0) return null;
    conditions.push(`b:${kinds.map(label).join('|')}`);
  }
  if (query.where) {
    const semi = semiJoin(query.where, batch);
    if (!semi) return null;
    conditions.push(semi);
  }
  if (query.privateOf) conditions.push(visible('b'));
  const cypher =
    `CALL { ${branches.join(' UNION ALL ')} }\n` +
    `MATCH (a)${arrow(query.direction, `r:${types(rels)}`)}(b)` +
    (conditions.length ? `\nWHERE ${conditions.join(' AND ')}` : '');
  return { cypher, params: { batch, ...(query.privateOf && { orgs: [...query.privateOf] }) } };
}

const reverse = (direction: 'out' | 'in') => (direction === 'out' ? 'in' : 'out');

/** The semi-join's targets matched by key through each kind's constraint, as `t`. */
function targetBranches(where: NeighbourFilter, batch: Record<string, unknown>): string[] {
  return [...byKind(where.to)].map(([kind, keys], i) => {
    batch[`to${i}`] = keys;
    return `UNWIND $batch.to${i} AS k MATCH (t:${label(kind)} {key: k}) RETURN t`;
  });
}

/**
 * For a hop with a semi-join: the relationships of the hop's types at the start nodes (`start`)
 * and of the semi-join's types at its targets (`target`), each read from the node's degree, so
 * no relationship is read. The hop is walked from the side with fewer (see backHop).
 */
export function hopSides(query: CountQuery): Statement | null {
  const where = query.where;
  const starts = byKind(query.from);
  const rels = [...new Set(query.rels)];
  if (!where || starts.size === 0 || rels.length === 0 || where.to.length === 0) return null;
  const whereRels = [...new Set(where.rels)];
  if (whereRels.length === 0) return null;
  const batch: Record<string, unknown> = {};
  const fromStarts = [...starts].map(([kind, keys], i) => {
    batch[`from${i}`] = keys;
    return `UNWIND $batch.from${i} AS k MATCH (t:${label(kind)} {key: k}) RETURN t, 0 AS side`;
  });
  const fromTargets = targetBranches(where, batch).map((b) => `${b}, 1 AS side`);
  return {
    cypher: `CALL { ${[...fromStarts, ...fromTargets].join(' UNION ALL ')} }
RETURN sum(CASE WHEN side = 0 THEN COUNT { (t)${arrow(query.direction, `:${types(rels)}`)}() } ELSE 0 END) AS start,
  sum(CASE WHEN side = 1 THEN COUNT { (t)${arrow(reverse(where.direction), `:${types(whereRels)}`)}() } ELSE 0 END) AS target`,
    params: { batch },
  };
}

/**
 * The same head as hop(), walked back to the start nodes: from the semi-join's targets (the nodes
 * they reach that pass the kind filter, each once), or from every node of the wanted kinds; then
 * those nodes' relationships of the hop's types to a start node, whose position `s` (see startAt)
 * comes from a key → position map per kind. Chosen when that side has fewer relationships than
 * the start nodes: the 233 segments of a store against 108 competencies required by 88,000
 * occupations, postings and tasks; the segments that employ 658 occupations, against the 36,000
 * enterprises that do too.
 */
export function backHop(
  query: CountQuery,
  origin: 'targets' | 'kinds' = 'targets',
): Statement | null {
  const where = query.where;
  const starts = byKind(query.from);
  const rels = [...new Set(query.rels)];
  if (starts.size === 0 || rels.length === 0) return null;
  const kinds = query.kinds ? [...new Set(query.kinds)] : null;
  if (kinds?.length === 0) return null;
  const batch: Record<string, unknown> = {};
  const conditions: string[] = [];
  if (query.privateOf) conditions.push(visible('b'));
  let reached: string;
  if (origin === 'targets') {
    const whereRels = where ? [...new Set(where.rels)] : [];
    if (!where || whereRels.length === 0 || where.to.length === 0) return null;
    if (kinds) conditions.unshift(`b:${kinds.map(label).join('|')}`);
    reached =
      `CALL { ${targetBranches(where, batch).join(' UNION ALL ')} }\n` +
      `MATCH (t)${arrow(reverse(where.direction), `:${types(whereRels)}`)}(b)` +
      (conditions.length ? `\nWHERE ${conditions.join(' AND ')}` : '') +
      `\nWITH DISTINCT b`;
  } else {
    if (!kinds || where) return null;
    reached =
      `MATCH (b:${kinds.map(label).join('|')})` +
      (conditions.length ? ` WHERE ${conditions.join(' AND ')}` : '');
  }
  const positions = [...starts].map(([kind, keys], i) => {
    batch[`at${i}`] = Object.fromEntries(
      keys.map((key, j) => [key, neo4j.int(j * starts.size + i)]),
    );
    return `WHEN a:${label(kind)} THEN $batch.at${i}[a.key]`;
  });
  const cypher =
    `${reached}\n` +
    `MATCH (b)${arrow(reverse(query.direction), `r:${types(rels)}`)}(a)\n` +
    `WITH b, r, CASE ${positions.join(' ')} END AS s\nWHERE s IS NOT NULL`;
  return { cypher, params: { batch, ...(query.privateOf && { orgs: [...query.privateOf] }) } };
}

/**
 * For a hop filtered by kind without a semi-join: the relationships of the hop's types at the
 * start nodes (`start`), and the nodes of the wanted kinds (`nodes`) with their relationships of
 * those types (`rels`) — all read from degrees.
 */
export function kindSides(query: CountQuery): Statement | null {
  const starts = byKind(query.from);
  const rels = [...new Set(query.rels)];
  const kinds = query.kinds ? [...new Set(query.kinds)] : [];
  if (query.where || starts.size === 0 || rels.length === 0 || kinds.length === 0) return null;
  const batch: Record<string, unknown> = {};
  const branches = [...starts].map(([kind, keys], i) => {
    batch[`from${i}`] = keys;
    return `UNWIND $batch.from${i} AS k MATCH (t:${label(kind)} {key: k}) RETURN t`;
  });
  return {
    cypher: `CALL { ${branches.join(' UNION ALL ')} }
WITH sum(COUNT { (t)${arrow(query.direction, `:${types(rels)}`)}() }) AS start
CALL () {
  MATCH (n:${kinds.map(label).join('|')})
  RETURN count(n) AS nodes, sum(COUNT { (n)${arrow(reverse(query.direction), `:${types(rels)}`)}() }) AS rels
}
RETURN start, nodes, rels`,
    params: { batch },
  };
}

/**
 * The start node at position `s` of a hop statement: the starts are grouped by kind as byKind
 * groups them, and `s` is the position within the kind's keys times the number of kinds, plus the
 * kind's place — one small integer per relationship instead of the start node's key and labels.
 */
export function startAt(starts: Map<NodeKind, string[]>): (s: number) => NodeRef {
  const kinds = [...starts];
  const refs = new Map<number, NodeRef>();
  return (s) => {
    let ref = refs.get(s);
    if (!ref) {
      const [kind, keys] = kinds[s % kinds.length]!;
      ref = { kind, key: keys[Math.floor(s / kinds.length)]! };
      refs.set(s, ref);
    }
    return ref;
  };
}

/** Whether node `n` may be seen by a reader of the organisations in `$orgs`. */
export const visible = (n: string) =>
  `(${n}.visibility IS NULL OR ${n}.visibility <> 'private' OR (${n}.org IS :: STRING AND ${n}.org IN $orgs))`;

/** The `where` test on the reached node `b`, its targets' keys put into `batch` as `to<i>`. */
export function semiJoin(where: NeighbourFilter, batch: Record<string, string[]>): string | null {
  const targets = byKind(where.to);
  const rels = [...new Set(where.rels)];
  if (targets.size === 0 || rels.length === 0) return null;
  const alternatives = [...targets].map(([kind, keys], i) => {
    batch[`to${i}`] = keys;
    return `(t:${label(kind)} AND t.key IN $batch.to${i})`;
  });
  return `EXISTS { MATCH (b)${arrow(where.direction, `:${types(rels)}`)}(t) WHERE ${alternatives.join(' OR ')} }`;
}

const allNodeNames = perSchema(() => namesByKind(Object.keys(nodeKinds) as NodeKind[]));

/**
 * Items per answer row of `expand` (and of a projection). The driver decodes a message that spans
 * several Bolt chunks through a buffer that finds each byte by walking the chunks, so one row
 * holding a whole large answer costs time quadratic in its size (72,000 relationships in one row:
 * 5 s of client CPU), and a row that spans a few chunks still decodes its strings the slow way.
 * Measured at 1M on a 58,507-relationship hop (client CPU to decode, median of 5): 263 ms in rows
 * of 20, 270 of 40, 288 of 100, 342 of 200, 422 of 500.
 */
export const expandRowItems = 40;

/**
 * `expand`: the first `limit + 1` relationships and their distinct other ends, in rows of at most
 * `$rows` of each: `nodes` as [id, label, key, packed properties or null], `edges` as [start
 * position (startAt), other end's id, type's position in `rels`, packed properties] — lists, not
 * maps (the driver decodes every map key of every row), the start node named by a number, the other
 * end by its id, properties packed (props.ts). Past the limit, one row says so (`over`) and nothing
 * else is sent.
 */
export function expand(
  query: ExpandQuery,
  from: 'starts' | 'targets' | 'kinds' = 'starts',
): Statement | null {
  const head = from === 'starts' ? hop(query) : backHop(query, from);
  if (!head) return null;
  const rels = [...new Set(query.rels)];
  const nodeValues = packed('b', 'coalesce($names[labels(b)[0]], [])');
  return {
    cypher: `${head.cypher}
WITH s, r, b LIMIT $cap
WITH collect([s, id(b), $relIndex[type(r)], ${packed('r', '$relNames[type(r)]')}]) AS edges,
     collect(DISTINCT b) AS reached
WITH edges, reached, size(edges) > $limit AS over
UNWIND CASE WHEN over THEN [0]
  ELSE range(0, CASE WHEN size(edges) > size(reached) THEN size(edges) ELSE size(reached) END - 1, $rows) END AS i
RETURN over,
  CASE WHEN over THEN [] ELSE [b IN reached[i..i + $rows] | [id(b), labels(b)[0], b.key, CASE WHEN $props THEN ${nodeValues} END]] END AS nodes,
  CASE WHEN over THEN [] ELSE edges[i..i + $rows] END AS edges`,
    params: {
      ...head.params,
      cap: neo4j.int(query.limit + 1),
      limit: neo4j.int(query.limit),
      rows: neo4j.int(expandRowItems),
      props: query.props !== false,
      relIndex: Object.fromEntries(rels.map((rel, i) => [rel, neo4j.int(i)])),
      relNames: namesByType(rels),
      names: query.kinds ? namesByKind(new Set(query.kinds)) : allNodeNames(),
    },
  };
}

/**
 * `countNeighbours`: per start position (startAt), the distinct other ends' ids, grouped by start
 * — a group per start node, not per reached node (46,000 groups and one collected list each for
 * the enterprises of a large chain's segments) — then the distinct total over those lists, in one
 * row: `total` and `counts` as [start position, count] pairs.
 */
export function countNeighbours(query: CountQuery): Statement | null {
  const head = hop(query);
  if (!head) return null;
  return {
    cypher: `${head.cypher}
WITH s, collect(DISTINCT id(b)) AS reached
WITH collect([s, size(reached)]) AS counts, collect(reached) AS lists
CALL (lists) {
  UNWIND lists AS reached
  UNWIND reached AS id
  RETURN count(DISTINCT id) AS total
}
RETURN total, counts`,
    params: head.params,
  };
}

/**
 * `countRelationships`: per start position (startAt) and list of values — each property read by
 * name from `$g…`, kept when it is a number, boolean or text — the relationships counted inside
 * Neo4j, sent as [start position, values, count] items in rows of `$rows` (see expandRowItems).
 */
export function countRelationships(query: RelationshipGroupQuery): Statement | null {
  const head = hop(query);
  if (!head) return null;
  const names: Record<string, string> = {};
  const values = query.groupBy.map((name, i) => {
    names[`g${i}`] = name;
    const v = `r[$g${i}]`;
    return `CASE WHEN ${v} IS :: INTEGER OR ${v} IS :: FLOAT OR ${v} IS :: BOOLEAN OR ${v} IS :: STRING THEN ${v} END`;
  });
  return {
    cypher: `${head.cypher}
WITH s, [${values.join(', ')}] AS values, count(r) AS n
WITH collect([s, values, n]) AS groups
UNWIND range(0, size(groups) - 1, $rows) AS i
RETURN groups[i..i + $rows] AS groups`,
    params: { ...head.params, ...names, rows: neo4j.int(expandRowItems) },
  };
}

/**
 * `aggregate`: the semi-join's targets by kind, the counted nodes reached back from them (each
 * once), the `via` path from each, each (counted node, end) pair once, then the groups — property
 * values read by name from `$g…` / `$s…` parameters, text values only for groups, finite numbers
 * only for sums — all counted inside Neo4j. A group may come back split by label lists; the
 * caller merges by kind.
 */
export function aggregate(query: AggregateQuery): Statement | null {
  const targets = byKind(query.where.to);
  const kinds = [...new Set(query.kinds)];
  const whereRels = [...new Set(query.where.rels)];
  if (targets.size === 0 || kinds.length === 0 || whereRels.length === 0) return null;
  const batch: Record<string, string[]> = {};
  const branches = [...targets].map(([kind, keys], i) => {
    batch[`to${i}`] = keys;
    return `UNWIND $batch.to${i} AS k MATCH (t:${label(kind)} {key: k}) RETURN t`;
  });
  const params: Record<string, unknown> = { batch };
  if (query.privateOf) params.orgs = [...query.privateOf];
  const hidden = (n: string) => (query.privateOf ? ` AND ${visible(n)}` : '');
  const via = query.via ?? [];
  let path = '(c)';
  const conditions: string[] = [];
  via.forEach((step, i) => {
    const rels = [...new Set(step.rels)];
    path += `${arrow(step.direction, `:${types(rels)}`)}(v${i})`;
    if (step.kinds) conditions.push(`v${i}:${[...new Set(step.kinds)].map(label).join('|')}`);
    if (query.privateOf) conditions.push(visible(`v${i}`));
  });
  const groupBy = query.groupBy ?? [];
  const sum = query.sum ?? [];
  groupBy.forEach((name, i) => (params[`g${i}`] = name));
  sum.forEach((name, i) => (params[`s${i}`] = name));
  const columns = [
    'labels(c) AS labels',
    'labels(v) AS viaLabels',
    'v.key AS viaKey',
    ...groupBy.map((_, i) => `CASE WHEN c[$g${i}] IS :: STRING THEN c[$g${i}] END AS g${i}`),
    'count(*) AS n',
    ...sum.map(
      (_, i) =>
        `sum(CASE WHEN c[$s${i}] IS :: INTEGER OR c[$s${i}] IS :: FLOAT THEN c[$s${i}] ELSE 0 END) AS s${i}`,
    ),
  ];
  const cypher = `CALL { ${branches.join(' UNION ALL ')} }
MATCH (c)${arrow(query.where.direction, `:${types(whereRels)}`)}(t)
WHERE c:${kinds.map(label).join('|')}${hidden('c')}
WITH DISTINCT c
${
  via.length
    ? `MATCH ${path}${conditions.length ? ` WHERE ${conditions.join(' AND ')}` : ''}
WITH DISTINCT c, v${via.length - 1} AS v`
    : 'WITH c, null AS v'
}
RETURN ${columns.join(', ')}`;
  return { cypher, params };
}
