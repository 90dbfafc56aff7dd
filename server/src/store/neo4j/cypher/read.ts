/**
 * Statements that read single entities: a node, a relationship, a node's relationships (ordered
 * and limited inside Neo4j, its total from the degree store), and which of many nodes and
 * relationships exist (one statement per kind or relationship shape).
 */
import neo4j from 'neo4j-driver';
import type { NodeKind, NodeRef, EdgeRef } from '@chanjiao/graph-schema';
import type { Statement } from '../executor.ts';
import { label, relType } from '../names.ts';

export function getNode(ref: NodeRef): Statement {
  return {
    cypher: `MATCH (n:${label(ref.kind)} {key: $key}) RETURN properties(n) AS p`,
    params: { key: ref.key },
  };
}

export function getEdge(ref: EdgeRef): Statement {
  return {
    cypher: `MATCH (:${label(ref.from.kind)} {key: $from})-[r:${relType(ref.rel)}]->(:${label(ref.to.kind)} {key: $to})
RETURN properties(r) AS p`,
    params: { from: ref.from.key, to: ref.to.key },
  };
}

/**
 * A node's relationships sorted by (type, direction, other end's id): the first `limit` of them
 * with the other end's names and the relationship's properties, each record carrying `total`, the
 * node's degree (from the degree store, not by walking). No record: no relationships.
 */
export function relationships(ref: NodeRef, limit: number): Statement {
  return {
    cypher: `MATCH (n:${label(ref.kind)} {key: $key})
WITH n, COUNT { (n)--() } AS total
CALL (n) {
  MATCH (n)-[r]-(m)
  WITH r, m, type(r) AS rel, CASE WHEN startNode(r) = n THEN 'out' ELSE 'in' END AS direction,
       labels(m) AS labels, m.key AS key
  ORDER BY rel, direction, labels[0], key
  LIMIT $limit
  RETURN rel, direction, labels, key, m.name_zh AS name_zh, m.name_en AS name_en,
         properties(r) AS props
}
RETURN total, rel, direction, labels, key, name_zh, name_en, props`,
    params: { key: ref.key, limit: neo4j.int(limit) },
  };
}

export function existingNodes(kind: NodeKind, keys: string[]): Statement {
  return {
    cypher: `UNWIND $batch.keys AS k MATCH (n:${label(kind)} {key: k}) RETURN n.key AS key`,
    params: { batch: { keys: [...new Set(keys)] } },
  };
}

export function existingEdges(
  shape: Pick<EdgeRef, 'rel'> & { from: NodeKind; to: NodeKind },
  rows: { from: string; to: string }[],
): Statement {
  return {
    cypher: `UNWIND $batch.rows AS row
MATCH (a:${label(shape.from)} {key: row.from})-[:${relType(shape.rel)}]->(b:${label(shape.to)} {key: row.to})
RETURN a.key AS from, b.key AS to`,
    params: { batch: { rows } },
  };
}
