/**
 * Statements of the full export, every page bounded whatever the graph's size, so the export runs
 * in constant memory and each page costs the same:
 * - nodes of one kind in key order, from just after the last key of the previous page: a range
 *   seek on the kind's key index, which also gives the order;
 * - relationships of one type leaving nodes of one kind, by the same seek: the next `limit` of
 *   them in start-key order; a start node cut off by the limit is read again at the next page, or
 *   alone when its relationships fill a whole page;
 * - all relationships of one type leaving one kind, for a pair with at most a page of them;
 * - how many relationships of each type leave each kind (count store), to skip empty pairs and to
 *   size the runs;
 * - the labels and relationship types the database holds, for what it keeps under names the
 *   schema in force no longer declares (a kind or type a schema extension dropped).
 * Names go into the text backquoted: a kind or type, or an identifier-shaped name the database
 * itself listed.
 */
import neo4j from 'neo4j-driver';
import { relationshipTypes, type NodeKind, type RelType } from '@chanjiao/graph-schema';
import type { Statement } from '../executor.ts';
import { label, relType, storedName } from '../names.ts';

export function nodePage(kind: string, after: string, limit: number): Statement {
  return {
    cypher: `MATCH (n:${storedName(kind)}) WHERE n.key > $after
RETURN n.key AS key, properties(n) AS p ORDER BY n.key LIMIT $limit`,
    params: { after, limit: neo4j.int(limit) },
  };
}

const edgeColumns = 'a.key AS from, labels(b) AS toLabels, b.key AS to, properties(r) AS p';

/**
 * The next `limit` relationships of `rel` leaving nodes of kind `from` whose key is after `after`,
 * in start-key order: the key index is walked in order and each node expanded as it comes, so
 * Neo4j stops at the limit without sorting (the last start node's relationships may be cut off).
 */
export function edgePage(rel: string, from: string, after: string, limit: number): Statement {
  return {
    cypher: `MATCH (a:${storedName(from)}) WHERE a.key > $after
MATCH (a)-[r:${storedName(rel)}]->(b)
RETURN ${edgeColumns} ORDER BY from LIMIT $limit`,
    params: { after, limit: neo4j.int(limit) },
  };
}

/** Every relationship of `rel` leaving the node of kind `from` with key `key`. */
export function edgesOfStart(rel: string, from: string, key: string): Statement {
  return {
    cypher: `MATCH (a:${storedName(from)} {key: $key})-[r:${storedName(rel)}]->(b) RETURN ${edgeColumns}`,
    params: { key },
  };
}

/** Every relationship of `rel` leaving nodes of `from` (for a pair with at most a page of them). */
export function edgesOfPair(rel: string, from: string): Statement {
  return {
    cypher: `MATCH (a:${storedName(from)})-[r:${storedName(rel)}]->(b) RETURN ${edgeColumns}`,
    params: {},
  };
}

/** Per (type, start kind): how many relationships, from the statistics procedure. */
export const pairCounts: Statement = {
  cypher: `CALL db.stats.retrieve('GRAPH COUNTS') YIELD data
RETURN [r IN data.relationships
        WHERE r.relationshipType IS NOT NULL AND r.startLabel IS NOT NULL AND r.endLabel IS NULL
        | [r.relationshipType, r.startLabel, r.count]] AS pairs`,
  params: {},
};

/**
 * The same counts from the count store directly, for servers or users without the procedure: one
 * column per (type, start kind) pair that graph-schema allows.
 */
export function pairCountColumns(): Statement {
  const pairs = new Set<string>();
  for (const [rel, spec] of Object.entries(relationshipTypes))
    for (const [from] of spec.pairs) pairs.add(`${rel}|${from}`);
  const items = [...pairs].map((pair) => {
    const [rel, from] = pair.split('|') as [RelType, NodeKind];
    return `['${rel}', '${from}', COUNT { MATCH (:${label(from)})-[:${relType(rel)}]->() }]`;
  });
  return { cypher: `RETURN [${items.join(',\n        ')}] AS pairs`, params: {} };
}

/** The labels nodes carry and the relationship types in use, as the database lists them. */
export const storedNames: Statement = {
  cypher: `CALL () { CALL db.labels() YIELD label RETURN collect(label) AS labels }
CALL () { CALL db.relationshipTypes() YIELD relationshipType RETURN collect(relationshipType) AS types }
RETURN labels, types`,
  params: {},
};
